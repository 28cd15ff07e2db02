using Sitrep.Core.Annotation;
using Sitrep.Extraction.Syntax;
using Sitrep.Extraction.Text;
using static Sitrep.Extraction.Events.SharedSubjects;

namespace Sitrep.Extraction.Events;

/// <summary>
/// The subject a verb takes from the clause around it when none stands right before it: the first of joined verbs
/// ("suspended … and expelled", ", blaming"), a relative's antecedent ("supporters who marched"), the phrase before a
/// participle ("G7 leaders meeting in Hiroshima agreed"), the main verb of an adverbial participle ("after opening fire").
/// </summary>
internal static class ClauseSubjects
{
    /// <summary>"suspended the treaty with Pakistan and expelled", "closed the consulate, blaming Moscow": the first verb's subject.</summary>
    internal static List<ActorReference?>? Joined(SentenceView view, TriggerMatch trigger, int clauseStart)
    {
        var join = SkipAuxiliaries(view, trigger.First - 1);
        var word = view.Words[trigger.First];
        if (view.Word(join) is not ("and" or "," or "but") || view.Word(trigger.End) == "by"
            || (view.Word(join) == "," && !word.EndsWith("ing", StringComparison.Ordinal) && !(Inflector.IsPastForm(word) && ListsVerbs(view, trigger.End))))
        {
            return null;
        }

        // "…, Human Rights Watch said on Thursday, calling for": a participle after a report cue is the speaker's.
        if (view.Word(join) == ",")
        {
            var cue = join - 1;
            while (cue > join - 4 && (CalendarWords.IsWeekday(view.Word(cue)) || view.Word(cue) is "on" or "late" or "earlier" or "yesterday" or "today"))
            {
                cue--;
            }

            if (cue > 0 && view.IsBoundary[cue] && Cues[view.Word(cue)].Contains("report"))
            {
                return Speaker(view, cue);
            }
        }

        var start = view.ClauseStart(Math.Max(0, join - 1));

        // "said they had detained the president, closed the borders": a pronoun subject after a report cue is its speaker.
        if (start > 0 && Cues[view.Word(start - 1)].Contains("report") && FirstVerb(view, start, join) is { } finite
            && view.Word(SkipAuxiliaries(view, finite - 1)) is "it" or "they")
        {
            return Speaker(view, start - 1);
        }

        // "Mali and Niger announced their withdrawal from ECOWAS, accusing the bloc": with no verb of its own in the
        // announced words, the participle goes on with the announcement and is the speaker's.
        if (start > 0 && Cues[view.Word(start - 1)].Contains("report") && FirstVerb(view, start, join) is null)
        {
            return Speaker(view, start - 1);
        }

        if (NounPhrases.After(view.Words, view.IsBoundary, start, join) is not { } opening || opening.First > start + 2 || FirstVerb(view, opening.End, join) is not { } verb)
        {
            return null;
        }

        // "Peacekeepers were harassed, killed and taken hostage": the first verb is passive, so its subject is no doer.
        if (TriggerMatcher.IsPassive(view.Words, SkipAdverbs(view, verb + 1)))
        {
            return null;
        }

        var named = view.Mentions.Any(m => m.First < opening.End && m.End > opening.First && ArgumentFinder.IsActor(m.Mention));
        if (named)
        {
            var subjects = SubjectFinder.ActorsBefore(view, start, verb, nominal: false, []);
            return subjects is [{ } first, ..] && first.Start < view.Ends[opening.End - 1] ? subjects : null;
        }

        // "Workers at the plant went on strike, demanding": an unnamed subject, unless an apposition or "of" may name it.
        return view.Word(opening.End) is not ("," or "of") && PhraseActors.After(view, start, verb) is { } phrase && phrase.Start == view.Starts[opening.First]
            && NounLists.People.Contains(view.Words[opening.End - 1]) ? [phrase] : null;
    }

    /// <summary>"opposition supporters who marched", "the group, which attacked": the relative's doer is the phrase it follows.</summary>
    internal static List<ActorReference?>? Antecedent(SentenceView view, int verb, int clauseStart)
    {
        var relative = clauseStart - 1;
        if (view.Word(relative) is not ("who" or "which") || SkipAuxiliaries(view, verb - 1) != relative)
        {
            return null;
        }

        var end = view.Word(relative - 1) == "," ? relative - 1 : relative;
        if (end <= 0)
        {
            return null;
        }

        var start = view.ClauseStart(end - 1);
        var named = SubjectFinder.ActorsBefore(view, start, end, nominal: false, []);
        if (named.Count > 0 && named[^1] is { } last && last.End == view.Ends[end - 1])
        {
            return named;
        }

        return PhraseActors.Before(view, end, start) is { } phrase && NounLists.People.Contains(view.Words[end - 1]) ? [phrase] : null;
    }

    /// <summary>"G7 leaders meeting in Hiroshima agreed": the subject is the phrase before the participle, not the place after it.</summary>
    internal static List<ActorReference?>? OpeningBeforeParticiple(SentenceView view, int verb, int clauseStart)
    {
        if (NounPhrases.After(view.Words, view.IsBoundary, clauseStart, verb) is not { } opening || opening.First > clauseStart + 1 || opening.End >= verb
            || !view.Words[opening.End].EndsWith("ing", StringComparison.Ordinal) || view.Mentions.Any(m => m.First <= opening.End && opening.End < m.End)
            || FirstVerb(view, opening.End + 1, verb) is not null || !NounLists.People.Contains(view.Words[opening.End - 1]))
        {
            return null;
        }

        var named = SubjectFinder.ActorsBefore(view, clauseStart, opening.End, nominal: false, []);
        return named.Count > 0 ? named : PhraseActors.After(view, clauseStart, opening.End) is { } phrase ? [phrase] : null;
    }

    /// <summary>"seized three vessels after opening fire on them": a participle after "after", "before" or "while" shares the main verb's subject.</summary>
    internal static List<ActorReference?>? AdverbialParticiple(SentenceView view, TriggerMatch trigger, int clauseStart)
    {
        var lead = clauseStart - 1;
        if (lead != trigger.First - 1 || view.Word(lead) is not ("after" or "before" or "while") || !view.Words[trigger.First].EndsWith("ing", StringComparison.Ordinal) || lead < 1)
        {
            return null;
        }

        return SubjectOfClauseBefore(view, lead);
    }

    /// <summary>
    /// "Pelosi arrived in Taipei for a visit", "Adnan died after an 87-day hunger strike": a meeting or protest named as the
    /// setting of a clause is its subject's own.
    /// </summary>
    internal static List<ActorReference?>? OfSetting(SentenceView view, TriggerMatch trigger)
    {
        var lead = trigger.First - 1;
        while (lead > 0 && (view.Word(lead) is "a" or "an" or "the" or "his" or "her" or "their" || GoverningVerbs.IsAdjective(view.Word(lead)) || char.IsDigit(view.Word(lead).FirstOrDefault())))
        {
            lead--;
        }

        if (trigger.Pattern.Type is not (EventType.Consult or EventType.Protest) || view.Word(lead) is not ("during" or "for" or "on" or "after") || view.Word(trigger.End) is "by" or "between" or "with" || view.Word(trigger.End - 1) == "by" || lead < 1)
        {
            return null;
        }

        return SubjectOfClauseBefore(view, lead);
    }

    /// <summary>"detained the president, closed the borders and imposed a curfew": a later "and" joins another past verb.</summary>
    private static bool ListsVerbs(SentenceView view, int from)
    {
        for (var j = from; j < view.Words.Length && !view.IsBoundary[j]; j++)
        {
            if (view.Words[j] == "and")
            {
                return Inflector.IsPastForm(view.Word(j + 1));
            }
        }

        return false;
    }

    /// <summary>The subject of the active clause that opens with an actor and ends at <paramref name="lead"/> ("Pelosi arrived in Taipei | for a visit").</summary>
    private static List<ActorReference?>? SubjectOfClauseBefore(SentenceView view, int lead)
    {
        var start = view.ClauseStart(lead - 1);
        if (NounPhrases.After(view.Words, view.IsBoundary, start, lead) is not { } opening || opening.First > start + 1 || FirstVerb(view, opening.End, lead) is not { } finite
            || TriggerMatcher.IsPassive(view.Words, SkipAdverbs(view, finite + 1)) || !view.Mentions.Any(m => m.First < opening.End && m.End > opening.First && ArgumentFinder.IsActor(m.Mention)))
        {
            return null;
        }

        var subjects = SubjectFinder.ActorsBefore(view, start, finite, nominal: false, []);
        return subjects is [{ } first, ..] && first.Start < view.Ends[opening.End - 1] ? subjects : null;
    }
}

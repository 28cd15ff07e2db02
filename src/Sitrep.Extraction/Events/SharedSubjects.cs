using Sitrep.Core.Annotation;
using Sitrep.Core.Data;
using Sitrep.Extraction.Syntax;
using Sitrep.Extraction.Text;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Events;

/// <summary>
/// The doer a trigger shares with a verb before it: the speaker of a denial or claim that frames the act ("Kyiv denied
/// carrying out the attack", "the Kremlin said it was suspending"), and the subject of the first of two joined verbs
/// ("India suspended the treaty with Pakistan and expelled …", "Poland closed the consulate, blaming Moscow").
/// </summary>
internal static class SharedSubjects
{
    private static readonly ILookup<string, string> Cues = DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/events/doer-cues.tsv")
        .Select(line => line.Split('\t'))
        .ToLookup(cells => cells[0], cells => cells[1], StringComparer.Ordinal);

    /// <summary>The shared doer(s) of the trigger, or null when the trigger's own clause names its doer.</summary>
    public static List<ActorReference?>? Find(SentenceView view, TriggerMatch trigger, bool nominal, bool passive, int clauseStart)
    {
        if (passive)
        {
            return null;
        }

        if (BlamedActors.Of(view, trigger.First) is { } blamed)
        {
            return blamed;
        }

        if (nominal)
        {
            // "Belgrade denied any build-up": the noun is the denial's object; "denied carrying out the attack": its light verb's.
            var lead = trigger.First - 1;
            while (view.Word(lead) is "any" or "the" or "a" or "an" or "such")
            {
                lead--;
            }

            if (lead < trigger.First - 1 && Cues[view.Word(lead)].Contains("own") && Speaker(view, lead) is { } owners)
            {
                return owners;
            }

            return GoverningVerbs.LightVerbBefore(view, trigger.First, trigger.End) is { } lightVerb ? SpeakerOfVerb(view, lightVerb) : null;
        }

        return SpeakerOfVerb(view, trigger.First) ?? Antecedent(view, trigger.First, clauseStart) ?? OpeningBeforeParticiple(view, trigger.First, clauseStart)
            ?? AdverbialParticiple(view, trigger, clauseStart) ?? Joined(view, trigger, clauseStart);
    }

    /// <summary>The speaker who is the doer of the verb at <paramref name="verb"/>: "denied firing", "claimed to have targeted", "said it was suspending".</summary>
    private static List<ActorReference?>? SpeakerOfVerb(SentenceView view, int verb)
    {
        var lead = verb - 1;
        if (view.Word(verb).EndsWith("ing", StringComparison.Ordinal) && Cues[view.Word(lead)].Contains("own"))
        {
            return Speaker(view, lead);
        }

        if (view.Word(lead) == "have" && view.Word(lead - 1) == "to")
        {
            lead--;
        }

        if (view.Word(lead) == "to" && Cues[view.Word(lead - 1)].Contains("own"))
        {
            return Speaker(view, lead - 1);
        }

        lead = SkipAuxiliaries(view, verb - 1);
        return view.Word(lead) is "it" or "they" ? SpeakerBeforePronoun(view, lead) : null;
    }

    /// <summary>"X said on Wednesday that they": the speaker of the report cue a few words before the pronoun, with no actor between.</summary>
    private static List<ActorReference?>? SpeakerBeforePronoun(SentenceView view, int pronoun)
    {
        for (var j = pronoun - 1; j >= Math.Max(1, pronoun - 9); j--)
        {
            if (view.IsBoundary[j])
            {
                return Cues[view.Word(j)].Contains("report") ? Speaker(view, j) : null;
            }

            if (view.Mentions.Any(m => m.First <= j && j < m.End && ArgumentFinder.IsActor(m.Mention)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The actor named right before the cue at <paramref name="cue"/>, past a time ("Vucic on Monday denied") or a relative ("Hezbollah, which denied").</summary>
    internal static List<ActorReference?>? Speaker(SentenceView view, int cue)
    {
        var end = cue;
        while (true)
        {
            if (view.Word(end - 1) is "also" or "again" or "later" or "yesterday" or "today" or "on" || (view.Word(end - 1).Length > 4 && view.Word(end - 1).EndsWith("ly", StringComparison.Ordinal)))
            {
                end--;
            }
            else if (IsWeekday(view.Word(end - 1)))
            {
                end -= view.Word(end - 2) == "on" ? 2 : 1;
            }
            else
            {
                break;
            }
        }

        if (view.Word(end - 1) is "which" or "who" && view.Word(end - 2) == ",")
        {
            end -= 2;
        }

        // "Soldiers in Niger said": the place the speaker stands in is not the speaker.
        if (Array.FindIndex(view.Mentions, m => m.End == end && m.Mention.Type is EntityType.Place or EntityType.Country) is var place and >= 0
            && ArgumentFinder.IsInLocativePhrase(view, view.Mentions[place].First))
        {
            end = view.Mentions[place].First - 1;
            while (view.Word(end) == "the")
            {
                end--;
            }
        }

        if (end <= 0)
        {
            return null;
        }

        var start = view.ClauseStart(end - 1);
        var named = SubjectFinder.ActorsBefore(view, start, end, nominal: false, []);
        if (named is [_, ..] && named[^1] is { } last && last.End == view.Ends[end - 1])
        {
            return named;
        }

        return named.Count == 0 && PhraseActors.Before(view, end, start) is { } phrase ? [phrase] : null;
    }

    /// <summary>"suspended the treaty with Pakistan and expelled", "closed the consulate, blaming Moscow": the first verb's subject.</summary>
    private static List<ActorReference?>? Joined(SentenceView view, TriggerMatch trigger, int clauseStart)
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
            while (cue > join - 4 && (IsWeekday(view.Word(cue)) || view.Word(cue) is "on" or "late" or "earlier" or "yesterday" or "today"))
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
    private static List<ActorReference?>? Antecedent(SentenceView view, int verb, int clauseStart)
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
    private static List<ActorReference?>? OpeningBeforeParticiple(SentenceView view, int verb, int clauseStart)
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
    private static List<ActorReference?>? AdverbialParticiple(SentenceView view, TriggerMatch trigger, int clauseStart)
    {
        var lead = clauseStart - 1;
        if (lead != trigger.First - 1 || view.Word(lead) is not ("after" or "before" or "while") || !view.Words[trigger.First].EndsWith("ing", StringComparison.Ordinal) || lead < 1)
        {
            return null;
        }

        var start = view.ClauseStart(lead - 1);
        if (NounPhrases.After(view.Words, view.IsBoundary, start, lead) is not { } opening || opening.First > start + 1 || FirstVerb(view, opening.End, lead) is not { } finite
            || TriggerMatcher.IsPassive(view.Words, SkipAdverbs(view, finite + 1)) || !view.Mentions.Any(m => m.First < opening.End && m.End > opening.First && ArgumentFinder.IsActor(m.Mention)))
        {
            return null;
        }

        var subjects = SubjectFinder.ActorsBefore(view, start, finite, nominal: false, []);
        return subjects is [{ } first, ..] && first.Start < view.Ends[opening.End - 1] ? subjects : null;
    }

    /// <summary>The first finite verb from <paramref name="from"/>: an auxiliary or a past form outside any name.</summary>
    private static int? FirstVerb(SentenceView view, int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            var word = view.Words[i];
            if (view.Mentions.Any(m => m.First <= i && i < m.End) || word.Contains('-'))
            {
                continue;
            }

            if (word is "has" or "have" or "had" or "was" or "were" or "is" or "are" or "will" or "would" or "could" or "might" or "may" or "did" or "can" || Inflector.IsPastForm(word))
            {
                return i;
            }
        }

        return null;
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

    private static int SkipAdverbs(SentenceView view, int j)
    {
        while (view.Word(j) is "not" or "also" or "reportedly" or "allegedly" || (view.Word(j).Length > 5 && view.Word(j).EndsWith("ly", StringComparison.Ordinal)))
        {
            j++;
        }

        return j;
    }

    private static int SkipAuxiliaries(SentenceView view, int j)
    {
        while (j > 0 && (view.Word(j) is "was" or "were" or "is" or "are" or "had" or "has" or "have" or "been" or "would" or "will" or "could" or "be" or "also" or "then" or "later"
            or "already" or "allegedly" or "reportedly" or "again" || (view.Word(j).Length > 5 && view.Word(j).EndsWith("ly", StringComparison.Ordinal))))
        {
            j--;
        }

        return j;
    }

    private static bool IsWeekday(string word) => word is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday";
}

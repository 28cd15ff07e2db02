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
    internal static readonly ILookup<string, string> Cues = DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/events/doer-cues.tsv")
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

            // "imposed sanctions on the junta and gave it an ultimatum": a light verb joined to an earlier verb shares its subject.
            return GoverningVerbs.LightVerbBefore(view, trigger.First, trigger.End) is { } lightVerb
                ? SpeakerOfVerb(view, lightVerb) ?? (view.Word(lightVerb - 1) == "and" ? ClauseSubjects.Joined(view, trigger with { First = lightVerb, End = lightVerb + 1 }, clauseStart) : null)
                : ClauseSubjects.OfSetting(view, trigger);
        }

        // "joined a march", "staged a protest": a verb form read as a noun after an article takes its light verb's subject;
        // so does one after a measure's "of" or right after the light verb ("launched a series of raids", "carried out raids").
        var light = GoverningVerbs.LightVerbBefore(view, trigger.First, trigger.End);
        if (view.Word(trigger.First - 1) is "a" or "an" or "the" || GoverningVerbs.IsAdjective(view.Word(trigger.First - 1)) && view.Word(trigger.First - 2) is "a" or "an" or "the"
            || (light is { } at && (view.Word(trigger.First - 1) == "of" || at + NounTriggerVerbs.LightVerbAt(view, at) == trigger.First)))
        {
            return light is { } verb ? SpeakerOfVerb(view, verb) ?? LightVerbSubject(view, verb) : null;
        }

        return SpeakerOfVerb(view, trigger.First) ?? ClauseSubjects.Antecedent(view, trigger.First, clauseStart)
            ?? ClauseSubjects.OpeningBeforeParticiple(view, trigger.First, clauseStart) ?? ClauseSubjects.AdverbialParticiple(view, trigger, clauseStart) ?? ClauseSubjects.Joined(view, trigger, clauseStart);
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

    private static List<ActorReference?>? LightVerbSubject(SentenceView view, int light)
    {
        var start = view.ClauseStart(Math.Max(0, light - 1));
        var named = SubjectFinder.ActorsBefore(view, start, light, nominal: false, []);
        return named.Count > 0 ? named : PhraseActors.Before(view, light, start) is { } phrase ? [phrase] : null;
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
            else if (CalendarWords.IsWeekday(view.Word(end - 1)))
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

    /// <summary>The first finite verb from <paramref name="from"/>: an auxiliary or a past form outside any name.</summary>
    internal static int? FirstVerb(SentenceView view, int from, int limit)
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

    internal static int SkipAdverbs(SentenceView view, int j)
    {
        while (view.Word(j) is "not" or "also" or "reportedly" or "allegedly" || (view.Word(j).Length > 5 && view.Word(j).EndsWith("ly", StringComparison.Ordinal)))
        {
            j++;
        }

        return j;
    }

    internal static int SkipAuxiliaries(SentenceView view, int j)
    {
        while (j > 0 && (view.Word(j) is "was" or "were" or "is" or "are" or "had" or "has" or "have" or "been" or "would" or "will" or "could" or "be" or "also" or "then" or "later"
            or "already" or "allegedly" or "reportedly" or "again" || (view.Word(j).Length > 5 && view.Word(j).EndsWith("ly", StringComparison.Ordinal))))
        {
            j--;
        }

        return j;
    }
}

using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Extraction.Text;
using static Sitrep.Extraction.Events.NamedWords;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Doers read from the sentence around a trigger once its own clause is read: the causer's object ("prompting Beijing to
/// lodge a protest"), a speaker named after its verb ("…, denounced the Ombudsman's Office"), the subject inside the
/// trigger's words ("the deal that Addis Ababa signed"), the doer of the act before ("rallied in Chisinau to demand",
/// "martial law and general mobilisation"), the state deported from, and the forces a passive deployment moves.
/// </summary>
internal static class ContextSubjects
{
    private const int MaxGap = 8;

    private static readonly FrozenSet<string> PromptingVerbs = NounLists.Load("lexicon/events/prompting-verbs.txt");
    private static readonly FrozenSet<string> Adjuncts = FrozenSet.ToFrozenSet(
        ["in", "on", "at", "near", "outside", "towards", "toward", "across", "through", "around", "along", "after", "during", "yesterday", "today", "last"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> HarmVerbs = NounLists.Load("lexicon/events/harm-participles.txt");

    private static readonly FrozenSet<string> PartitiveNouns = NounLists.Load("lexicon/events/partitive-nouns.txt");

    public static EventArguments Complete(SentenceView view, TriggerMatch match, bool nominal, EventArguments arguments, List<Attribution> claims,
        List<Attribution> attributions, List<EventMention> earlier)
    {
        if (Prompted(view, match) is { } prompted)
        {
            return arguments with { Sources = [prompted], Targets = [.. arguments.Targets.Select(t => t is not null && t.Start == prompted.Start ? null : t)] };
        }

        // "Members of the ELN assassinated the leader …, denounced the Ombudsman's Office": the verb of the speech cue is the speaker's act.
        if (!nominal && view.Word(match.First - 1) == "," && attributions.Find(a => a.Cue.Start <= view.Starts[match.First] && view.Ends[match.End - 1] <= a.Cue.End && a.Speaker.Start >= view.Ends[match.End - 1]) is { } inverted)
        {
            return arguments with { Sources = [inverted.Speaker], Targets = [.. arguments.Targets.Select(t => t is not null && t.Start == inverted.Speaker.Start ? null : t)] };
        }

        // "Beijing denied that its personnel had seized": the speaker's own staff act for it.
        if (arguments.Sources is [{ } staff] && claims is [{ } claim, ..] && WordAt(view, staff.End) is var head and > 0 && PartitiveNouns.Contains(view.Word(head))
            && view.Word(head - 1) is "its" or "their" && head + 1 < match.First)
        {
            return arguments with { Sources = [claim.Speaker] };
        }

        // "Turkish troops have killed 17 Kurdish rebels in recent clashes": the killer and the killed are the clash's sides.
        if (match.Pattern.Type == EventType.Assault && arguments.Targets is [null] && HarmedIn(view, match) is var (harmer, harmed)
            && (arguments.Sources is [null] || (arguments.Sources is [{ } read] && read.Start < harmed.End && harmed.Start < read.End)))
        {
            return arguments with { Sources = [harmer], Targets = [harmed] };
        }

        if (arguments.Sources is not [null])
        {
            return arguments;
        }

        var passive = !nominal && TriggerMatcher.IsPassive(view.Words, match.First);
        var doer = Inside(view, match) ?? DeportedFrom(view, match, passive) ?? ActBefore(view, match, nominal, earlier) ?? NonFiniteSubjects.GerundOfVerb(view, match)
            ?? (nominal ? null : NonFiniteSubjects.ParticipleHead(view, match) ?? NonFiniteSubjects.SpeakerBeforeCatenative(view, match, claims));
        if (doer is not null)
        {
            return arguments with { Sources = [doer] };
        }

        // "New Delhi denied that any such request was made": a denied verbal act with no doer named is the denier's own.
        if (claims is [{ Kind: AttributionKind.Denied } denial, ..] && match.Pattern.Type is EventType.Request or EventType.Reject or EventType.Threaten or EventType.Accuse
            or EventType.Support or EventType.Agree or EventType.Consult)
        {
            return arguments with { Sources = [denial.Speaker] };
        }

        // "Serbia's army was placed on the highest level of combat readiness": the unit put on alert.
        if (match.Pattern.Type == EventType.Mobilize && nominal && PlacedOnAlert(view, match) is { } unit)
        {
            return arguments with { Sources = [unit] };
        }

        // "Indian troops were deployed in Sri Lanka": the forces moved are the mobilising side.
        if (match.Pattern.Type == EventType.Mobilize && passive && arguments.Targets is [{ } force]
            && Entities.Linking.GenericActorFinder.Default.IsGroupNoun(view.Word(WordAt(view, force.End))))
        {
            return arguments with { Sources = [force], Targets = [null] };
        }

        return arguments;
    }

    private static ActorReference? PlacedOnAlert(SentenceView view, TriggerMatch match)
    {
        var start = view.ClauseStart(match.First);
        for (var j = match.First - 1; j > start && j >= match.First - MaxGap; j--)
        {
            if (view.Word(j) is "placed" or "put" && view.Word(j + 1) == "on" && view.Word(j - 1) is "was" or "were" or "been" or "being")
            {
                var aux = SharedSubjects.SkipAuxiliaries(view, j - 1) + 1;
                return SubjectFinder.ActorsBefore(view, start, aux, nominal: false, []) is [{ } unit] ? unit : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Sauli Niinisto said after talks with Erdogan", "Kengo wa Dondo said at the end of a visit to Rwanda": a meeting the
    /// speech is set in is the speaker's own, not part of what is said.
    /// </summary>
    public static ActorReference? SpeechSetting(SentenceView view, TriggerMatch match, List<Attribution> attributions)
    {
        if (match.Pattern.Type != EventType.Consult || !match.Pattern.IsNominal)
        {
            return null;
        }

        var sawSetting = false;
        for (var j = match.First - 1; j > 0 && j >= match.First - MaxGap; j--)
        {
            var word = view.Word(j);
            sawSetting |= word is "after" or "during" or "following" or "in" or "at";
            if (sawSetting && attributions.Find(a => a.Cue.End == view.Ends[j] && a.Speaker.End <= a.Cue.Start) is { } speech)
            {
                return speech.Speaker;
            }

            if (word is not ("after" or "during" or "following" or "in" or "at" or "on" or "the" or "a" or "an" or "his" or "her" or "their" or "its" or "end" or "close" or "of"
                or "yesterday" or "today" or "earlier" or "later") && !CalendarWords.IsWeekday(word))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The subject and object of an active harm verb whose clause the fight is set in ("killed 17 rebels in clashes").</summary>
    private static (ActorReference, ActorReference)? HarmedIn(SentenceView view, TriggerMatch match)
    {
        var lead = match.First - 1;
        while (view.Word(lead) is "the" or "recent" or "fresh" or "heavy" or "fierce" || GoverningVerbs.IsAdjective(view.Word(lead)))
        {
            lead--;
        }

        if (view.Word(lead) is not ("in" or "during"))
        {
            return null;
        }

        var start = view.ClauseStart(lead);
        for (var verb = lead - 1; verb > start && verb >= lead - MaxGap; verb--)
        {
            if (!HarmVerbs.Contains(view.Word(verb)))
            {
                continue;
            }

            if (view.Word(verb - 1) is "was" or "were" or "been" or "be" or "being")
            {
                return null;
            }

            var objectStart = verb + 1;
            while (objectStart < lead && (char.IsDigit(view.Word(objectStart).FirstOrDefault()) || ObjectFinder.IsCountWord(view, objectStart)))
            {
                objectStart++;
            }

            var harmed = NameAt(view, objectStart, lead, [], voices: false) ?? NamedWords.HeadedPhrase(view, objectStart, lead);
            var subject = SubjectFinder.ActorsBefore(view, start, verb, nominal: false, []) is [{ } named] ? named
                : view.Word(verb - 1) is "says" or "said" ? SharedSubjects.Speaker(view, verb - 1) is [{ } speaker] ? speaker : null : null;
            return harmed is not null && subject is not null ? (subject, harmed) : null;
        }

        return null;
    }

    /// <summary>"prompting Beijing to lodge a protest", "forced the army to withdraw": the object of the causing verb.</summary>
    private static ActorReference? Prompted(SentenceView view, TriggerMatch match)
    {
        if (view.Word(match.First - 1) != "to")
        {
            return null;
        }

        for (var k = 0; k < view.Mentions.Length; k++)
        {
            var (mention, first, end) = view.Mentions[k];
            var lead = view.Word(first - 1) == "the" ? first - 2 : first - 1;
            if (end == match.First - 1 && PromptingVerbs.Contains(view.Word(lead)) && (ArgumentFinder.IsActor(mention) || mention.Type == EntityType.Place) && !ArgumentFinder.IsNested(view, k))
            {
                return ActorReference.From(mention);
            }
        }

        return null;
    }

    /// <summary>"protesters gathered", "the deal that Addis Ababa signed": a pattern that holds its own subject before its verb.</summary>
    private static ActorReference? Inside(SentenceView view, TriggerMatch match)
    {
        for (var k = 0; k < view.Mentions.Length; k++)
        {
            var (mention, first, end) = view.Mentions[k];
            if (first >= match.First && end < match.End && ArgumentFinder.IsActor(mention) && !ArgumentFinder.IsNested(view, k) && Inflector.IsPastForm(view.Word(end)))
            {
                return ActorReference.From(mention);
            }
        }

        return null;
    }

    /// <summary>"migrants who had been deported from the United States": the state one is deported or expelled from.</summary>
    private static ActorReference? DeportedFrom(SentenceView view, TriggerMatch match, bool passive) =>
        passive && match.Pattern.Mode is "deport" or "expel" && view.Word(match.End) == "from" && MentionAt(view, view.Word(match.End + 1) == "the" ? match.End + 2 : match.End + 1) is { } k
            && view.Mentions[k].Mention.Type == EntityType.Country
            ? ActorReference.From(view.Mentions[k].Mention)
            : null;

    /// <summary>
    /// "rallied in Chisinau on Sunday to demand", "joined a march on Sunday demanding", "extend martial law and general
    /// mobilisation": an infinitive, participle or joined noun right after the act before, with no other party between, is its doer's.
    /// </summary>
    private static ActorReference? ActBefore(SentenceView view, TriggerMatch match, bool nominal, List<EventMention> earlier)
    {
        if (earlier.Count == 0 || earlier[^1] is not { Source: { } doer } last || last.Evidence != view.Sentence.Span || WordAt(view, last.Trigger.End) is not (var lastEnd and >= 0))
        {
            return null;
        }

        if (nominal)
        {
            var lead = match.First - 1;
            while (lead > lastEnd && (GoverningVerbs.IsAdjective(view.Word(lead)) || view.Word(lead) is "the" or "a" or "an"))
            {
                lead--;
            }

            return view.Word(lead) == "and" && lead == lastEnd + 1 ? doer : null;
        }

        var infinitive = view.Word(match.First - 1) == "to";
        if (!infinitive && !view.Words[match.First].EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        // Only adjuncts may stand between ("in Chisinau on Sunday"); an object ("chased away pirates … pursuing") may be the doer.
        var gapEnd = infinitive ? match.First - 1 : match.First;
        if (gapEnd - lastEnd - 1 > MaxGap || (gapEnd > lastEnd + 1 && !Adjuncts.Contains(view.Word(lastEnd + 1))))
        {
            return null;
        }

        for (var j = lastEnd + 1; j < gapEnd; j++)
        {
            if (view.IsBoundary[j] || view.Word(j) is "," or "and" or "to"
                || view.Mentions.Any(m => m.First <= j && j < m.End && ArgumentFinder.IsActor(m.Mention) && !ArgumentFinder.IsInLocativePhrase(view, m.First)))
            {
                return null;
            }
        }

        return doer;
    }
}

using Sitrep.Core.Annotation;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Events;

/// <summary>
/// The doers of verbs that have no subject of their own: a participle after the people who act ("protesters demanding"),
/// a gerund after another verb's preposition ("stopped short of accepting"), an infinitive after a pronoun's verb under
/// a claim ("the army said it was preparing to withdraw").
/// </summary>
internal static class NonFiniteSubjects
{
    /// <summary>"pirates in speedboats pursuing a freighter": a participle right after people (and a short phrase of theirs) is what they do.</summary>
    internal static ActorReference? ParticipleHead(SentenceView view, TriggerMatch match)
    {
        if (!view.Words[match.First].EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        var start = view.ClauseStart(match.First);
        for (var end = match.First; end > start && end >= match.First - 3; end--)
        {
            if (NounLists.People.Contains(view.Word(end - 1)))
            {
                if ((end != match.First && view.Word(end) is not ("in" or "on" or "with" or "from")) || PhraseActors.Before(view, end, start) is not { } people)
                {
                    return null;
                }

                // "chased away pirates": a verb's particle is no part of its object.
                var first = Array.IndexOf(view.Starts, people.Start);
                return view.Word(first) is "away" or "off" or "out" or "up" or "down" or "back" && first + 1 < end ? PhraseActors.Reference(view, first + 1, end) : people;
            }
        }

        return null;
    }

    /// <summary>"the army said it was preparing to withdraw": a pronoun subject of the verb an infinitive completes is the speaker.</summary>
    internal static ActorReference? SpeakerBeforeCatenative(SentenceView view, TriggerMatch match, List<Attribution> claims)
    {
        if (claims is not [{ } claim, ..] || view.Word(match.First - 1) != "to" || claim.Cue.End > view.Starts[match.First]
            || !(view.Word(match.First - 2).EndsWith("ing", StringComparison.Ordinal) || view.Word(match.First - 2) is "ready" or "able" or "plans" or "planned" or "intends" or "intended"))
        {
            return null;
        }

        return view.Word(SharedSubjects.SkipAuxiliaries(view, match.First - 3)) is "it" or "they" ? claim.Speaker : null;
    }

    /// <summary>"but stopped short of accepting responsibility": a gerund after a verb's preposition shares that verb's subject.</summary>
    internal static ActorReference? GerundOfVerb(SentenceView view, TriggerMatch match)
    {
        if (!view.Words[match.First].EndsWith("ing", StringComparison.Ordinal) || view.Word(match.First - 1) is not ("of" or "from"))
        {
            return null;
        }

        for (var verb = match.First - 2; verb >= Math.Max(1, match.First - 4); verb--)
        {
            if (view.IsBoundary[verb] && view.Word(verb) != "but")
            {
                return null;
            }

            if (Inflector.IsPastForm(view.Word(verb)) && view.Word(verb - 1) is "and" or "but")
            {
                return ClauseSubjects.Joined(view, match with { First = verb, End = verb + 1 }, view.ClauseStart(verb)) is [{ } subject] ? subject : null;
            }
        }

        return null;
    }
}

using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Core.Data;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Events;

/// <summary>
/// The doer a verb of blame names as its object, of the act it is blamed for: "blamed Ukrainian special services for the
/// killing", "accused Russian forces of using chemical agents" (data/lexicon/events/blame-cues.txt).
/// </summary>
internal static class BlamedActors
{
    private const int MaxObjectWords = 6;

    private static readonly FrozenSet<string> Cues = FrozenSet.ToFrozenSet(DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/events/blame-cues.txt"), StringComparer.Ordinal);

    /// <summary>The blamed actor(s) of the act whose trigger starts at <paramref name="triggerFirst"/>, or null.</summary>
    public static List<ActorReference?>? Of(SentenceView view, int triggerFirst)
    {
        var lead = triggerFirst - 1;
        while (view.Word(lead) is "the" or "a" or "an" or "its" or "their" || view.Word(lead) is "'s" or "’s" && CalendarWords.IsDay(view.Word(lead - 1)))
        {
            lead -= view.Word(lead) is "'s" or "’s" ? 2 : 1;
        }

        // "for an arson attack": one modifier after the article.
        if (view.Word(lead - 1) is "a" or "an" or "the" or "'s" or "’s" && view.Word(lead) is not ("for" or "of") && char.IsLetter(view.Word(lead).FirstOrDefault()))
        {
            lead--;
            while (view.Word(lead) is "the" or "a" or "an" or "its" or "their" || view.Word(lead) is "'s" or "’s" && CalendarWords.IsDay(view.Word(lead - 1)))
            {
                lead -= view.Word(lead) is "'s" or "’s" ? 2 : 1;
            }
        }

        if (view.Word(lead) is not ("for" or "of"))
        {
            return null;
        }

        for (var cue = lead - 2; cue >= Math.Max(0, lead - 1 - MaxObjectWords); cue--)
        {
            if (Cues.Contains(view.Word(cue)))
            {
                var blamed = SubjectFinder.ActorsBefore(view, cue + 1, lead, nominal: false, []);
                if (blamed.Count > 0)
                {
                    return blamed;
                }

                return PhraseActors.After(view, cue + 1, lead) is { } phrase && phrase.End == view.Ends[lead - 1] ? [phrase] : null;
            }

            if (view.IsBoundary[cue])
            {
                return null;
            }
        }

        return null;
    }
}

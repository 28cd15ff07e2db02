using System.Collections.Frozen;
using Sitrep.Core.Data;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Events;

/// <summary>
/// The verbs that carry a noun trigger's participants (data/lexicon/events/noun-trigger-verbs.tsv): the light verb whose
/// subject did it ("the rebels launched an attack") and the impact verb whose object it struck ("a strike hit the hospital").
/// </summary>
internal static class NounTriggerVerbs
{
    private const int MaxWordsBetween = 5;

    private static readonly string[][] LightPhrases = Phrases("light");
    private static readonly string[][] ImpactPhrases = Phrases("impact");
    private static readonly FrozenSet<string> Between = FrozenSet.ToFrozenSet(Phrases("between").SelectMany(words => words), StringComparer.Ordinal);

    /// <summary>Where the light verb before a noun trigger starts, if only modifiers and names stand between them.</summary>
    public static int? LightVerbBefore(SentenceView view, int triggerFirst, int clauseStart)
    {
        for (var j = triggerFirst - 1; j >= Math.Max(clauseStart, triggerFirst - MaxWordsBetween - 3); j--)
        {
            foreach (var phrase in LightPhrases)
            {
                var start = j - phrase.Length + 1;
                if (start >= clauseStart && Matches(view, start, phrase))
                {
                    return start;
                }
            }

            if (!Between.Contains(view.Word(j)) && !view.Mentions.Any(m => m.First <= j && j < m.End))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The number of words of the light verb starting at <paramref name="start"/> ("carry out" → 2), or null.</summary>
    public static int? LightVerbAt(SentenceView view, int start) => LengthAt(view, start, LightPhrases);

    /// <summary>Where the object of the first impact verb after a noun trigger starts ("hit | the hospital", "set fire to | a refinery").</summary>
    public static int? ObjectOfImpactAfter(SentenceView view, int triggerEnd, int clauseEnd)
    {
        for (var j = triggerEnd; j < clauseEnd; j++)
        {
            if (LengthAt(view, j, ImpactPhrases) is { } length)
            {
                return j + length < clauseEnd ? j + length : null;
            }
        }

        return null;
    }

    private static int? LengthAt(SentenceView view, int start, string[][] phrases)
    {
        int? longest = null;
        foreach (var phrase in phrases)
        {
            if (Matches(view, start, phrase) && phrase.Length > (longest ?? 0))
            {
                longest = phrase.Length;
            }
        }

        return longest;
    }

    private static bool Matches(SentenceView view, int start, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (view.Word(start + k) != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    private static string[][] Phrases(string kind) => [.. DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/events/noun-trigger-verbs.tsv")
        .Select(line => line.Split('\t'))
        .Where(cells => cells[0] == kind)
        .Select(cells => cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))];
}

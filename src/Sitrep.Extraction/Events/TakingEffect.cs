using Sitrep.Core.Annotation;
using Sitrep.Core.Data;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Events;

/// <summary>
/// "A cease-fire agreement between Kyrgyzstan and Tajikistan signed on Friday took effect on Saturday": a truce agreed is
/// AGREE, and its taking effect later in the clause (data/lexicon/events/taking-effect.txt) is a ceasefire of its own (RETREAT).
/// </summary>
internal static class TakingEffect
{
    private const int Reach = 10;

    private static readonly string[][] Phrases = [.. DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/events/taking-effect.txt")
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    private static readonly HashSet<string> TruceWords = ["ceasefire", "cease-fire", "truce", "armistice"];

    public static List<TriggerMatch> Add(SentenceView view, List<TriggerMatch> matches, TriggerLexicon lexicon)
    {
        var truce = matches.FindIndex(m => m.Pattern.Type is EventType.Agree && Enumerable.Range(m.First, m.End - m.First).Any(j => TruceWords.Contains(view.Words[j])));
        if (truce < 0 || lexicon.Patterns.FirstOrDefault(p => p.Type == EventType.Retreat && p.Mode == "ceasefire" && p.Source.EndsWith("take effect", StringComparison.Ordinal)) is not { } ceasefire)
        {
            return matches;
        }

        var clauseEnd = Math.Min(view.ClauseEnd(matches[truce].End), matches[truce].End + Reach);
        for (var j = matches[truce].End; j < clauseEnd; j++)
        {
            if (view.Word(j) is "," or ";" || matches.Any(m => m.First <= j && j < m.End))
            {
                return matches;
            }

            foreach (var phrase in Phrases)
            {
                if (phrase.Select((word, k) => view.Word(j + k) == word).All(same => same))
                {
                    return [.. matches.Append(new TriggerMatch(ceasefire, j, j + phrase.Length)).OrderBy(m => m.First)];
                }
            }
        }

        return matches;
    }
}

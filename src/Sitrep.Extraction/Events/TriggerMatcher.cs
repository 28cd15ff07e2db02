using Sitrep.Core.Annotation;

namespace Sitrep.Extraction.Events;

/// <summary>A trigger found in a sentence: the pattern and the word range [First, End) it covers.</summary>
public readonly record struct TriggerMatch(TriggerPattern Pattern, int First, int End);

/// <summary>Finds event triggers in a sentence's lower-cased words: the longest pattern at each position, overlaps resolved left to right.</summary>
public sealed class TriggerMatcher(TriggerLexicon lexicon)
{
    private const int MaxGap = 3;

    private static readonly HashSet<string> BeForms = ["is", "are", "was", "were", "be", "been", "being", "got", "get", "gets"];

    public List<TriggerMatch> Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var found = new List<TriggerMatch>();
        for (var i = 0; i < words.Count; i++)
        {
            TriggerMatch? best = null;
            foreach (var pattern in lexicon.StartingWith(words[i]))
            {
                if (Match(pattern, words, i) is { } end && Allowed(pattern, words, i, end) && (best is null || end > best.Value.End
                    || (end == best.Value.End && pattern.Elements.Count > best.Value.Pattern.Elements.Count)
                    || (end == best.Value.End && pattern.Elements.Count == best.Value.Pattern.Elements.Count && pattern.IsNominal != best.Value.Pattern.IsNominal && pattern.IsNominal == LooksNominal(words, i, end))))
                {
                    best = new TriggerMatch(pattern, i, end);
                }
            }

            if (best is { } match)
            {
                // A head-only pattern's trigger is its first element; the words it read after that are still used up.
                found.Add(match.Pattern.HeadOnly ? match with { End = i + HeadLength(match.Pattern, words, i) } : match);
                i = match.End - 1;
            }
        }

        return found;
    }

    /// <summary>True when the verb of a trigger is a passive participle ("were killed", "was attacked").</summary>
    public static bool IsPassive(IReadOnlyList<string> words, int first)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var j = first - 1; j >= Math.Max(0, first - 3); j--)
        {
            if (BeForms.Contains(words[j]))
            {
                return words[first].EndsWith("ed", StringComparison.Ordinal) || words[first].EndsWith('n') || words[first] is "hit" or "shot" or "struck" or "held" or "fought" or "led" or "caught" or "hurt" or "put" or "set" or "cut" or "shut" or "freed" or "fled";
            }

            if (words[j] is not ("reportedly" or "also" or "allegedly" or "later" or "then" or "all" or "being" or "not" or "n't" or "never" or "already"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word that is both a noun and a verb ("attack", "strike", "raid") is the noun here: after a determiner,
    /// possessive or preposition ("the attack", "Tuesday's attack", "in an attack"), or before "on"/"against"/"by"
    /// ("attack on a school"); otherwise the verb ("rebels attack the town").
    /// </summary>
    private static bool LooksNominal(IReadOnlyList<string> words, int first, int end)
    {
        var before = first > 0 ? words[first - 1] : string.Empty;
        var after = end < words.Count ? words[end] : string.Empty;
        return first == 0 || NounContext.Contains(before) || (before.Length > 0 && char.IsDigit(before[0])) || after is "on" or "against" or "by" or "in" or "between" or "that" or "which" or "was" or "were" or "is" or "has" or "had" or "killed" or "wounded";
    }

    /// <summary>"the detained Serbs", "a captured tank", "those wounded": a participle after a determiner describes, it does not report an act.</summary>
    private static bool IsAdjectivalParticiple(TriggerPattern pattern, IReadOnlyList<string> words, int first) =>
        !pattern.IsNominal && first > 0 && words[first - 1] is "the" or "a" or "an" or "those" or "these" or "its" or "their" or "his" or "her" or "our"
        && words[first] is var word && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal));

    private static readonly HashSet<string> NounContext =
    [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "'s", "’s", "of", "in", "after", "before", "during",
        "for", "since", "following", "new", "fresh", "latest", "deadly", "major", "massive", "further", "renewed", "another", "two", "three", "several",
        "such", "similar", "any", "no", "every", "each", "first", "second", "last", "recent", "overnight", "suspected", "coordinated", "alleged",
    ];

    private static bool Allowed(TriggerPattern pattern, IReadOnlyList<string> words, int first, int end) =>
        !IsAdjectivalParticiple(pattern, words, first)
        && (end >= words.Count || !pattern.NotBefore.Contains(words[end]))
        && (first == 0 || !pattern.NotAfter.Contains(words[first - 1]))
        && (!pattern.PassiveOnly || IsPassive(words, first));

    /// <summary>The end of the match of <paramref name="pattern"/> starting at <paramref name="start"/>, or null.</summary>
    private static int? Match(TriggerPattern pattern, IReadOnlyList<string> words, int start) => MatchFrom(pattern.Elements, 0, words, start);

    private static int? MatchFrom(IReadOnlyList<PatternElement> elements, int index, IReadOnlyList<string> words, int position)
    {
        if (index == elements.Count)
        {
            return position;
        }

        var element = elements[index];
        if (element.IsGap)
        {
            for (var skip = 0; skip <= MaxGap && position + skip <= words.Count; skip++)
            {
                if (skip > 0 && IsBreak(words[position + skip - 1]))
                {
                    break;
                }

                if (MatchFrom(elements, index + 1, words, position + skip) is { } end)
                {
                    return end;
                }
            }

            return null;
        }

        int? best = null;
        foreach (var sequence in element.Alternatives)
        {
            if (position + sequence.Length > words.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < sequence.Length && matches; k++)
            {
                matches = words[position + k] == sequence[k];
            }

            if (matches && MatchFrom(elements, index + 1, words, position + sequence.Length) is { } end && (best is null || end > best))
            {
                best = end;
            }
        }

        return best;
    }

    /// <summary>The number of words the first element of <paramref name="pattern"/> covers at <paramref name="start"/> (its longest matching alternative).</summary>
    private static int HeadLength(TriggerPattern pattern, IReadOnlyList<string> words, int start) =>
        pattern.Elements[0].Alternatives
            .Where(sequence => start + sequence.Length <= words.Count && sequence.Select((word, k) => words[start + k] == word).All(same => same))
            .Max(sequence => sequence.Length);

    private static bool IsBreak(string word) => word is "." or "," or ";" or ":" or "!" or "?" or "(" or ")" or "\"" or "“" or "”";
}

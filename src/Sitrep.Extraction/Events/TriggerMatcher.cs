using Sitrep.Core.Annotation;

namespace Sitrep.Extraction.Events;

/// <summary>A trigger found in a sentence: the pattern and the word range [First, End) it covers.</summary>
public readonly record struct TriggerMatch(TriggerPattern Pattern, int First, int End);

/// <summary>Finds event triggers in a sentence's lower-cased words: the longest pattern at each position, overlaps resolved left to right.</summary>
public sealed class TriggerMatcher(TriggerLexicon lexicon)
{
    private static readonly HashSet<string> IrregularParticiples =
        ["hit", "shot", "struck", "held", "fought", "led", "caught", "hurt", "put", "set", "cut", "shut", "freed", "fled", "met", "sent", "kept", "lost", "brought", "told"];

    /// <summary>Words a long gap does not cross: they open or link another clause ("told the board it was going to stop").</summary>
    private static readonly HashSet<string> ClauseWords = ["that", "which", "who", "it", "he", "she", "they", "we", "i", "to", "but", "while"];

    private static readonly HashSet<string> BeForms = ["is", "are", "was", "were", "be", "been", "being", "got", "get", "gets"];

    public List<TriggerMatch> Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var found = new List<TriggerMatch>();
        for (var i = 0; i < words.Count; i++)
        {
            TriggerMatch? best = null;
            // A hyphenated word is also looked up by its ending ("un-mediated" → "-mediated").
            var hyphen = words[i].LastIndexOf('-');
            for (var k = 0; k < (hyphen > 0 ? 2 : 1); k++)
            {
                var key = k == 0 ? words[i] : words[i][hyphen..];
                foreach (var pattern in lexicon.StartingWith(key))
                {
                    if (Match(pattern, words, i) is { } end && Allowed(pattern, words, i, end) && (best is null || end > best.Value.End
                        || (end == best.Value.End && pattern.Elements.Count > best.Value.Pattern.Elements.Count)
                        || (end == best.Value.End && pattern.Elements.Count == best.Value.Pattern.Elements.Count && pattern.IsNominal != best.Value.Pattern.IsNominal && pattern.IsNominal == LooksNominal(words, i, end))))
                    {
                        best = new TriggerMatch(pattern, i, end);
                    }
                }
            }

            if (best is { } match)
            {
                // A head-only pattern's trigger is its first element, a tail-only one's its last; the other words it read are still used up.
                var trigger = match.Pattern.HeadOnly ? match with { End = i + HeadLength(match.Pattern, words, i) }
                    : match.Pattern.TailOnly ? match with { First = match.End - TailLength(match.Pattern, words, match.End) } : match;
                if (!match.Pattern.Blocks)
                {
                    found.Add(trigger);
                }

                i = (match.Pattern.Peeks ? trigger.End : match.End) - 1;
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
                return words[first].EndsWith("ed", StringComparison.Ordinal) || words[first].EndsWith('n') || IrregularParticiples.Contains(words[first]);
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
        return first == 0 || NounContext.Contains(before) || GoverningVerbs.IsActModifier(before) || (before.Length > 0 && char.IsDigit(before[0])) || after is "on" or "against" or "by" or "in" or "between" or "that" or "which" or "was" or "were" or "is" or "has" or "had" or "killed" or "wounded" or "took";
    }

    /// <summary>
    /// "the detained Serbs", "a captured tank", "those wounded": a participle after a determiner describes, it does not report an act;
    /// so does one that opens the sentence right before a noun ("Jailed PKK leader Abdullah Ocalan").
    /// </summary>
    private static bool IsAdjectivalParticiple(TriggerPattern pattern, IReadOnlyList<string> words, int first) =>
        !pattern.IsNominal && words[first] is var word && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal))
        && ((first > 0 && words[first - 1] is "the" or "a" or "an" or "those" or "these" or "its" or "their" or "his" or "her" or "our")
            || (first == 0 && words.Count > 1 && char.IsLetter(words[1][0]) && !ParticipleComplements.Contains(words[1])));

    /// <summary>Words that may follow a participle opening a sentence as a clause ("Arrested in 2019, he …"), not as a noun's modifier.</summary>
    private static readonly HashSet<string> ParticipleComplements =
    [
        "in", "on", "at", "by", "for", "from", "with", "after", "before", "during", "since", "into", "near", "outside", "inside", "last", "earlier",
        "and", "or", "but", "as", "while", "when", "under", "over", "to", "the", "a", "an", "his", "her", "their", "its", "two", "three", "dozens", "hundreds",
    ];

    private static readonly HashSet<string> NounContext =
    [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "'s", "’s", "of", "in", "after", "before", "during",
        "for", "since", "following", "new", "fresh", "latest", "deadly", "major", "massive", "further", "renewed", "another", "two", "three", "several",
        "such", "similar", "any", "no", "every", "each", "first", "second", "last", "recent", "overnight", "suspected", "coordinated", "alleged",
    ];

    private static bool Allowed(TriggerPattern pattern, IReadOnlyList<string> words, int first, int end) =>
        !IsAdjectivalParticiple(pattern, words, first)
        && (end >= words.Count || !pattern.NotBefore.Contains(words[end]))
        && (first == 0 || !NotAfter(pattern, words, first))
        && (pattern.OnlyAfter.Count == 0 || (first > 0 && pattern.OnlyAfter.Contains(words[first - 1])))
        && (!pattern.PassiveOnly || IsPassive(words, first))
        && (!pattern.ActiveOnly || !IsPassive(words, first));

    /// <summary>The word before the trigger is one the pattern may not follow, or a verb it may not be the object of ("defied a curfew").</summary>
    private static bool NotAfter(TriggerPattern pattern, IReadOnlyList<string> words, int first) =>
        pattern.NotAfter.Contains(words[first - 1]) || pattern.NotObjectOf.Contains(words[first - 1])
        || (first > 1 && words[first - 1] is "a" or "an" or "the" or "its" or "their" && pattern.NotObjectOf.Contains(words[first - 2]));

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
            for (var skip = 0; skip <= element.MaxGap && position + skip <= words.Count; skip++)
            {
                if (skip > 0 && (IsBreak(words[position + skip - 1]) || (element.MaxGap > 3 && ClauseWords.Contains(words[position + skip - 1]))))
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
                matches = Same(words[position + k], sequence[k]);
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
            .Where(sequence => start + sequence.Length <= words.Count && sequence.Select((word, k) => Same(words[start + k], word)).All(same => same))
            .Max(sequence => sequence.Length);

    /// <summary>The number of words the last element of <paramref name="pattern"/> covers where it ends at <paramref name="end"/>.</summary>
    private static int TailLength(TriggerPattern pattern, IReadOnlyList<string> words, int end) =>
        pattern.Elements[^1].Alternatives
            .Where(sequence => end - sequence.Length >= 0 && sequence.Select((word, k) => Same(words[end - sequence.Length + k], word)).All(same => same))
            .Max(sequence => sequence.Length);

    private static bool Same(string word, string literal) =>
        word == literal || (literal.Length > 1 && literal[0] == '-' && word.Length > literal.Length && word.EndsWith(literal, StringComparison.Ordinal));

    private static bool IsBreak(string word) => word is "." or "," or ";" or ":" or "!" or "?" or "(" or ")" or "\"" or "“" or "”";
}

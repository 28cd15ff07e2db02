using System.Collections.Frozen;

namespace Sitrep.Extraction.Syntax;

/// <summary>
/// Finds noun phrases in a sentence's lower-cased words without a parser: a few words up to the next preposition,
/// verb form, conjunction or punctuation ("opened fire on tourists", "a junta jet bombed", "the army's media wing said").
/// </summary>
public static class NounPhrases
{
    private const int MaxWords = 4;

    private static readonly FrozenSet<string> Stops = FrozenSet.ToFrozenSet(
        ["in", "on", "at", "of", "for", "with", "by", "from", "to", "into", "near", "over", "under", "between", "against", "after", "before",
         "during", "about", "across", "through", "without", "within", "outside", "inside", "around", "along", "and", "or", "but", "as", "than",
         "who", "which", "that", "where", "when", "while", "because", "since", "if", "is", "are", "was", "were", "be", "been", "being", "has", "have",
         "had", "will", "would", "could", "should", "may", "might", "can", "not", "n't", "also", "said", "says", "it", "they", "he", "she", "we", "them",
         "him", "her", "this", "these", "those", "there", "here", "yesterday", "today", "tomorrow", "overnight", "late", "early", "up", "down", "off",
         "out", "back", "again", "killing", "wounding", "injuring", "leaving", "according", "amid", "despite", "until", "following", "via", "what",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "its", "their", "his", "our", "my", "your", "did", "does", "do"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "several", "some", "many", "all", "both", "each", "every", "another", "other", "two", "three", "four", "five", "dozens", "hundreds", "thousands", "scores"],
        StringComparer.Ordinal);

    // Number words that may open a count before its noun ("tens of thousands of civilians", "six soldiers").
    private static readonly FrozenSet<string> Counts = FrozenSet.ToFrozenSet(
        ["tens", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "dozen", "millions", "one"],
        StringComparer.Ordinal);

    // The qualifier before a count: "at least 76 people", "as many as 104", "more than 1,200 protesters".
    private static readonly string[][] CountQualifiers =
        [["at", "least"], ["at", "most"], ["more", "than"], ["fewer", "than"], ["less", "than"], ["up", "to"], ["as", "many", "as"], ["about"], ["around"],
         ["nearly"], ["almost"], ["roughly"], ["approximately"], ["some"], ["over"], ["an", "estimated"]];

    private static int QualifierLength(IReadOnlyList<string> words, int start, int limit)
    {
        foreach (var qualifier in CountQualifiers)
        {
            if (start + qualifier.Length < limit && qualifier.Select((w, k) => words[start + k] == w).All(x => x) && IsCount(words[start + qualifier.Length]))
            {
                return qualifier.Length;
            }
        }

        return 0;
    }

    /// <summary>The phrase starting at word <paramref name="start"/> (determiners and numbers skipped), as [First, End), or null.</summary>
    public static (int First, int End)? After(IReadOnlyList<string> words, IReadOnlyList<bool> boundary, int start, int limit)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(boundary);
        var i = start;
        while (i < limit && (Determiners.Contains(words[i]) || words[i] is "its" or "their" or "his" or "her" || IsNumber(words[i]) || Counts.Contains(words[i])
            || (words[i] == "of" && i > start && IsCount(words[i - 1]))))
        {
            i++;
        }

        if (i == start && QualifierLength(words, i, limit) is > 0 and var qualifier)
        {
            return After(words, boundary, start + qualifier, limit);
        }

        var first = i;
        while (i < limit && i - first < MaxWords && IsPhraseWord(words, boundary, i, i == first))
        {
            i++;
        }

        // A possessive continues the phrase: "the army 's media wing".
        if (i < limit && words[i] is "'s" or "’s" && i + 1 < limit && IsPhraseWord(words, boundary, i + 1, false))
        {
            i++;
            while (i < limit && i - first < MaxWords + 2 && IsPhraseWord(words, boundary, i, false))
            {
                i++;
            }
        }

        return i > first ? (first, i) : null;
    }

    /// <summary>The phrase ending right before word <paramref name="end"/> (a subject or speaker), as [First, End), or null.</summary>
    public static (int First, int End)? Before(IReadOnlyList<string> words, IReadOnlyList<bool> boundary, int end, int limit)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(boundary);
        var i = end;
        while (i > limit && (words[i - 1] is "reportedly" or "allegedly" or "also" or "then" or "later" or "have" or "has" or "had" or "were" or "was" or "is" or "are" or "already" or "again" or "still" or "previously"
            || (words[i - 1].Length > 5 && words[i - 1].EndsWith("ly", StringComparison.Ordinal))))
        {
            i--;
        }

        var last = i;
        while (i > limit && last - i < MaxWords + 2 && (IsPhraseWord(words, boundary, i - 1, false) || (words[i - 1] is "'s" or "’s" && i - 1 > limit)))
        {
            i--;
        }

        while (i < last && words[i] is "'s" or "’s")
        {
            i++;
        }

        return i < last ? (i, last) : null;
    }

    /// <summary>A word that ends a noun phrase whatever follows: a preposition, conjunction, auxiliary, pronoun or weekday.</summary>
    public static bool IsStopWord(string word) => Stops.Contains(word);

    private static bool IsPhraseWord(IReadOnlyList<string> words, IReadOnlyList<bool> boundary, int i, bool first)
    {
        var word = words[i];
        return word.Length > 0 && char.IsLetter(word[0]) && !Stops.Contains(word) && !Determiners.Contains(word) && !boundary[i] && !IsVerbForm(word, first);
    }

    /// <summary>
    /// Verb forms end a noun phrase ("a boat carrying drugs"); a leading participle is an adjective ("armed men"). Short
    /// words that only look like participles are nouns ("the army's media wing", "the king").
    /// </summary>
    private static bool IsVerbForm(string word, bool first) =>
        !first && ((word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 4) || (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4));

    private static bool IsCount(string word) => IsNumber(word) || word is "dozens" or "hundreds" or "thousands" or "millions" or "scores" or "tens" or "dozen" or "hundred" or "thousand" or "million" or "number" or "lot";

    private static bool IsNumber(string word) => word.Length > 0 && char.IsDigit(word[0]);
}

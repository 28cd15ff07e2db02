namespace Sitrep.Knowledge.Names;

/// <summary>Similarity of two folded multi-word names, strict enough that sharing one word (a first name, "National Congress") is not a match.</summary>
public static class NameSimilarity
{
    /// <summary>Below this, two paired words are different words, and the names do not match.</summary>
    public const double MinimumTokenSimilarity = 0.85;

    /// <summary>Given names vary more in transliteration (Makhmud/Mahmoud); person names are also checked on the family name.</summary>
    public const double MinimumGivenNameSimilarity = 0.8;

    /// <summary>Below this skeleton length, sound skeletons say too little to count.</summary>
    private const int MinimumSkeleton = 5;

    /// <summary>Each word of the longer name left unpaired costs this factor ("Sudan People's Liberation Army" is not "People's Liberation Army").</summary>
    private const double UnpairedFactor = 0.8;

    /// <summary>
    /// Token-wise similarity, or — for names spelt as differently as transliteration makes them ("nagurani qara baj" for
    /// "nagorno karabakh") — a blend of whole-name and sound-skeleton similarity, only when the skeletons nearly agree.
    /// </summary>
    public static double Score(string a, string b, string skeletonA, string skeletonB, double minimumToken = MinimumTokenSimilarity)
    {
        var tokenwise = Score(a, b, minimumToken);
        if (skeletonA.Length < MinimumSkeleton || skeletonB.Length < MinimumSkeleton)
        {
            return tokenwise;
        }

        var sound = JaroWinkler.Similarity(skeletonA, skeletonB);
        var whole = JaroWinkler.Similarity(a.Replace(" ", string.Empty, StringComparison.Ordinal), b.Replace(" ", string.Empty, StringComparison.Ordinal));
        return sound >= 0.9 && whole >= 0.75 ? Math.Max(tokenwise, (whole + sound) / 2) : tokenwise;
    }

    /// <summary>Each word of the shorter name paired with its best match in the longer, weighted by length; 0 if any pair is not the same word.</summary>
    public static double Score(string a, string b, double minimumToken = MinimumTokenSimilarity)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a == b)
        {
            return 1.0;
        }

        var left = a.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var right = b.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (left.Length == 0 || right.Length == 0)
        {
            return 0.0;
        }

        var (shorter, longer) = left.Length <= right.Length ? (left, right) : (right, left);
        var used = new bool[longer.Length];
        double weighted = 0, weights = 0;
        foreach (var token in shorter)
        {
            var best = 0.0;
            var bestIndex = -1;
            for (var j = 0; j < longer.Length; j++)
            {
                if (used[j])
                {
                    continue;
                }

                var similarity = JaroWinkler.Similarity(token, longer[j]);
                if (similarity > best)
                {
                    best = similarity;
                    bestIndex = j;
                }
            }

            if (best < minimumToken)
            {
                return 0.0;
            }

            used[bestIndex] = true;
            weighted += best * token.Length;
            weights += token.Length;
        }

        return (weighted / weights) * Math.Pow(UnpairedFactor, longer.Length - shorter.Length);
    }

    /// <summary>How alike the last words (family names) of two folded person names are.</summary>
    public static double Surnames(string a, string b) =>
        JaroWinkler.Similarity(a.AsSpan(a.LastIndexOf(' ') + 1), b.AsSpan(b.LastIndexOf(' ') + 1));
}

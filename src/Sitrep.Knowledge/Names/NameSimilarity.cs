namespace Sitrep.Knowledge.Names;

/// <summary>Similarity of two folded multi-word names: each token of the shorter name paired with its best match in the longer.</summary>
/// <remarks>Token-wise Jaro-Winkler, weighted by token length, so "nicole pashinyan" ≈ "nikol pashinyan" (0.95) while word order and extra middle names cost little.</remarks>
public static class NameSimilarity
{
    /// <summary>Below this skeleton length, sound skeletons say too little to count.</summary>
    private const int MinimumSkeleton = 5;

    /// <summary>
    /// The better of token-wise similarity and, for long names, a blend of whole-name and sound-skeleton similarity
    /// ("nagurani qara baj" ~ "nagorno karabakh": the spelling differs, the consonants agree).
    /// </summary>
    public static double Score(string a, string b, string skeletonA, string skeletonB)
    {
        var tokenwise = Score(a, b);
        if (skeletonA.Length < MinimumSkeleton || skeletonB.Length < MinimumSkeleton)
        {
            return tokenwise;
        }

        var whole = JaroWinkler.Similarity(a.Replace(" ", string.Empty, StringComparison.Ordinal), b.Replace(" ", string.Empty, StringComparison.Ordinal));
        var sound = JaroWinkler.Similarity(skeletonA, skeletonB);
        return Math.Max(tokenwise, (whole + sound) / 2);
    }

    public static double Score(string a, string b)
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

            if (bestIndex >= 0)
            {
                used[bestIndex] = true;
            }

            weighted += best * token.Length;
            weights += token.Length;
        }

        // Unpaired tokens of the longer name lower the score a little: "pashinyan" vs "nikol pashinyan" stays high but below an exact match.
        var unpaired = longer.Length - shorter.Length;
        return (weighted / weights) * Math.Pow(0.92, unpaired);
    }
}

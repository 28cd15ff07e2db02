using Sitrep.Core.Annotation;

namespace Sitrep.Extraction.Entities.Recognition;

/// <summary>
/// Document-level evidence for the second recognition pass: how the first pass labelled the same word elsewhere in
/// the document ("Leeds" as a team all through a sports report; "Clinton" after "Bill Clinton").
/// </summary>
/// <remarks>The non-local features of Krishnan and Manning (2006) and Ratinov and Roth (2009), in a simple form.</remarks>
public static class DocumentEvidence
{
    private const byte MajorityTemplate = 101;
    private const byte LongerSpanTemplate = 102;
    private const byte MajorityWithShapeTemplate = 103;

    /// <summary>Per sentence, per token: evidence features from the first-pass tags of every sentence of the document.</summary>
    public static IReadOnlyList<ulong>[][] Build(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<int[]> firstPassTags)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(firstPassTags);

        // For each capitalised word: how often each type was predicted on it, and the longest predicted entity it was part of.
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var longest = new Dictionary<string, (int Length, MentionType Type)>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            var tags = firstPassTags[s];
            foreach (var (start, end, type) in EntityTags.Spans(tags))
            {
                for (var i = start; i < end; i++)
                {
                    if (!IsCapitalised(tokens[i]))
                    {
                        continue;
                    }

                    if (!votes.TryGetValue(tokens[i], out var counts))
                    {
                        votes[tokens[i]] = counts = new int[EntityTags.TypeCount + 1];
                    }

                    counts[(int)type]++;
                    if (end - start > longest.GetValueOrDefault(tokens[i]).Length)
                    {
                        longest[tokens[i]] = (end - start, type);
                    }
                }
            }

            for (var i = 0; i < tokens.Count; i++)
            {
                if (tags[i] == EntityTags.Outside && IsCapitalised(tokens[i]))
                {
                    if (!votes.TryGetValue(tokens[i], out var counts))
                    {
                        votes[tokens[i]] = counts = new int[EntityTags.TypeCount + 1];
                    }

                    counts[0]++;
                }
            }
        }

        var result = new IReadOnlyList<ulong>[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            result[s] = new IReadOnlyList<ulong>[tokens.Count];
            for (var i = 0; i < tokens.Count; i++)
            {
                result[s][i] = Features(tokens[i], votes, longest);
            }
        }

        return result;
    }

    private static List<ulong> Features(string token, Dictionary<string, int[]> votes, Dictionary<string, (int Length, MentionType Type)> longest)
    {
        var features = new List<ulong>(3);
        if (!IsCapitalised(token) || !votes.TryGetValue(token, out var counts) || counts.Sum() < 2)
        {
            return features;
        }

        var majority = 0;
        for (var t = 1; t < counts.Length; t++)
        {
            if (counts[t] > counts[majority])
            {
                majority = t;
            }
        }

        features.Add(FeatureHash.Add(FeatureHash.Start(MajorityTemplate), (char)('0' + majority)));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(MajorityWithShapeTemplate), (char)('0' + majority)), token.All(char.IsUpper) ? 'A' : 'X'));
        if (longest.TryGetValue(token, out var span) && span.Length > 1)
        {
            features.Add(FeatureHash.Add(FeatureHash.Start(LongerSpanTemplate), (char)('0' + (int)span.Type)));
        }

        return features;
    }

    private static bool IsCapitalised(string token) => token.Length > 0 && char.IsUpper(token[0]);
}

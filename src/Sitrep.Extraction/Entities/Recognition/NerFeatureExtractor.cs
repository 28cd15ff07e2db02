using Sitrep.Core.Annotation;
using System.Text;

namespace Sitrep.Extraction.Entities.Recognition;

/// <summary>Turns a sentence's tokens into recogniser features: the word and its shape, affixes, neighbours, and knowledge-base list membership.</summary>
/// <remarks>The same extractor serves training and recognition, so the model sees the same evidence in both.</remarks>
public sealed class NerFeatureExtractor(NerGazetteer gazetteer, WordClusters? clusters)
{
    public NerFeatureExtractor(NerGazetteer gazetteer)
        : this(gazetteer, WordClusters.Default)
    {
    }

    private const int MaxShape = 10;

    private enum Template : byte
    {
        Bias = 1,
        Word,
        Shape,
        ShortShape,
        Prefix,
        Suffix,
        Flag,
        Previous,
        Next,
        Previous2,
        Next2,
        PreviousShape,
        NextShape,
        PreviousWordBigram,
        NextWordBigram,
        Gazetteer,
        PreviousGazetteer,
        NextGazetteer,
        HeadlineShape,
        ShapeTrigram,
        PreviousSuffix,
        WordNoCase,
        CharTrigram,
        ShapeAndPrevious,
        NextSuffix,
        Previous2Shape,
        Next2Shape,
        Cluster,
        PreviousCluster,
        NextCluster,
        ClusterShape,
    }

    // Words repeat, so their shapes are kept rather than rebuilt (bounded: cleared when full).
    private const int ShapeCacheLimit = 200_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Shape, string Short)> ShapeCache = new(StringComparer.Ordinal);
    private static int _shapesCached;

    [ThreadStatic]
    private static List<ulong>? _scratch;

    public FeatureMatrix Extract(IReadOnlyList<string> tokens) => Extract(tokens, null);

    /// <summary>Features of a sentence, plus document-level evidence per token (from <see cref="DocumentEvidence"/>) when given.</summary>
    public FeatureMatrix Extract(IReadOnlyList<string> tokens, IReadOnlyList<ulong>[]? documentEvidence)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var n = tokens.Count;
        var lower = new string[n];
        var shapes = new string[n];
        var shortShapes = new string[n];
        var letters = 0;
        var upperLetters = 0;
        for (var i = 0; i < n; i++)
        {
            lower[i] = tokens[i].ToLowerInvariant();
            (shapes[i], shortShapes[i]) = CachedShapes(tokens[i]);
            foreach (var c in tokens[i])
            {
                letters += char.IsLetter(c) ? 1 : 0;
                upperLetters += char.IsUpper(c) ? 1 : 0;
            }
        }

        var headline = letters > 8 && upperLetters * 10 >= letters * 9;
        var gazetteerMatches = gazetteer.Match(tokens);
        var features = _scratch ??= new List<ulong>(4096);
        features.Clear();
        var offsets = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            offsets[i] = features.Count;
            AddTokenFeatures(features, tokens, lower, shapes, shortShapes, gazetteerMatches, i, headline);
            AddClusterFeatures(features, lower, shortShapes, i);
            if (documentEvidence is not null)
            {
                features.AddRange(documentEvidence[i]);
            }
        }

        offsets[n] = features.Count;
        return new FeatureMatrix([.. features], offsets);
    }

    private static void AddTokenFeatures(
        List<ulong> features, IReadOnlyList<string> tokens, string[] lower, string[] shapes, string[] shortShapes,
        (GazetteerList List, byte Position)[] gazetteer, int i, bool headline)
    {
        var word = tokens[i];
        var n = tokens.Count;
        features.Add(FeatureHash.Start((byte)Template.Bias));
        features.Add(Value(Template.Word, word));
        features.Add(Value(Template.WordNoCase, lower[i]));
        features.Add(Value(Template.Shape, shapes[i]));
        features.Add(Value(Template.ShortShape, shortShapes[i]));
        for (var k = 1; k <= 4 && k <= lower[i].Length; k++)
        {
            features.Add(FeatureHash.Add(Value(Template.Prefix, lower[i].AsSpan(0, k)), (char)k));
            features.Add(FeatureHash.Add(Value(Template.Suffix, lower[i].AsSpan(lower[i].Length - k)), (char)k));
        }

        if (i == 0)
        {
            features.Add(Value(Template.Flag, "first"));
        }

        if (word.Contains('-', StringComparison.Ordinal))
        {
            features.Add(Value(Template.Flag, "hyphen"));
        }

        if (word.Contains('.', StringComparison.Ordinal))
        {
            features.Add(Value(Template.Flag, "period"));
        }

        features.Add(Value(Template.Previous, i > 0 ? lower[i - 1] : "<s>"));
        features.Add(Value(Template.Next, i + 1 < n ? lower[i + 1] : "</s>"));
        features.Add(Value(Template.Previous2, i > 1 ? lower[i - 2] : "<s>"));
        features.Add(Value(Template.Next2, i + 2 < n ? lower[i + 2] : "</s>"));
        features.Add(Value(Template.PreviousShape, i > 0 ? shortShapes[i - 1] : "<s>"));
        features.Add(Value(Template.NextShape, i + 1 < n ? shortShapes[i + 1] : "</s>"));
        features.Add(Pair(Template.PreviousWordBigram, i > 0 ? lower[i - 1] : "<s>", lower[i]));
        features.Add(Pair(Template.NextWordBigram, lower[i], i + 1 < n ? lower[i + 1] : "</s>"));
        features.Add(Triple(Template.ShapeTrigram, i > 0 ? shortShapes[i - 1] : "<s>", shortShapes[i], i + 1 < n ? shortShapes[i + 1] : "</s>"));
        if (i > 0 && lower[i - 1].Length >= 3)
        {
            features.Add(Value(Template.PreviousSuffix, lower[i - 1].AsSpan(lower[i - 1].Length - 3)));
        }

        if (shortShapes[i].Contains('X', StringComparison.Ordinal) && lower[i].Length >= 3 && lower[i].Length <= 64)
        {
            // Character trigrams of the word between boundary marks: "<ba", "bak", "aku", "ku>".
            Span<char> padded = stackalloc char[lower[i].Length + 2];
            padded[0] = '<';
            lower[i].AsSpan().CopyTo(padded[1..]);
            padded[^1] = '>';
            for (var k = 0; k + 3 <= padded.Length; k++)
            {
                features.Add(Value(Template.CharTrigram, padded.Slice(k, 3)));
            }
        }

        features.Add(Pair(Template.ShapeAndPrevious, shortShapes[i], i > 0 ? lower[i - 1] : "<s>"));
        features.Add(Value(Template.Previous2Shape, i > 1 ? shortShapes[i - 2] : "<s>"));
        features.Add(Value(Template.Next2Shape, i + 2 < n ? shortShapes[i + 2] : "</s>"));
        if (i + 1 < n && lower[i + 1].Length >= 3)
        {
            features.Add(Value(Template.NextSuffix, lower[i + 1].AsSpan(lower[i + 1].Length - 3)));
        }

        if (headline)
        {
            features.Add(Value(Template.HeadlineShape, shortShapes[i]));
        }

        AddGazetteer(features, Template.Gazetteer, gazetteer[i]);
        if (i > 0)
        {
            AddGazetteer(features, Template.PreviousGazetteer, gazetteer[i - 1]);
        }

        if (i + 1 < n)
        {
            AddGazetteer(features, Template.NextGazetteer, gazetteer[i + 1]);
        }
    }

    private void AddClusterFeatures(List<ulong> features, string[] lower, string[] shortShapes, int i)
    {
        if (clusters is null)
        {
            return;
        }

        if (clusters.Of(lower[i]) is { } own)
        {
            for (var level = 0; level < own.Length; level++)
            {
                features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start((byte)Template.Cluster), (char)level), (char)own[level]));
            }

            features.Add(FeatureHash.Add(FeatureHash.Add(Value(Template.ClusterShape, shortShapes[i]), (char)own[^1]), '.'));
        }

        if (i > 0 && clusters.Of(lower[i - 1]) is { } previous)
        {
            features.Add(FeatureHash.Add(FeatureHash.Start((byte)Template.PreviousCluster), (char)previous[1]));
        }

        if (i + 1 < lower.Length && clusters.Of(lower[i + 1]) is { } next)
        {
            features.Add(FeatureHash.Add(FeatureHash.Start((byte)Template.NextCluster), (char)next[1]));
        }
    }

    private static void AddGazetteer(List<ulong> features, Template template, (GazetteerList List, byte Position) match)
    {
        if (match.List == GazetteerList.None)
        {
            return;
        }

        foreach (var list in Enum.GetValues<GazetteerList>())
        {
            if (list != GazetteerList.None && match.List.HasFlag(list))
            {
                var hash = FeatureHash.Add(FeatureHash.Start((byte)template), (char)list);
                features.Add(hash);
                features.Add(FeatureHash.Add(hash, (char)('0' + match.Position)));
            }
        }
    }

    private static ulong Value(Template template, ReadOnlySpan<char> value) => FeatureHash.Add(FeatureHash.Start((byte)template), value);

    private static ulong Pair(Template template, string a, string b) =>
        FeatureHash.Add(FeatureHash.Separate(Value(template, a)), b);

    private static ulong Triple(Template template, string a, string b, string c) =>
        FeatureHash.Add(FeatureHash.Separate(Pair(template, a, b)), c);

    private static (string Shape, string Short) CachedShapes(string word)
    {
        if (ShapeCache.TryGetValue(word, out var shapes))
        {
            return shapes;
        }

        shapes = Shapes(word);
        if (Interlocked.Increment(ref _shapesCached) > ShapeCacheLimit)
        {
            ShapeCache.Clear();
            Interlocked.Exchange(ref _shapesCached, 0);
        }

        ShapeCache[word] = shapes;
        return shapes;
    }

    /// <summary>Word shape (Xxxx → "Xxxx", 2020 → "dddd", U.S. → "X.X.") and short shape (runs collapsed: "Xx", "d", "X.X.").</summary>
    private static (string Shape, string Short) Shapes(string word)
    {
        var shape = new StringBuilder(Math.Min(word.Length, MaxShape));
        var shortShape = new StringBuilder(4);
        foreach (var c in word)
        {
            var cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (shape.Length < MaxShape)
            {
                shape.Append(cls);
            }

            if (shortShape.Length == 0 || shortShape[^1] != cls)
            {
                shortShape.Append(cls);
            }
        }

        return (shape.ToString(), shortShape.ToString());
    }
}

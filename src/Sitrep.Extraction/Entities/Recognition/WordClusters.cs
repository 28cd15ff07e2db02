using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Core.Data;

namespace Sitrep.Extraction.Entities.Recognition;

/// <summary>Word → cluster ids at three granularities (data/models/word-clusters.tsv), from all-MiniLM-L6-v2 embeddings grouped by k-means.</summary>
/// <remarks>Words that mean alike share clusters, so evidence learnt on one name carries to names the training data never had.</remarks>
public sealed class WordClusters
{
    public const int Levels = 3;

    private static readonly Lazy<WordClusters> Shipped = new(Load);

    private readonly FrozenDictionary<string, ushort[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordClusters(IReadOnlyDictionary<string, ushort[]> clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        _lookup = clusters.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordClusters Default => Shipped.Value;

    /// <summary>The clusters of a lower-cased word, coarsest first, or null for a word outside the vocabulary.</summary>
    public ushort[]? Of(ReadOnlySpan<char> lowerWord) => _lookup.TryGetValue(lowerWord, out var clusters) ? clusters : null;

    private static WordClusters Load()
    {
        var clusters = new Dictionary<string, ushort[]>(StringComparer.Ordinal);
        foreach (var line in DataFileReader.ReadLines(typeof(WordClusters).Assembly, "models/word-clusters.tsv"))
        {
            var cells = line.Split('\t');
            clusters[cells[0]] = [.. cells.Skip(1).Take(Levels).Select(cell => ushort.Parse(cell, CultureInfo.InvariantCulture))];
        }

        return new WordClusters(clusters);
    }
}

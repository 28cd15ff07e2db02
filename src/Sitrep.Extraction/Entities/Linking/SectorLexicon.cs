using System.Collections.Frozen;
using Sitrep.Core.Data;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Entities.Linking;

/// <summary>Group nouns that name a country's actor in a sector (data/lexicon/sector-nouns.tsv): forces → MIL, police → COP.</summary>
public sealed class SectorLexicon
{
    private readonly FrozenDictionary<string, string> _sectors;

    public SectorLexicon(IEnumerable<(string Noun, string Sector)> nouns)
    {
        _sectors = nouns.ToFrozenDictionary(n => n.Noun, n => n.Sector, StringComparer.Ordinal);
        MaxTokens = _sectors.Keys.Max(noun => noun.Count(c => c == ' ') + 1);
    }

    public static SectorLexicon Default { get; } = new(DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/sector-nouns.tsv")
        .Select(line => line.Split('\t'))
        .Select(cells => (cells[0], cells[1])));

    public int MaxTokens { get; }

    public string? SectorOf(string phrase) => _sectors.GetValueOrDefault(phrase);
}

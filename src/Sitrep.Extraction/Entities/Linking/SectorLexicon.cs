using Sitrep.Core.Data;
using Sitrep.Extraction.Text;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Entities.Linking;

/// <summary>Group nouns that name a country's actor in a sector (data/lexicon/sector-nouns.tsv): forces → MIL, police → COP.</summary>
public sealed class SectorLexicon
{
    public SectorLexicon(IEnumerable<(string Noun, string Sector)> nouns) =>
        Phrases = new PhraseLexicon<string>(nouns.Select(n => KeyValuePair.Create(n.Noun, n.Sector)));

    public static SectorLexicon Default { get; } = new(DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/sector-nouns.tsv")
        .Select(line => line.Split('\t'))
        .Select(cells => (cells[0], cells[1])));

    /// <summary>The nouns and their sectors, looked up on tokens.</summary>
    public PhraseLexicon<string> Phrases { get; }

    public string? SectorOf(string phrase) => Phrases.TryGetValue(phrase, out var sector) ? sector : null;
}

using System.Collections.Frozen;
using Sitrep.Core.Data;

namespace Sitrep.Extraction.Text;

/// <summary>How an abbreviation affects sentence boundaries (see data/text/abbreviations.tsv).</summary>
public enum AbbreviationClass : byte
{
    None,
    Prefix,
    NumericPrefix,
    Month,
    Other,
}

/// <summary>Abbreviations and sentence-starting words, loaded from data/text/.</summary>
public sealed class AbbreviationLexicon
{
    private readonly FrozenDictionary<string, AbbreviationClass> _classes;
    private readonly FrozenDictionary<string, AbbreviationClass>.AlternateLookup<ReadOnlySpan<char>> _classLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _starters;

    public AbbreviationLexicon(IEnumerable<(AbbreviationClass Class, string Word)> abbreviations, IEnumerable<string> sentenceStarters)
    {
        var classes = new Dictionary<string, AbbreviationClass>(StringComparer.Ordinal);
        foreach (var (cls, word) in abbreviations)
        {
            // A word listed both as a numeric prefix and elsewhere keeps the stronger, unconditional class.
            if (!classes.TryGetValue(word, out var existing) || existing == AbbreviationClass.NumericPrefix)
            {
                classes[word] = cls;
            }
        }

        _classes = classes.ToFrozenDictionary(StringComparer.Ordinal);
        _classLookup = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
        _starters = sentenceStarters.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon shipped in data/text/.</summary>
    public static AbbreviationLexicon Default { get; } = LoadDefault();

    public AbbreviationClass ClassOf(ReadOnlySpan<char> word) =>
        _classLookup.TryGetValue(word, out var cls) ? cls : AbbreviationClass.None;

    public bool IsSentenceStarter(ReadOnlySpan<char> word) => _starters.Contains(word);

    private static AbbreviationLexicon LoadDefault()
    {
        var assembly = typeof(AbbreviationLexicon).Assembly;
        var abbreviations = new List<(AbbreviationClass, string)>();
        foreach (var line in DataFileReader.ReadLines(assembly, "text/abbreviations.tsv"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var cls = line[..tab] switch
            {
                "prefix" => AbbreviationClass.Prefix,
                "numeric-prefix" => AbbreviationClass.NumericPrefix,
                "month" => AbbreviationClass.Month,
                "other" => AbbreviationClass.Other,
                var unknown => throw new InvalidDataException($"abbreviations.tsv: unknown class '{unknown}'."),
            };
            foreach (var word in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                abbreviations.Add((cls, word));
            }
        }

        var starters = DataFileReader.ReadLines(assembly, "text/sentence-starters.txt")
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return new AbbreviationLexicon(abbreviations, starters);
    }
}

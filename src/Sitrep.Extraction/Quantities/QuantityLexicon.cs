using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Core.Annotation;
using Sitrep.Core.Data;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Quantities;

/// <summary>Where a measure word stands relative to the count it qualifies.</summary>
[Flags]
public enum MeasurePosition : byte
{
    After = 1,
    Before = 2,
    Noun = 4,
}

/// <summary>The words of people counts (data/lexicon/quantities/): measures, qualifiers, vague counts and non-people units.</summary>
public sealed class QuantityLexicon
{
    private QuantityLexicon(
        FrozenDictionary<string, (Measure, MeasurePosition)> measures,
        FrozenDictionary<string, Qualifier> qualifiers,
        IReadOnlyList<(string Phrase, double Value, double? Upper)> vague,
        FrozenSet<string> units)
    {
        Measures = measures;
        Qualifiers = qualifiers;
        VagueCounts = vague;
        NonPeopleUnits = units;
        MaxMeasureWords = measures.Keys.Max(k => k.Count(c => c == ' ') + 1);
        MaxQualifierWords = qualifiers.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    public static QuantityLexicon Default { get; } = Load();

    public FrozenDictionary<string, (Measure Measure, MeasurePosition Position)> Measures { get; }

    public FrozenDictionary<string, Qualifier> Qualifiers { get; }

    /// <summary>Vague counts, longest phrase first ("tens of thousands" before "thousands").</summary>
    public IReadOnlyList<(string Phrase, double Value, double? Upper)> VagueCounts { get; }

    public FrozenSet<string> NonPeopleUnits { get; }

    public int MaxMeasureWords { get; }

    public int MaxQualifierWords { get; }

    private static QuantityLexicon Load()
    {
        var assembly = typeof(KnowledgeBase).Assembly;
        var measures = DataFileReader.ReadLines(assembly, "lexicon/quantities/measures.tsv")
            .Select(line => line.Split('\t'))
            .ToFrozenDictionary(
                cells => cells[0],
                cells => (Enum.Parse<Measure>(cells[1], ignoreCase: true), cells[2] switch
                {
                    "after" => MeasurePosition.After,
                    "before" => MeasurePosition.Before,
                    "noun" => MeasurePosition.Noun,
                    _ => MeasurePosition.After | MeasurePosition.Before,
                }),
                StringComparer.Ordinal);
        var qualifiers = DataFileReader.ReadLines(assembly, "lexicon/quantities/qualifiers.tsv")
            .Select(line => line.Split('\t'))
            .ToFrozenDictionary(cells => cells[0], cells => Enum.Parse<Qualifier>(cells[1].Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true), StringComparer.Ordinal);
        var vague = DataFileReader.ReadLines(assembly, "lexicon/quantities/vague-counts.tsv")
            .Select(line => line.Split('\t'))
            .Select(cells => (cells[0], double.Parse(cells[1], CultureInfo.InvariantCulture), cells.Length > 2 && cells[2].Length > 0 ? double.Parse(cells[2], CultureInfo.InvariantCulture) : (double?)null))
            .OrderByDescending(v => v.Item1.Length)
            .ToList();
        var units = DataFileReader.ReadLines(assembly, "lexicon/quantities/non-people-units.txt")
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToFrozenSet(StringComparer.Ordinal);
        return new QuantityLexicon(measures, qualifiers, vague, units);
    }
}

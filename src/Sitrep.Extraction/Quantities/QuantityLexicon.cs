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
    /// <summary>The predicate of the count's phrase: "50 people were killed", "50 dead".</summary>
    After = 1,

    /// <summary>Governs the count: "killing at least 50", "the release of 300".</summary>
    Before = 2,

    /// <summary>The noun the count counts: "50 refugees".</summary>
    Noun = 4,

    /// <summary>A toll whose figure follows a linking word later in the clause: "the death toll has risen to 50".</summary>
    Toll = 8,

    /// <summary>A noun whose count follows "of" a few words on: "the genocide in Rwanda of up to a million people".</summary>
    Of = 16,

    /// <summary>A verb whose object's companions are counted after "along with": "seized the ship along with its 25 crew members".</summary>
    With = 32,
}

/// <summary>What a small word does between a count and the words that measure it (phrase-words.tsv); a word can have several roles.</summary>
[Flags]
public enum PhraseRole : short
{
    None = 0,
    Aux = 1,
    Link = 2,
    Lead = 4,
    Toll = 8,
    Subset = 16,
    Aside = 32,
    Gap = 64,
    Anaphor = 128,
    Number = 256,
    Stop = 512,
    Joiner = 1024,
}

/// <summary>The words of people counts (data/lexicon/quantities/): measures, qualifiers, vague counts, people nouns, non-people units and the small words between them.</summary>
public sealed class QuantityLexicon
{
    private QuantityLexicon(
        FrozenDictionary<string, (Measure, MeasurePosition)> measures,
        FrozenDictionary<string, Qualifier> qualifiers,
        IReadOnlyList<(string Phrase, double Value, double? Upper)> vague,
        FrozenSet<string> units,
        FrozenSet<string> people,
        FrozenDictionary<string, PhraseRole> roles)
    {
        Measures = measures;
        Qualifiers = qualifiers;
        VagueCounts = vague;
        NonPeopleUnits = units;
        PeopleNouns = people;
        PhraseWords = roles;
        MaxMeasureWords = measures.Keys.Max(k => k.Count(c => c == ' ') + 1);
        MaxQualifierWords = qualifiers.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    public static QuantityLexicon Default { get; } = Load();

    public FrozenDictionary<string, (Measure Measure, MeasurePosition Position)> Measures { get; }

    public FrozenDictionary<string, Qualifier> Qualifiers { get; }

    /// <summary>Vague counts, longest phrase first ("tens of thousands" before "thousands").</summary>
    public IReadOnlyList<(string Phrase, double Value, double? Upper)> VagueCounts { get; }

    public FrozenSet<string> NonPeopleUnits { get; }

    /// <summary>Nouns naming people that a count can count ("babies", "gunmen"); their count measures "other".</summary>
    public FrozenSet<string> PeopleNouns { get; }

    /// <summary>The roles of small words around counts: auxiliaries, links, leads, toll links, subset and aside openers, number words.</summary>
    public FrozenDictionary<string, PhraseRole> PhraseWords { get; }

    public int MaxMeasureWords { get; }

    public int MaxQualifierWords { get; }

    /// <summary>The roles a word plays between counts and their measures (none for most words).</summary>
    public PhraseRole Role(string word) => PhraseWords.TryGetValue(word, out var role) ? role : PhraseRole.None;

    private static QuantityLexicon Load()
    {
        var assembly = typeof(KnowledgeBase).Assembly;
        var measures = DataFileReader.ReadLines(assembly, "lexicon/quantities/measures.tsv")
            .Select(line => line.Split('\t'))
            .ToFrozenDictionary(
                cells => cells[0],
                cells => (Enum.Parse<Measure>(cells[1], ignoreCase: true), cells[2].Split(',').Aggregate((MeasurePosition)0, (all, name) => all | Position(name))),
                StringComparer.Ordinal);
        var qualifiers = DataFileReader.ReadLines(assembly, "lexicon/quantities/qualifiers.tsv")
            .Select(line => line.Split('\t'))
            .ToFrozenDictionary(cells => cells[0], cells => Enum.Parse<Qualifier>(cells[1].Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true), StringComparer.Ordinal);
        var vague = DataFileReader.ReadLines(assembly, "lexicon/quantities/vague-counts.tsv")
            .Select(line => line.Split('\t'))
            .Select(cells => (cells[0], double.Parse(cells[1], CultureInfo.InvariantCulture), cells.Length > 2 && cells[2].Length > 0 ? double.Parse(cells[2], CultureInfo.InvariantCulture) : (double?)null))
            .OrderByDescending(v => v.Item1.Length)
            .ToList();
        var units = Words(assembly, "lexicon/quantities/non-people-units.txt");
        var people = Words(assembly, "lexicon/quantities/people-nouns.txt");
        var roles = DataFileReader.ReadLines(assembly, "lexicon/quantities/phrase-words.tsv")
            .Select(line => line.Split('\t'))
            .GroupBy(cells => cells[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Aggregate(PhraseRole.None, (all, cells) => all | Enum.Parse<PhraseRole>(cells[1], ignoreCase: true)), StringComparer.Ordinal);
        return new QuantityLexicon(measures, qualifiers, vague, units, people, roles);
    }

    private static MeasurePosition Position(string name) => name.Trim() switch
    {
        "after" => MeasurePosition.After,
        "before" => MeasurePosition.Before,
        "noun" => MeasurePosition.Noun,
        "toll" => MeasurePosition.Toll,
        "of" => MeasurePosition.Of,
        "with" => MeasurePosition.With,
        "either" => MeasurePosition.After | MeasurePosition.Before,
        _ => throw new InvalidDataException($"measures.tsv: unknown position '{name}'"),
    };

    private static FrozenSet<string> Words(System.Reflection.Assembly assembly, string file) =>
        DataFileReader.ReadLines(assembly, file)
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToFrozenSet(StringComparer.Ordinal);
}

using System.Collections.Frozen;
using Sitrep.Core.Data;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Attributions;

/// <summary>The word lists around reporting verbs (data/lexicon/attribution-words.tsv), by the role each plays.</summary>
internal sealed class AttributionWords
{
    private AttributionWords(ILookup<string, string> byRole)
    {
        Settings = Set(byRole["setting"]);
        DenialObjects = Set(byRole["denial-object"]);
        SpeakerLinks = Set(byRole["speaker-link"]);
        SpeakerModifiers = Set(byRole["speaker-modifier"]);
        SourceDocuments = Set(byRole["source-document"]);
        DenialLimits = Set(byRole["denial-limit"]);
        ClaimLimits = Set(byRole["claim-limit"]);
    }

    public static AttributionWords Default { get; } = Load();

    /// <summary>Words that may follow a closing reporting verb without opening a claim ("said on Monday in a statement").</summary>
    public FrozenSet<string> Settings { get; }

    /// <summary>What a denial denies when it names no act ("denied it", "dismissed the reports").</summary>
    public FrozenSet<string> DenialObjects { get; }

    /// <summary>Prepositions joining a speaker's head to the body it speaks for ("soldiers in Niger").</summary>
    public FrozenSet<string> SpeakerLinks { get; }

    /// <summary>Two-word participle phrases inside a speaker ("briefed on", "familiar with").</summary>
    public FrozenSet<string> SpeakerModifiers { get; }

    /// <summary>Documents whose producer is the speaker ("figures released by both sides").</summary>
    public FrozenSet<string> SourceDocuments { get; }

    /// <summary>Words that open a clause outside what a denial denies ("after", "who", "when").</summary>
    public FrozenSet<string> DenialLimits { get; }

    /// <summary>Words after which the reporter speaks in its own voice again ("although", "whereas").</summary>
    public FrozenSet<string> ClaimLimits { get; }

    private static AttributionWords Load() =>
        new(DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/attribution-words.tsv")
            .Select(line => line.Split('\t'))
            .ToLookup(cells => cells[1].Trim(), cells => cells[0].Trim(), StringComparer.Ordinal));

    private static FrozenSet<string> Set(IEnumerable<string> words) => words.ToFrozenSet(StringComparer.Ordinal);
}

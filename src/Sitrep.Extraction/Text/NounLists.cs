using System.Collections.Frozen;
using Sitrep.Core.Data;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Text;

/// <summary>
/// Nouns that head phrases naming participants: people, groups and their roles (data/lexicon/actor-nouns.txt), and
/// the things done to (data/lexicon/target-nouns.txt: buildings, vehicles, infrastructure), and ground.
/// </summary>
public static class NounLists
{
    public static FrozenSet<string> People { get; } = Load("lexicon/actor-nouns.txt");

    public static FrozenSet<string> Things { get; } = Load("lexicon/target-nouns.txt");

    /// <summary>Ground forces take or lose (data/lexicon/ground-nouns.txt): towns, bases, positions.</summary>
    public static FrozenSet<string> Ground { get; } = Load("lexicon/ground-nouns.txt");

    /// <summary>The words of a list file: whitespace-separated, any number per line.</summary>
    public static FrozenSet<string> Load(string file) =>
        DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, file)
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToFrozenSet(StringComparer.Ordinal);
}

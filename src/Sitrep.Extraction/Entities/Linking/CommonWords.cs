using System.Collections.Frozen;
using Sitrep.Core.Data;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Entities.Linking;

/// <summary>Words news writes in lower case inside sentences (data/lexicon/common-words.txt): a name made only of them is no name.</summary>
public static class CommonWords
{
    private static readonly FrozenSet<string> Words = DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/common-words.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when every word of a folded name is a common word.</summary>
    public static bool AllCommon(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(Words.Contains);
    }
}

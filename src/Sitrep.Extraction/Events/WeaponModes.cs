using Sitrep.Core.Data;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Events;

/// <summary>The mode of an attack whose trigger names none, read from the weapons its clause mentions (data/lexicon/events/weapon-modes.tsv).</summary>
internal static class WeaponModes
{
    private static readonly (string[] Words, string Mode)[] Phrases = [.. DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/events/weapon-modes.tsv")
        .Select(line => line.Split('\t'))
        .Select(cells => (cells[0].Split(' '), cells[1]))];

    /// <summary>
    /// The mode given by the first listed phrase found in words [<paramref name="start"/>, <paramref name="end"/>), else in the
    /// whole sentence ("an Israeli air strike hit the hospital; Israel denied it struck the hospital"), or null.
    /// </summary>
    public static string? In(IReadOnlyList<string> words, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(words);
        return Within(words, start, end) ?? (start > 0 || end < words.Count ? Within(words, 0, words.Count) : null);
    }

    /// <summary>The mode given by the first listed phrase found in words [<paramref name="start"/>, <paramref name="end"/>) only, or null.</summary>
    public static string? Within(IReadOnlyList<string> words, int start, int end)
    {
        foreach (var (phrase, mode) in Phrases)
        {
            for (var i = start; i + phrase.Length <= end; i++)
            {
                var found = true;
                for (var k = 0; k < phrase.Length && found; k++)
                {
                    found = words[i + k] == phrase[k];
                }

                if (found)
                {
                    return mode;
                }
            }
        }

        return null;
    }
}

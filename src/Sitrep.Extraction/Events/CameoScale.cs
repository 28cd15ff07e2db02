using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Core.Data;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Events;

/// <summary>Goldstein values and GDELT QuadClass of CAMEO codes (data/lexicon/events/cameo.tsv): a code takes its nearest listed parent's values.</summary>
public static class CameoScale
{
    private static readonly FrozenDictionary<string, (double Goldstein, int Quad)> Codes =
        DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/events/cameo.tsv")
            .Select(line => line.Split('\t'))
            .ToFrozenDictionary(cells => cells[0], cells => (double.Parse(cells[1], CultureInfo.InvariantCulture), int.Parse(cells[2], CultureInfo.InvariantCulture)), StringComparer.Ordinal);

    public static (double Goldstein, int QuadClass)? Of(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        for (var length = code.Length; length >= 2; length--)
        {
            if (Codes.TryGetValue(code[..length], out var values))
            {
                return values;
            }
        }

        return null;
    }
}

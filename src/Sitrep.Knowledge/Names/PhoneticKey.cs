using System.Text;
using Sitrep.Core.Data;

namespace Sitrep.Knowledge.Names;

/// <summary>A consonant-class skeleton of a folded name that survives transliteration (Pashinyan/Pachinian → bsn), for finding candidate names.</summary>
/// <remarks>Rules: data/lexicon/phonetic-classes.tsv. The key only proposes candidates; string similarity decides.</remarks>
public sealed class PhoneticKey
{
    private readonly (string Pattern, char? Class)[] _rules;

    public PhoneticKey(IEnumerable<(string Pattern, char? Class)> rules) =>
        _rules = [.. rules.OrderByDescending(rule => rule.Pattern.Length)];

    public static PhoneticKey Default { get; } = new(LoadRules());

    /// <summary>The key of one folded token (lower-case ASCII letters and digits).</summary>
    public string OfToken(ReadOnlySpan<char> token)
    {
        var key = new StringBuilder(token.Length);
        var i = 0;
        while (i < token.Length)
        {
            if (char.IsAsciiDigit(token[i]))
            {
                key.Append(token[i++]);
                continue;
            }

            var matched = false;
            foreach (var (pattern, cls) in _rules)
            {
                if (token[i..].StartsWith(pattern, StringComparison.Ordinal))
                {
                    if (cls is { } c && (key.Length == 0 || key[^1] != c))
                    {
                        key.Append(c);
                    }

                    i += pattern.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                i++;
            }
        }

        return key.ToString();
    }

    /// <summary>The skeleton of a whole folded name, spaces ignored ("qara baj" and "qarabaj" alike).</summary>
    public string Skeleton(string folded) => OfToken(folded.Replace(" ", string.Empty, StringComparison.Ordinal));

    private static IEnumerable<(string, char?)> LoadRules()
    {
        foreach (var line in DataFileReader.ReadLines(typeof(PhoneticKey).Assembly, "lexicon/phonetic-classes.tsv"))
        {
            var cells = line.Split('\t');
            yield return (cells[0], cells[1] == "-" ? null : cells[1][0]);
        }
    }
}

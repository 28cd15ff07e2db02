using System.Text.RegularExpressions;
using Sitrep.Core.Documents;
using Sitrep.Core.Text;

namespace Sitrep.Ingest.Dates;

/// <summary>Finds the wire-style dateline that opens a report: "MOSCOW, Oct 11 (Reuters) -", "Baku [Azerbaijan], September 25 :".</summary>
public static partial class DatelineParser
{
    private const string Date = @"(?<date>" + MonthNames.Pattern + @"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+" + MonthNames.Pattern + @"(?:,?\s+\d{4})?)";

    public static Dateline? Find(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start >= text.Length)
        {
            return null;
        }

        var window = text.Substring(start, Math.Min(200, text.Length - start));
        var match = WithDate().Match(window);
        if (!match.Success)
        {
            match = WithAgencyOnly().Match(window);
        }

        if (!match.Success)
        {
            return null;
        }

        var place = match.Groups["place"].Value.Trim();
        return new Dateline(
            new TextSpan(start, start + match.Length),
            TitleCase(place),
            NullIfEmpty(match.Groups["country"].Value) ?? NullIfEmpty(match.Groups["region"].Value),
            NullIfEmpty(match.Groups["date"].Value),
            NullIfEmpty(match.Groups["agency"].Value));
    }

    private static string? NullIfEmpty(string value) => value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    /// <summary>"MOSCOW" → "Moscow"; mixed-case names are kept as written.</summary>
    private static string TitleCase(string place)
    {
        if (place.Any(char.IsLower))
        {
            return place;
        }

        var chars = place.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is ' ' or '-' or '\'')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}'’.\- ]{1,40}?)(?:\s*\[(?<country>[^\]\n]{2,40})\])?(?:,\s*(?<region>\p{Lu}[\p{L}.\- ]{1,30}?))?,\s*" + Date + @"\s*(?:\((?<agency>[^)\n]{2,40})\))?\s*(?:[-–—:]+\s*)")]
    private static partial Regex WithDate();

    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}'’.\- ]{1,40}?)(?:,\s*(?<region>\p{Lu}[\p{L}.\- ]{1,30}?))?\s*\((?<agency>[^)\n]{2,40})\)\s*[-–—:]+\s*")]
    private static partial Regex WithAgencyOnly();
}

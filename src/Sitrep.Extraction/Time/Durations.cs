using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Extraction.Time;

/// <summary>Lengths of time written as a count and a unit — "two weeks", "48 hours", "a 24-hour", "the past day" — as ISO 8601 durations.</summary>
/// <remarks>The recogniser turns some of these into dated ranges ("for two weeks" → the last fortnight); a length never dates an event.</remarks>
public static partial class Durations
{
    private static readonly string[] Units = ["second", "minute", "hour", "day", "week", "month", "year", "decade"];

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["hundred"] = 100,
    };

    /// <summary>The ISO duration of a count-and-unit phrase, or null when the phrase is something else.</summary>
    public static string? Read(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var match = Pattern().Match(phrase.Trim());
        if (!match.Success)
        {
            return null;
        }

        var countText = match.Groups["count"].Value;
        if (countText.Length == 0 && match.Groups["article"].Value.Length == 0)
        {
            return null; // "last week" is a week on the calendar; "the past week" is a length
        }

        var count = countText.Length == 0 ? 1 : int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits : Numbers.GetValueOrDefault(countText, -1);
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        if (count <= 0 || !Units.Contains(unit))
        {
            return null;
        }

        return unit switch
        {
            "second" => $"PT{count}S",
            "minute" => $"PT{count}M",
            "hour" => $"PT{count}H",
            "day" => $"P{count}D",
            "week" => $"P{count}W",
            "month" => $"P{count}M",
            "year" => $"P{count}Y",
            _ => $"P{count * 10}Y",
        };
    }

    [GeneratedRegex(@"^(?:(?<article>the|a|an)\s+)?(?:(?:past|last|previous)\s+)?(?<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)?[\s-]*(?<unit>second|minute|hour|day|week|month|year|decade)s?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}

using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core.Time;

namespace Sitrep.Ingest.Dates;

/// <summary>Reads publication dates as feeds, sidecars, HTML meta tags and JSON fields write them.</summary>
public static partial class PublishedDateParser
{
    private static readonly string[] ExactDayFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy"];

    public static DateValue? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (YearOnly().IsMatch(text))
        {
            return new DateValue(text, DateGranularity.Year);
        }

        if (YearMonth().Match(text) is { Success: true } month)
        {
            return new DateValue(month.Value, DateGranularity.Month);
        }

        if (DateOnly.TryParseExact(text, ExactDayFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day))
        {
            return DateValue.FromDay(day);
        }

        // Timestamps keep the calendar day in the zone they were written in: that is the day the outlet published.
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var stamp))
        {
            return DateValue.FromDay(DateOnly.FromDateTime(stamp.DateTime));
        }

        return null;
    }

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex YearMonth();
}

using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core.Documents;
using Sitrep.Core.Time;

namespace Sitrep.Ingest.Dates;

/// <summary>Decides a document's publication date: from metadata, else its dateline, else inferred from the text, else unknown.</summary>
/// <remarks>
/// Inference uses what a careful reader would: a weekday named beside a date ("Monday, September 25") fixes
/// the year among those mentioned; a dateline's month and day take the latest year the text mentions.
/// It never falls back to today's date.
/// </remarks>
public static partial class PublicationDateResolver
{
    private const int EarliestYear = 1945;
    private const int LatestYear = 2100;

    /// <summary>Years searched after the latest one mentioned: the weekdays of a date repeat within this span.</summary>
    private const int CalendarRepeatYears = 12;

    public static (DateValue? Published, PublishedOrigin Origin) Resolve(string text, DateValue? fromMetadata, Dateline? dateline)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (fromMetadata is not null)
        {
            return (fromMetadata, PublishedOrigin.Metadata);
        }

        var years = MentionedYears(text);
        if (dateline?.DateText is { } datelineText && ParseMonthDay(datelineText) is var (month, day, year))
        {
            if (year is { } given && IsValidDay(given, month, day))
            {
                return (DateValue.FromDay(new DateOnly(given, month, day), datelineText), PublishedOrigin.Dateline);
            }

            if (InferDatelineYear(text, dateline, month, day, years) is { } inferred)
            {
                return (DateValue.FromDay(new DateOnly(inferred, month, day), datelineText), PublishedOrigin.Inferred);
            }
        }

        if (LatestWeekdayDate(text, years) is { } weekdayDate)
        {
            return (weekdayDate, PublishedOrigin.Inferred);
        }

        if (years.Count > 0)
        {
            var latest = years.Max.ToString(CultureInfo.InvariantCulture);
            return (new DateValue(latest, DateGranularity.Year, latest), PublishedOrigin.Inferred);
        }

        return (null, PublishedOrigin.Unknown);
    }

    /// <summary>
    /// The year of a dateline's month and day: the first year, from the latest one the text mentions, in which
    /// the weekdays the text ties to the report's day hold — "yesterday (Monday)", "today, Sunday", a weekday
    /// beside a date, or failing those the weekday of the lead sentence ("said on Monday": today or yesterday).
    /// </summary>
    private static int? InferDatelineYear(string text, Dateline dateline, int month, int day, SortedSet<int> years)
    {
        if (years.Count == 0)
        {
            return null;
        }

        var anchors = RelativeWeekdayAnchors(text).ToList();
        var pairs = WeekdayDates(text).Where(pair => pair.Year is null).ToList();
        var lead = LeadWeekday(text, dateline.Span.End);
        bool Strong(int y) =>
            IsValidDay(y, month, day)
            && anchors.All(weekday => new DateOnly(y, month, day).DayOfWeek == weekday)
            && pairs.All(pair => IsValidDay(y, pair.Month, pair.Day) && new DateOnly(y, pair.Month, pair.Day).DayOfWeek == pair.Weekday);
        bool Weak(int y) =>
            lead is not { } w || new DateOnly(y, month, day).DayOfWeek == w || new DateOnly(y, month, day).DayOfWeek == (DayOfWeek)(((int)w + 1) % 7);

        var candidates = Enumerable.Range(years.Max, CalendarRepeatYears).ToList();
        if (anchors.Count > 0 || pairs.Count > 0)
        {
            return candidates.Where(Strong).Cast<int?>().FirstOrDefault() ?? years.Max;
        }

        return candidates.Where(y => IsValidDay(y, month, day) && Weak(y)).Cast<int?>().FirstOrDefault() ?? years.Max;
    }

    /// <summary>The weekday the report's own day must fall on, from "today, Sunday", "yesterday (Monday)", "Monday (today)".</summary>
    private static IEnumerable<DayOfWeek> RelativeWeekdayAnchors(string text)
    {
        foreach (Match match in RelativeWeekday().Matches(text))
        {
            var weekday = (int)MonthNames.Weekday(match.Groups["wd"].Value);
            var shift = match.Groups["rel"].Value.ToLowerInvariant() switch
            {
                "yesterday" => 1,
                "tomorrow" => 6,
                _ => 0,
            };
            yield return (DayOfWeek)((weekday + shift) % 7);
        }
    }

    /// <summary>The weekday named with "on" in the lead sentence after the dateline: in wire copy, the report's day or the day before.</summary>
    private static DayOfWeek? LeadWeekday(string text, int leadStart)
    {
        var end = text.IndexOf('\n', leadStart);
        var lead = text.AsSpan(leadStart, (end < 0 ? text.Length : end) - leadStart);
        var match = LeadOnWeekday().Match(lead.ToString());
        return match.Success ? MonthNames.Weekday(match.Groups["wd"].Value) : null;
    }

    private static SortedSet<int> MentionedYears(string text)
    {
        var years = new SortedSet<int>();
        foreach (Match match in Year().Matches(text))
        {
            var year = int.Parse(match.ValueSpan, CultureInfo.InvariantCulture);
            if (year is >= EarliestYear and <= LatestYear)
            {
                years.Add(year);
            }
        }

        return years;
    }

    /// <summary>The year, among those mentioned (or near the latest), in which every weekday–date pair without a year falls right.</summary>
    private static int? YearFromWeekdays(string text, SortedSet<int> years)
    {
        var pairs = WeekdayDates(text).Where(pair => pair.Year is null).ToList();
        if (pairs.Count == 0 || years.Count == 0)
        {
            return null;
        }

        var candidates = Enumerable.Range(years.Max, CalendarRepeatYears).Concat(years.Reverse());
        foreach (var year in candidates)
        {
            if (pairs.All(pair => IsValidDay(year, pair.Month, pair.Day) && new DateOnly(year, pair.Month, pair.Day).DayOfWeek == pair.Weekday))
            {
                return year;
            }
        }

        return null;
    }

    private static DateValue? LatestWeekdayDate(string text, SortedSet<int> years)
    {
        DateOnly? latest = null;
        string? latestText = null;
        var inferredYear = YearFromWeekdays(text, years);
        foreach (var pair in WeekdayDates(text))
        {
            var year = pair.Year ?? inferredYear;
            if (year is not { } y || !IsValidDay(y, pair.Month, pair.Day))
            {
                continue;
            }

            var date = new DateOnly(y, pair.Month, pair.Day);
            if (date.DayOfWeek == pair.Weekday && (latest is null || date > latest))
            {
                latest = date;
                latestText = pair.Text;
            }
        }

        return latest is { } day ? DateValue.FromDay(day, latestText) : null;
    }

    private static IEnumerable<(DayOfWeek Weekday, int Month, int Day, int? Year, string Text)> WeekdayDates(string text)
    {
        foreach (Match match in WeekdayDate().Matches(text))
        {
            var monthName = match.Groups["m1"].Success ? match.Groups["m1"].Value : match.Groups["m2"].Value;
            var dayText = match.Groups["d1"].Success ? match.Groups["d1"].Value : match.Groups["d2"].Value;
            if (MonthNames.MonthNumber(monthName) is not { } month)
            {
                continue;
            }

            int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
            yield return (MonthNames.Weekday(match.Groups["wd"].Value), month, int.Parse(dayText, CultureInfo.InvariantCulture), year, match.Value);
        }
    }

    private static (int Month, int Day, int? Year)? ParseMonthDay(string dateText)
    {
        var match = MonthDay().Match(dateText);
        if (!match.Success)
        {
            return null;
        }

        var monthName = match.Groups["m1"].Success ? match.Groups["m1"].Value : match.Groups["m2"].Value;
        var dayText = match.Groups["d1"].Success ? match.Groups["d1"].Value : match.Groups["d2"].Value;
        if (MonthNames.MonthNumber(monthName) is not { } month)
        {
            return null;
        }

        int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        return (month, int.Parse(dayText, CultureInfo.InvariantCulture), year);
    }

    private static bool IsValidDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    [GeneratedRegex(@"(?<![\d,.])(?:19|20|21)\d{2}(?![\d,])")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?<wd>" + MonthNames.WeekdayPattern + @")\s*[,(]?\s*(?:the\s+)?(?:(?<m1>" + MonthNames.Pattern + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m2>" + MonthNames.Pattern + @"))(?:,?\s+(?<y>\d{4}))?\b")]
    private static partial Regex WeekdayDate();

    [GeneratedRegex(@"\b(?:(?<rel>today|yesterday|tomorrow)\s*[,(]\s*(?<wd>" + MonthNames.WeekdayPattern + @")|(?<wd>" + MonthNames.WeekdayPattern + @")\s*[,(]\s*(?<rel>today|yesterday|tomorrow)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeWeekday();

    [GeneratedRegex(@"\bon\s+(?<wd>" + MonthNames.WeekdayPattern + @")\b")]
    private static partial Regex LeadOnWeekday();

    [GeneratedRegex(@"^(?:(?<m1>" + MonthNames.Pattern + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?|(?<d2>\d{1,2})\s+(?<m2>" + MonthNames.Pattern + @"))(?:,?\s+(?<y>\d{4}))?")]
    private static partial Regex MonthDay();
}

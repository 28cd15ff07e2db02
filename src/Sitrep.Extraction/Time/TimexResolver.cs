using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core.Annotation;
using Sitrep.Core.Time;

namespace Sitrep.Extraction.Time;

/// <summary>
/// Turns a recognised TIMEX value into a calendar value anchored on the report's date: a bare weekday is the most recent
/// such day on or before the report (the next one in future-tense text), a day without a year is the latest such day not
/// after the report, ranges of years stay ranges, a ten-year range is a decade, lengths of time are durations.
/// </summary>
public static partial class TimexResolver
{
    /// <summary>Resolves one TIMEX; null when it is not a date or duration Sitrep records (clock times, repeating sets).</summary>
    public static (TimeKind Kind, DateValue? Value)? Resolve(string typeName, string timex, string text, DateOnly? anchor, bool future)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        ArgumentNullException.ThrowIfNull(timex);
        var type = typeName.StartsWith("datetimeV2.", StringComparison.Ordinal) ? typeName["datetimeV2.".Length..] : typeName;
        switch (type)
        {
            case "duration":
                return (TimeKind.Duration, new DateValue(timex, DateGranularity.Unknown, text));
            case "time" or "timerange" or "set":
                return null;
        }

        if (timex.StartsWith('(') && RangeTimex().Match(timex) is { Success: true } range)
        {
            return (TimeKind.Date, Range(range, text));
        }

        var datePart = timex.Split('T')[0];
        if (FullDay().IsMatch(datePart))
        {
            return (TimeKind.Date, new DateValue(datePart, DateGranularity.Day, text));
        }

        if (Weekday().Match(datePart) is { Success: true } weekday)
        {
            return anchor is { } day
                ? (TimeKind.Date, DateValue.FromDay(AnchorWeekday(day, (DayOfWeek)(int.Parse(weekday.Groups[1].Value, CultureInfo.InvariantCulture) % 7), future), text))
                : (TimeKind.Date, null);
        }

        if (MonthDay().Match(datePart) is { Success: true } monthDay)
        {
            var month = int.Parse(monthDay.Groups[1].Value, CultureInfo.InvariantCulture);
            var dayOfMonth = int.Parse(monthDay.Groups[2].Value, CultureInfo.InvariantCulture);
            return anchor is { } day && AnchorMonthDay(day, month, dayOfMonth, future) is { } date
                ? (TimeKind.Date, DateValue.FromDay(date, text))
                : (TimeKind.Date, null);
        }

        if (DayOnly().Match(datePart) is { Success: true } dayOnly)
        {
            var dayOfMonth = int.Parse(dayOnly.Groups[1].Value, CultureInfo.InvariantCulture);
            return anchor is { } day && AnchorDay(day, dayOfMonth, future) is { } date
                ? (TimeKind.Date, DateValue.FromDay(date, text))
                : (TimeKind.Date, null);
        }

        if (YearMonth().IsMatch(datePart))
        {
            return (TimeKind.Date, new DateValue(datePart, DateGranularity.Month, text));
        }

        if (MonthOnly().Match(datePart) is { Success: true } monthOnly)
        {
            if (anchor is not { } day)
            {
                return (TimeKind.Date, null);
            }

            var month = int.Parse(monthOnly.Groups[1].Value, CultureInfo.InvariantCulture);
            var year = future ? (month >= day.Month ? day.Year : day.Year + 1) : (month <= day.Month ? day.Year : day.Year - 1);
            return (TimeKind.Date, new DateValue(string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}"), DateGranularity.Month, text));
        }

        if (Week().IsMatch(datePart))
        {
            return (TimeKind.Date, new DateValue(datePart, DateGranularity.Week, text));
        }

        if (Season().Match(datePart) is { Success: true } season)
        {
            var year = season.Groups[1].Value;
            if (year == "XXXX")
            {
                if (anchor is not { } day)
                {
                    return (TimeKind.Date, null);
                }

                year = day.Year.ToString("0000", CultureInfo.InvariantCulture);
            }

            return (TimeKind.Date, new DateValue(year + "-" + season.Groups[2].Value, DateGranularity.Season, text));
        }

        if (YearOnly().IsMatch(datePart))
        {
            return (TimeKind.Date, new DateValue(datePart, DateGranularity.Year, text));
        }

        return null;
    }

    /// <summary>The weekday's date: on or before the anchor (past), or after it (future).</summary>
    public static DateOnly AnchorWeekday(DateOnly anchor, DayOfWeek weekday, bool future)
    {
        if (future)
        {
            var ahead = ((int)weekday - (int)anchor.DayOfWeek + 7) % 7;
            return anchor.AddDays(ahead == 0 ? 7 : ahead);
        }

        var back = ((int)anchor.DayOfWeek - (int)weekday + 7) % 7;
        return anchor.AddDays(-back);
    }

    /// <summary>A month and day without a year: the latest such date not after the anchor (a week's grace for announcements), or the next one in future text.</summary>
    public static DateOnly? AnchorMonthDay(DateOnly anchor, int month, int day, bool future)
    {
        foreach (var year in future ? [anchor.Year, anchor.Year + 1] : new[] { anchor.Year, anchor.Year - 1 })
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var date = new DateOnly(year, month, day);
            if (future ? date >= anchor : date <= anchor.AddDays(7))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>"on the 31st": the latest such day of a month on or before the anchor, or the next one in future text.</summary>
    public static DateOnly? AnchorDay(DateOnly anchor, int day, bool future)
    {
        var month = new DateOnly(anchor.Year, anchor.Month, 1);
        for (var step = 0; step < 3; step++)
        {
            var candidate = month.AddMonths(future ? step : -step);
            if (day >= 1 && day <= DateTime.DaysInMonth(candidate.Year, candidate.Month))
            {
                var date = new DateOnly(candidate.Year, candidate.Month, day);
                if (future ? date > anchor : date <= anchor)
                {
                    return date;
                }
            }
        }

        return null;
    }

    private static DateValue? Range(Match range, string text)
    {
        // The grammar can emit impossible dates (year 0000 from "0-1"); such a range dates nothing.
        if (!DateOnly.TryParseExact(range.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateOnly.TryParseExact(range.Groups[2].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return null;
        }

        var period = range.Groups[3].Value;
        if (period == "P10Y" && start.Year % 10 == 0 && start.DayOfYear == 1)
        {
            return new DateValue((start.Year / 10).ToString(CultureInfo.InvariantCulture), DateGranularity.Decade, text);
        }

        if (start.DayOfYear == 1 && end.DayOfYear == 1 && period.EndsWith('Y'))
        {
            // "from 1988 to 1994": the years as written; the TIMEX end is the first day after the range.
            var years = YearInText().Matches(text).Select(m => m.Value).ToList();
            var last = years.Count >= 2 ? years[^1] : end.AddYears(-1).Year.ToString(CultureInfo.InvariantCulture);
            return new DateValue(start.Year.ToString("0000", CultureInfo.InvariantCulture) + "/" + last, DateGranularity.Range, text);
        }

        return new DateValue(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + end.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DateGranularity.Range, text);
    }

    [GeneratedRegex(@"^\((\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2}),(P\w+)\)$")]
    private static partial Regex RangeTimex();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex FullDay();

    [GeneratedRegex(@"^XXXX-WXX-(\d)$")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^XXXX-(\d{2})-(\d{2})$")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^\d{4}-\d{2}$")]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"^XXXX-XX-(\d{2})$")]
    private static partial Regex DayOnly();

    [GeneratedRegex(@"^XXXX-(\d{2})$")]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"^\d{4}-W\d{2}$")]
    private static partial Regex Week();

    [GeneratedRegex(@"^(\d{4}|XXXX)-(SP|SU|FA|WI)$")]
    private static partial Regex Season();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex YearInText();
}

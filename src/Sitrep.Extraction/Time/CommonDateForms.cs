using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Extraction.Time;

/// <summary>A time expression found in a sentence, as a TIMEX value for <see cref="TimexResolver"/>.</summary>
internal readonly record struct FoundTime(int Start, int End, string TypeName, string Timex);

/// <summary>
/// The handful of date forms that make up most of the dates in news copy — weekdays, "yesterday", "September 27",
/// "27 September 2020", "April 2023", bare years, "last week" — read directly. Profiling showed the general grammar
/// costs about a millisecond per call whatever the text, more than the rest of the pipeline together; a stretch of
/// text whose cues these forms all explain skips it, and anything less plain (ranges, decades, "two days ago",
/// "earlier this month", durations) still goes to the grammar.
/// </summary>
internal static partial class CommonDateForms
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// The forms found in <paramref name="sentence"/> (relative ones need <paramref name="anchor"/> and are left out
    /// without it), and the spans these forms account for, which also cover ages ("a 37-year-old") and vague
    /// periods ("for years"): time words that date nothing.
    /// </summary>
    /// <remarks>Only matches that start inside one of <paramref name="windows"/> are sought: the rest of the sentence holds no cue.</remarks>
    public static (List<FoundTime> Found, List<(int Start, int End)> Explained) Find(string sentence, IReadOnlyList<CueWindow> windows, DateOnly? anchor)
    {
        var found = new List<FoundTime>();
        var explained = new List<(int Start, int End)>();
        foreach (var window in windows)
        {
            // The window is the regex's whole input: its lookbehinds see nothing before the window's first word.
            for (var match = Form().Match(sentence, window.Start, window.End - window.Start); match.Success; match = match.NextMatch())
            {
                explained.Add((match.Index, match.Index + match.Length));
                if (Read(match, anchor) is { } time)
                {
                    found.Add(time);
                }
            }
        }

        return (found, explained);
    }

    private static FoundTime? Read(Match match, DateOnly? anchor)
    {
        var (start, end) = (match.Index, match.Index + match.Length);
        if (match.Groups["nothing"].Success)
        {
            return null;
        }

        if (match.Groups["ago"].Success)
        {
            return anchor is { } day ? Ago(start, end, match.Groups["ago"].Value, match.Groups["unit"].Value, day) : null;
        }

        if (match.Groups["duration"].Success)
        {
            return Durations.Read(match.Value) is { } duration ? new FoundTime(start, end, "duration", duration) : null;
        }

        if (match.Groups["deictic"].Success)
        {
            if (anchor is not { } day)
            {
                return null;
            }

            var offset = match.Groups["deictic"].Value.ToLowerInvariant() switch
            {
                "yesterday" or "last night" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            return new FoundTime(start, end, "date", Day(day.AddDays(offset)));
        }

        if (match.Groups["lastweekday"].Success)
        {
            // "last Friday": the latest Friday before the report's day; "next Friday": the first one after it.
            if (anchor is not { } day)
            {
                return null;
            }

            var weekday = Enum.Parse<DayOfWeek>(match.Groups["weekday"].Value, ignoreCase: true);
            var next = match.Groups["lastweekday"].Value.Equals("next", StringComparison.OrdinalIgnoreCase);
            var date = TimexResolver.AnchorWeekday(next ? day : day.AddDays(-1), weekday, next);
            return new FoundTime(start, end, "date", Day(date));
        }

        if (match.Groups["weekday"].Success)
        {
            var weekday = (int)Enum.Parse<DayOfWeek>(match.Groups["weekday"].Value, ignoreCase: true);
            return new FoundTime(start, end, "date", "XXXX-WXX-" + (weekday == 0 ? 7 : weekday).ToString(CultureInfo.InvariantCulture));
        }

        if (match.Groups["relative"].Success)
        {
            return anchor is { } day ? Relative(start, end, match.Groups["relative"].Value, match.Groups["unit"].Value, day) : null;
        }

        if (match.Groups["decade"].Success)
        {
            var decade = int.Parse(match.Groups["decade"].Value[..4], CultureInfo.InvariantCulture);
            return new FoundTime(start, end, "daterange", string.Create(CultureInfo.InvariantCulture, $"({decade:0000}-01-01,{decade + 10:0000}-01-01,P10Y)"));
        }

        if (match.Groups["season"].Success)
        {
            var season = match.Groups["seasonname"].Value.ToLowerInvariant() switch
            {
                "spring" => "SP",
                "summer" => "SU",
                "winter" => "WI",
                _ => "FA",
            };
            return new FoundTime(start, end, "daterange", (match.Groups["syear"].Success ? match.Groups["syear"].Value : "XXXX") + "-" + season);
        }

        if (match.Groups["range"].Success)
        {
            // The grammar's form for a span of whole years: its end is the first day after the range.
            var from = int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture);
            var to = int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture);
            return to <= from ? null : new FoundTime(start, end, "daterange", string.Create(CultureInfo.InvariantCulture, $"({from:0000}-01-01,{to + 1:0000}-01-01,P{to + 1 - from}Y)"));
        }

        if (match.Groups["iso"].Success)
        {
            return DateOnly.TryParseExact(match.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? new FoundTime(start, end, "date", Day(day))
                : null;
        }

        if (match.Groups["month"].Success)
        {
            return MonthForm(match, start, end);
        }

        return new FoundTime(start, end, "daterange", match.Groups["year"].Value);
    }

    private static FoundTime? MonthForm(Match match, int start, int end)
    {
        var name = match.Groups["month"].Value;
        var month = Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;
        var year = match.Groups["myear"].Success ? match.Groups["myear"].Value : "XXXX";
        if (!match.Groups["mday"].Success)
        {
            return year == "XXXX" && !match.Groups["bare"].Success && name.Length <= 4
                ? null // "Jan", "Dec" alone are names as often as months
                : new FoundTime(start, end, "daterange", string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}"));
        }

        var dayOfMonth = int.Parse(match.Groups["mday"].Value, CultureInfo.InvariantCulture);
        var maxDay = DateTime.DaysInMonth(year == "XXXX" ? 2000 : int.Parse(year, CultureInfo.InvariantCulture), month);
        return dayOfMonth is < 1 || dayOfMonth > maxDay
            ? null
            : new FoundTime(start, end, "date", string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}-{dayOfMonth:00}"));
    }

    private static FoundTime Relative(int start, int end, string which, string unit, DateOnly anchor)
    {
        var step = which.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
        var timex = unit.ToLowerInvariant() switch
        {
            "week" => IsoWeek(anchor.AddDays(7 * step)),
            "month" => string.Create(CultureInfo.InvariantCulture, $"{anchor.AddMonths(step):yyyy-MM}"),
            _ => (anchor.Year + step).ToString("0000", CultureInfo.InvariantCulture),
        };
        return new FoundTime(start, end, "daterange", timex);
    }

    private static FoundTime? Ago(int start, int end, string phrase, string unit, DateOnly anchor)
    {
        if (Durations.Read(phrase[..phrase.LastIndexOf(' ')]) is not { } length || !int.TryParse(length.AsSpan(1, length.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return null;
        }

        return unit.ToLowerInvariant() switch
        {
            "day" => new FoundTime(start, end, "date", Day(anchor.AddDays(-count))),
            "week" => new FoundTime(start, end, "daterange", IsoWeek(anchor.AddDays(-7 * count))),
            "month" => new FoundTime(start, end, "daterange", string.Create(CultureInfo.InvariantCulture, $"{anchor.AddMonths(-count):yyyy-MM}")),
            _ => new FoundTime(start, end, "daterange", (anchor.Year - count).ToString("0000", CultureInfo.InvariantCulture)),
        };
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string IsoWeek(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date):0000}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    // One alternation, first match wins at each position. Month and weekday names count only capitalised ("may",
    // "march"); a weekday or month after "last", "next", "early"… is left to the grammar (its cue stays unexplained),
    // as is a year inside a range ("from 1988 to 1994") or before a plural noun ("1990 troops": a count).
    [GeneratedRegex("""
        (?<![\w-])(?:
          (?<nothing>(?:\d+|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty))\ ?-?\ ?(?i:year|month|week|day)s?\ ?-\ ?old(?:s|er)?\b
                    | (?i:for|in|over)\ (?:(?i:several|many|the\ past|recent)\ )?(?i:decades|years|months|weeks)\b
                    | (?i:every|each|per|the\ (?:previous|next|same|following))\ (?i:day|night|week|month|year)\b
                    | (?:(?i:a)\ )?(?i:few|couple\ of|several|many)\ (?i:hours|days|nights|weeks|months|years|decades)\b
                    | (?:\d+|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty))[\ -](?i:hour|day|week|month|year|decade)s?\ (?i:later|earlier|after|before|prior)\b
                    | (?i:that|the\ whole|the\ last|the\ first)\ (?i:day|night|week|month|year)\b
                    | (?<=/\ ?)(?:19|20)\d\d(?=\ ?/)
                    | (?i:weekend))
        | (?<ago>(?:\d+|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty))\ (?<unit>day|week|month|year)s?\ ago)\b
        | (?<duration>(?<!(?i:past|last|next|coming|previous|following)\ )(?:(?i:the\ )(?i:past|last|previous)\ (?:(?:\d+|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty))(?:\ ?-\ ?|\ ))?|(?:\d+|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty))(?:\ ?-\ ?|\ ))(?i:hour|day|week|month|year|decade)s?\b(?!\ ?-?\ ?(?:ago|later|earlier|before|after|period|old)\b))
        |           (?<deictic>(?i:yesterday|today|tomorrow|tonight|last\ night))(?:,\ (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\ (?:morning|afternoon|evening|night)\b)?
        | (?<deictic>(?i:this\ (?:morning|afternoon|evening)))
        | (?:(?i:earlier|later)\ (?=(?i:this)))?(?<relative>(?i:last|next|this))\ (?<unit>week|month|year)\b
        | (?<lastweekday>(?i:last|next))\ (?<weekday>(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b
        | (?<!(?:last|next|this|coming|following|previous|past|every|each)\ )
          (?:(?i:this)\ )?(?<weekday>(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:\ (?:morning|afternoon|evening|night))?\b(?!,?\ (?:\d|January|February|March|April|May|June|July|August|September|October|November|December))
        | (?<iso>\d{4}-\d\d-\d\d)\b
        | (?<range>(?i:from|between)\ (?<from>(?:19|20)\d\d)\ (?:to|until|till|and|-|–)\ (?<to>(?:19|20)\d\d))\b
        | (?<!(?:last|next|this|early|mid|late|end\ of|beginning\ of|every|each)[\s-])
          (?:(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\ )?
          (?:
            (?<month>(?i:January|February|April|June|July|August|September|October|November|December|Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)|March|MARCH|Mar|MAR|May|MAY)\.?\ (?<mday>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\ (?<myear>(?:19|20)\d\d))?(?![\d:.,]\d|\ ?(?:a\.?m|p\.?m|GMT|UTC)\b)
          | (?<mday>[0-3]?\d)(?:st|nd|rd|th)?\ (?:of\ )?(?<month>(?i:January|February|April|June|July|August|September|October|November|December|Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)|March|MARCH|Mar|MAR|May|MAY)\.?(?:,?\ (?<myear>(?:19|20)\d\d))?
          | (?<month>(?i:January|February|April|June|July|August|September|October|November|December|Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)|March|MARCH|Mar|MAR|May|MAY)\.?,?\ (?<myear>(?:19|20)\d\d)
          | (?<bare>(?<month>(?i:January|February|April|June|July|August|September|October|November|December)))
          | (?<=\b(?i:in|since|until|by|of|during|before|after|and)\ )(?<bare>(?<month>May|March))
          )\b(?![-–]\d)
        | (?<decade>(?<!\d)(?:19|20)\d0'?s)\b
        | (?<season>(?<seasonname>(?i:summer|autumn|winter)|Fall|Spring|(?<=(?i:the|this|last|next)\ )(?i:fall|spring)|(?i:fall|spring)(?=,?\ (?:of\ )?(?:19|20)\d\d))(?:,?\ (?:of\ )?(?<syear>(?:19|20)\d\d))?)\b
        | (?<!(?i:from|between)\ |[\d/.-]\ ?|-|(?:19|20)\d\d\ (?:to|until|till)\ )(?<year>(?:19|20)\d\d)\b(?!s|[-–/.,]?\d|\ ?(?:-|–|to)\ ?(?:19|20)\d\d|\ [a-z]+s\b)
        )
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Form();
}

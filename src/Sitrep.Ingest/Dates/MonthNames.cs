namespace Sitrep.Ingest.Dates;

/// <summary>English month and weekday names as news copy abbreviates them.</summary>
internal static class MonthNames
{
    /// <summary>Regex alternation matching a month name or its abbreviation (Sept., Oct).</summary>
    public const string Pattern = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    public const string WeekdayPattern = @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    public static int? MonthNumber(string name)
    {
        if (name.Length < 3)
        {
            return null;
        }

        return name[..3].ToLowerInvariant() switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => null,
        };
    }

    public static DayOfWeek Weekday(string name) => Enum.Parse<DayOfWeek>(name, ignoreCase: true);
}

using System.Collections.Frozen;

namespace Sitrep.Extraction.Events;

/// <summary>Words of the calendar, lower case: the days that stand between an act and its participants ("talks on Thursday
/// between X and Y"), and the names of months, seasons and feasts that are capitalised but name no place ("in March").</summary>
internal static class CalendarWords
{
    private static readonly FrozenSet<string> Weekdays =
        FrozenSet.ToFrozenSet(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Names = FrozenSet.ToFrozenSet(
        [.. Weekdays, "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         "spring", "summer", "autumn", "fall", "winter", "ramadan", "christmas", "easter"],
        StringComparer.Ordinal);

    public static bool IsWeekday(string word) => Weekdays.Contains(word);

    /// <summary>A weekday, or a day named from the report's own ("yesterday", "today").</summary>
    public static bool IsDay(string word) => Weekdays.Contains(word) || word is "yesterday" or "today";

    /// <summary>A weekday, month, season or feast ("in March", "since Ramadan").</summary>
    public static bool IsCalendarName(string word) => Names.Contains(word);
}

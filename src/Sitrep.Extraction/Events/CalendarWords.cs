using System.Collections.Frozen;

namespace Sitrep.Extraction.Events;

/// <summary>The day words that stand between an act and its participants ("talks on Thursday between X and Y"), lower case.</summary>
internal static class CalendarWords
{
    private static readonly FrozenSet<string> Weekdays =
        FrozenSet.ToFrozenSet(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], StringComparer.Ordinal);

    public static bool IsWeekday(string word) => Weekdays.Contains(word);

    /// <summary>A weekday, or a day named from the report's own ("yesterday", "today").</summary>
    public static bool IsDay(string word) => Weekdays.Contains(word) || word is "yesterday" or "today";
}

using System.Globalization;

namespace Sitrep.Knowledge.Loading;

/// <summary>Reads knowledge-base dates written as YYYY-MM-DD, YYYY-MM or YYYY (the first day of the period).</summary>
internal static class KbDates
{
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
    }
}

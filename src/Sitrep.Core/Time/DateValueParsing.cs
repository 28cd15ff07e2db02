using System.Globalization;

namespace Sitrep.Core.Time;

/// <summary>Reads calendar bounds back out of a normalised <see cref="DateValue"/>.</summary>
public static class DateValueParsing
{
    public static DateOnly? FirstDay(DateValue value)
    {
        var text = value.Value;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            text = text[..slash];
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year > 0)
        {
            return new DateOnly(year, 1, 1);
        }

        if (text.Length == 3 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var decade) && decade > 0)
        {
            return new DateOnly(decade * 10, 1, 1);
        }

        return null;
    }
}

namespace Sitrep.Core.Time;

/// <summary>How precise a normalised date is; the names match the export schema.</summary>
public enum DateGranularity
{
    Day,
    Week,
    Month,
    Season,
    Year,
    Decade,
    Range,
    Unknown,
}

/// <summary>A normalised time: an ISO 8601 value at a stated granularity, and the words it was read from.</summary>
public sealed record DateValue(string Value, DateGranularity Granularity, string? Text = null)
{
    public static DateValue FromDay(DateOnly day, string? text = null) =>
        new(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DateGranularity.Day, text);

    /// <summary>The first calendar day the value covers, when it can be computed.</summary>
    public DateOnly? FirstDay => DateValueParsing.FirstDay(this);

    public override string ToString() => $"{Value} ({Granularity.ToString().ToLowerInvariant()})";
}

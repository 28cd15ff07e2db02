using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Annotation;

/// <summary>What a time expression denotes: a point or period on the calendar, a length of time, or a vague period.</summary>
public enum TimeKind : byte
{
    Date,
    Duration,
    Vague,
}

/// <summary>A time expression and its normalised value, resolved against the document's date.</summary>
/// <param name="Value">The calendar value (dates), the ISO 8601 duration (durations, granularity unknown), or null when vague or unresolvable.</param>
public readonly record struct TimeExpression(int Start, int End, TimeKind Kind, DateValue? Value)
{
    public TextSpan Span => new(Start, End);
}

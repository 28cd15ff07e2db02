using Sitrep.Core.Text;

namespace Sitrep.Ingest;

/// <summary>Recognises a headline on the first line of a text: short, no final full stop, with body text after it.</summary>
public static class HeadlineDetector
{
    private const int MaxHeadlineLength = 200;

    public static TextSpan? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        if (end <= 0 || end > MaxHeadlineLength || end + 1 >= text.Length)
        {
            return null;
        }

        var line = text.AsSpan(0, end).TrimEnd();
        if (line.Length == 0 || line[^1] is '.' or ',' or ';' or ':')
        {
            return null;
        }

        // A wire dateline line ("KYIV, April 8 (Sitrep Wire) -") opens the body; it is not a headline.
        return Dates.DatelineParser.Find(text, 0) is { } dateline && dateline.Span.End <= end + 1 ? null : new TextSpan(0, line.Length);
    }
}

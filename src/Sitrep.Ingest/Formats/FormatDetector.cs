namespace Sitrep.Ingest.Formats;

/// <summary>Chooses the reader for a file by its extension, or for standard input by its first characters.</summary>
public static class FormatDetector
{
    public static InputFormat? FromExtension(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".txt" or ".text" => InputFormat.Text,
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".jsonl" or ".ndjson" => InputFormat.JsonLines,
            ".json" => InputFormat.Json,
            ".xml" or ".rss" or ".atom" => InputFormat.Feed,
            _ => null,
        };

    public static InputFormat Sniff(ReadOnlySpan<char> head)
    {
        var trimmed = head.TrimStart();
        if (trimmed.IsEmpty)
        {
            return InputFormat.Text;
        }

        if (trimmed[0] == '{')
        {
            return InputFormat.JsonLines;
        }

        if (trimmed[0] == '[')
        {
            return InputFormat.Json;
        }

        if (trimmed[0] == '<')
        {
            return trimmed.Contains("<rss", StringComparison.OrdinalIgnoreCase) || trimmed.Contains("<feed", StringComparison.OrdinalIgnoreCase)
                ? InputFormat.Feed
                : InputFormat.Html;
        }

        return InputFormat.Text;
    }
}

using System.Text;
using System.Text.Json;

namespace Sitrep.Ingest.Formats;

/// <summary>Reads JSON Lines (one article object per line), streaming, so a file of any size is read line by line.</summary>
/// <remarks>A malformed or oversized line is skipped with its line number; the other lines are still read.</remarks>
public sealed class JsonLinesReader(IngestLimits limits) : IFormatReader
{
    public InputFormat Format => InputFormat.JsonLines;

    public IEnumerable<IngestItem> Read(SourceFile file, CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            stream = file.Open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new SkippedInput(file.Origin, "cannot read: " + e.Message)];
        }

        return ReadLines(file, stream, cancellationToken);
    }

    private IEnumerable<IngestItem> ReadLines(SourceFile file, Stream stream, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var lineNumber = 0L;
        var anyLine = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (line, tooLong, failure) = ReadLine(reader);
            if (failure is not null)
            {
                yield return new SkippedInput(file.Origin, failure);
                yield break;
            }

            if (line is null && !tooLong)
            {
                break;
            }

            lineNumber++;
            var origin = JsonArticleFields.ItemOrigin(file.Origin, "line", lineNumber);
            if (tooLong)
            {
                anyLine = true;
                yield return new SkippedInput(origin, $"line longer than {limits.MaxLineChars:N0} characters");
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            anyLine = true;
            yield return ParseLine(line, origin, file);
        }

        if (!anyLine)
        {
            yield return new SkippedInput(file.Origin, "empty file");
        }
    }

    private static IngestItem ParseLine(string line, string origin, SourceFile file)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var (text, metadata, failure) = JsonArticleFields.Read(json.RootElement, origin);
            return text is null
                ? new SkippedInput(origin, failure!)
                : new RawDocument(origin, text, MetadataMerge.Apply(metadata, file.Sidecar), []);
        }
        catch (JsonException e)
        {
            return new SkippedInput(origin, "invalid JSON: " + e.Message);
        }
    }

    /// <summary>Reads one line without ever holding more than the line limit in memory.</summary>
    private (string? Line, bool TooLong, string? Failure) ReadLine(StreamReader reader)
    {
        var builder = new StringBuilder();
        var tooLong = false;
        try
        {
            while (true)
            {
                var c = reader.Read();
                if (c < 0)
                {
                    return builder.Length == 0 && !tooLong ? (null, false, null) : (tooLong ? null : builder.ToString(), tooLong, null);
                }

                if (c == '\n')
                {
                    return (tooLong ? null : builder.ToString(), tooLong, null);
                }

                if (tooLong)
                {
                    continue;
                }

                if (builder.Length >= limits.MaxLineChars)
                {
                    tooLong = true;
                    builder.Clear();
                    continue;
                }

                builder.Append((char)c);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, false, "cannot read: " + e.Message);
        }
    }
}

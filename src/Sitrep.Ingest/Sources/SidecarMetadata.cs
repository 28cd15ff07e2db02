using System.Text.Json;
using Sitrep.Core.Documents;
using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Sources;

/// <summary>A directory's <c>metadata.jsonl</c>: per-file title, outlet, address and publication date.</summary>
/// <remarks>Each line names a file relative to the directory: {"file": "a.txt", "published": "2020-11-01", "source": …, "url": …, "title": …}.</remarks>
public sealed class SidecarMetadata
{
    public const string FileName = "metadata.jsonl";

    private readonly Dictionary<string, DocumentMetadata> _byFile;

    private SidecarMetadata(Dictionary<string, DocumentMetadata> byFile, IReadOnlyList<SkippedInput> problems)
    {
        _byFile = byFile;
        Problems = problems;
    }

    /// <summary>Sidecar lines that could not be used, with reasons.</summary>
    public IReadOnlyList<SkippedInput> Problems { get; }

    public DocumentMetadata? For(string directory, string path)
    {
        var relative = Path.GetRelativePath(directory, path).Replace('\\', '/');
        return _byFile.GetValueOrDefault(relative);
    }

    public static SidecarMetadata Load(string path)
    {
        var byFile = new Dictionary<string, DocumentMetadata>(StringComparer.Ordinal);
        var problems = new List<SkippedInput>();
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SidecarMetadata(byFile, [new SkippedInput(path, "cannot read sidecar metadata: " + e.Message)]);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var origin = $"{path}#line{i + 1}";
            try
            {
                using var json = JsonDocument.Parse(lines[i]);
                var entry = json.RootElement;
                if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("file", out var file) || file.ValueKind != JsonValueKind.String)
                {
                    problems.Add(new SkippedInput(origin, "sidecar line has no \"file\" field"));
                    continue;
                }

                var published = Field(entry, "published");
                var date = PublishedDateParser.Parse(published);
                if (published is not null && date is null)
                {
                    problems.Add(new SkippedInput(origin, $"unreadable published date '{published}' (ignored)"));
                }

                byFile[file.GetString()!.Replace('\\', '/')] = new DocumentMetadata
                {
                    Title = Field(entry, "title"),
                    Source = Field(entry, "source"),
                    Url = Field(entry, "url"),
                    ExternalId = Field(entry, "id"),
                    Published = date,
                };
            }
            catch (JsonException e)
            {
                problems.Add(new SkippedInput(origin, "invalid JSON in sidecar metadata: " + e.Message));
            }
        }

        return new SidecarMetadata(byFile, problems);
    }

    private static string? Field(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}

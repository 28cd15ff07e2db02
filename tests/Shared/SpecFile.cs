using System.Text.Json;

namespace Sitrep.Tests.Shared;

/// <summary>Reads JSON Lines spec files (one case per line, each with an "id") for xUnit theories.</summary>
internal static class SpecFile
{
    /// <summary>Every case under tests/specs/<paramref name="folder"/>, keyed by id.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Load(string folder)
    {
        var cases = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Specs, folder), "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var element = JsonDocument.Parse(line).RootElement.Clone();
                var id = element.GetProperty("id").GetString()
                    ?? throw new InvalidDataException($"{file}:{lineNumber}: case without an id");
                if (!cases.TryAdd(id, element))
                {
                    throw new InvalidDataException($"{file}:{lineNumber}: duplicate case id '{id}'");
                }
            }
        }

        return cases;
    }

    public static TheoryData<string> Ids(IReadOnlyDictionary<string, JsonElement> cases) => new(cases.Keys);

    public static string[] Strings(JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(item => item.GetString() ?? string.Empty)];
}

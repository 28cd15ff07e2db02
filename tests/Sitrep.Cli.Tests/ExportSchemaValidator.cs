using System.Text.Json;
using Json.Schema;
using Sitrep.Tests.Shared;

namespace Sitrep.Cli.Tests;

/// <summary>Validates export lines against ../shared/schema/sitrep-export.schema.json, reporting the errors of the branch for the line's kind.</summary>
internal static class ExportSchemaValidator
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(RepositoryPaths.Shared!, "schema", "sitrep-export.schema.json")));

    public static void AssertValid(string line)
    {
        using var json = JsonDocument.Parse(line);
        var result = Schema.Value.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return;
        }

        var kind = json.RootElement.TryGetProperty("kind", out var k) ? k.GetString() : "?";
        var errors = (result.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 } && detail.EvaluationPath.ToString().Contains("/" + kind, StringComparison.Ordinal))
            .SelectMany(detail => detail.Errors!.Select(e => $"{detail.InstanceLocation}: {e.Value}"));
        Assert.Fail($"{kind} line does not follow the export schema: {string.Join("; ", errors)}\n{line[..Math.Min(line.Length, 300)]}");
    }
}

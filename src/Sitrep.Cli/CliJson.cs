using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Cli;

/// <summary>JSON settings for <c>--json</c> output: readable, non-ASCII kept as is.</summary>
public static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

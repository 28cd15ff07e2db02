using System.CommandLine;

namespace Sitrep.Cli;

/// <summary>The <c>--json</c> switch: machine-readable output for scripts.</summary>
public static class JsonOption
{
    public static Option<bool> Create() => new("--json") { Description = "Write JSON instead of a table, for scripts." };
}

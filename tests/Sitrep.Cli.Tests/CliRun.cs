using System.Text;

namespace Sitrep.Cli.Tests;

/// <summary>Runs the <c>sitrep</c> command line in-process against a given database, capturing what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Invoke(string database, params string[] args) => InvokeWithInput(database, [], args);

    public static CliRun InvokeWithInput(string database, byte[] standardInput, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var io = new CliIo(output, error, () => new MemoryStream(standardInput), interactive: false);
        var exitCode = SitrepCli.Run([.. args, "--db", database], io);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}

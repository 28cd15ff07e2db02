using System.CommandLine;
using Sitrep.Cli.Commands;

namespace Sitrep.Cli;

/// <summary>The <c>sitrep</c> command line: ingest reports, list and show them, report and export.</summary>
public static class SitrepCli
{
    public static int Run(string[] args, CliIo io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var root = new RootCommand("Sitrep turns news reports into a sourced record of who did what to whom, where, when and at what human cost.");
        root.Options.Add(StoreOption.Db);
        root.Subcommands.Add(IngestCommand.Create(io));
        root.Subcommands.Add(DocsCommand.Create(io));
        root.Subcommands.Add(ShowCommand.Create(io));
        root.Subcommands.Add(ReportCommand.Create(io));
        root.Subcommands.Add(ExportCommand.Create(io));
        var configuration = new InvocationConfiguration { Output = io.Output, Error = io.Error };
        return root.Parse(args).Invoke(configuration);
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Extraction.Pipeline;
using Sitrep.Ingest;
using Sitrep.Services.Ingestion;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep ingest PATH…</c>: reads reports into the store and prints what happened.</summary>
public static class IngestCommand
{
    private const int SkipLinesShown = 20;

    public static Command Create(CliIo io)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or directories to read (recursively), or - for standard input. Formats: .txt, .html, .jsonl, .json, RSS/Atom .xml; a metadata.jsonl beside the files supplies their dates and sources.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = JsonOption.Create();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors." };
        var command = new Command("ingest", "Read news reports into the store: normalise, annotate, detect duplicates, save.") { paths, json, quiet };
        command.SetAction(parse => StoreOption.Guard(io, () =>
        {
            using var store = StoreOption.Open(parse);
            var service = new IngestService(store, StandardPipeline.Create(), new DocumentReader());
            var inputs = parse.GetValue(paths)!;
            var summary = io.Interactive && !parse.GetValue(quiet) && !parse.GetValue(json)
                ? RunWithProgress(io, service, inputs)
                : service.Run(inputs, io.OpenStandardInput);
            if (parse.GetValue(json))
            {
                WriteJson(io, summary, store.Location);
            }
            else if (!parse.GetValue(quiet))
            {
                WriteSummary(io, summary, store.Location);
            }

            // Nothing read at all while something was skipped means the inputs were unusable.
            return summary.Read == 0 && summary.Skipped.Count > 0 ? 1 : 0;
        }));
        return command;
    }

    private static IngestSummary RunWithProgress(CliIo io, IngestService service, string[] inputs)
    {
        IngestSummary? summary = null;
        io.ErrorConsole.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Ingesting", autoStart: true).IsIndeterminate();
                var progress = new Progress<IngestProgress>(p =>
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"Ingesting: {p.Read:N0} read, {p.Ingested:N0} new, {p.Skipped:N0} skipped"));
                summary = service.Run(inputs, io.OpenStandardInput, progress);
                task.StopTask();
            });
        return summary!;
    }

    private static void WriteSummary(CliIo io, IngestSummary summary, string location)
    {
        var console = io.Console;
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("documents read", summary.Read.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("new documents stored", summary.Ingested.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("  of which near-duplicates", summary.NearDuplicates.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("already stored (unchanged)", summary.AlreadyStored.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("skipped", summary.Skipped.Count.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("time", string.Create(CultureInfo.InvariantCulture, $"{summary.Elapsed.TotalSeconds:0.00} s ({summary.DocumentsPerSecond:N0} documents/s)"));
        console.Write(table);
        console.MarkupLine($"store: [grey]{Markup.Escape(location)}[/]");
        WriteList(console, "Skipped", summary.Skipped);
        WriteList(console, "Notes", summary.Notes);
    }

    private static void WriteList(IAnsiConsole console, string heading, IReadOnlyList<(string Origin, string Text)> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        console.MarkupLine($"[bold]{heading}[/]:");
        foreach (var (origin, text) in items.Take(SkipLinesShown))
        {
            console.MarkupLine($"  [yellow]{Markup.Escape(origin)}[/]: {Markup.Escape(text)}");
        }

        if (items.Count > SkipLinesShown)
        {
            console.MarkupLine($"  … and {items.Count - SkipLinesShown:N0} more (use --json for the full list)");
        }
    }

    private static void WriteJson(CliIo io, IngestSummary summary, string location)
    {
        var payload = new
        {
            store = location,
            read = summary.Read,
            ingested = summary.Ingested,
            near_duplicates = summary.NearDuplicates,
            already_stored = summary.AlreadyStored,
            skipped = summary.Skipped.Select(s => new { origin = s.Origin, reason = s.Reason }),
            notes = summary.Notes.Select(n => new { origin = n.Origin, note = n.Note }),
            characters = summary.Characters,
            seconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
        };
        io.Output.WriteLine(JsonSerializer.Serialize(payload, CliJson.Options));
    }
}

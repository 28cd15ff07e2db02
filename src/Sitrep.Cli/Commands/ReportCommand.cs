using System.CommandLine;
using System.Text.Json;
using Sitrep.Services.Reporting;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep report</c>: a readable situation report of what the store holds.</summary>
public static class ReportCommand
{
    public static Command Create(CliIo io)
    {
        var json = JsonOption.Create();
        var command = new Command("report", "Print a situation report: coverage, sources, a dated timeline of reports, who is named most and the kinds of event reported.") { json };
        command.SetAction(parse => StoreOption.Guard(io, () =>
        {
            using var store = StoreOption.Open(parse);
            var report = SituationReportBuilder.Build(store);
            if (parse.GetValue(json))
            {
                io.Output.WriteLine(JsonSerializer.Serialize(ToJson(report), CliJson.Options));
            }
            else
            {
                Render(io.Console, report, store.Location);
            }

            return 0;
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, SituationReport report, string location)
    {
        console.Write(new Rule("[bold]SITREP — situation report[/]").LeftJustified());
        if (report.Documents == 0)
        {
            console.MarkupLine($"The store at [grey]{Markup.Escape(location)}[/] is empty. Add reports with [bold]sitrep ingest PATH[/].");
            return;
        }

        var period = report.FirstPublished is null ? "no dated reports" : $"{report.FirstPublished} → {report.LastPublished}";
        console.MarkupLine($"[bold]{report.Documents}[/] reports from [bold]{report.Sources.Count}[/] sources, {Markup.Escape(period)}");
        console.MarkupLine($"[grey]{report.NearDuplicates} near-duplicate copies · {report.Undated} undated · dates from {Markup.Escape(string.Join(", ", report.DateOrigins.Select(o => $"{o.Origin.ToString().ToLowerInvariant()} {o.Documents}")))}[/]");
        console.WriteLine();

        var timeline = new Table().Border(TableBorder.Simple).Title("[bold]Timeline of reports[/]")
            .AddColumn("published").AddColumn("source").AddColumn("headline").AddColumn("id");
        foreach (var stored in report.Timeline)
        {
            var metadata = stored.Document.Metadata;
            var headline = DocsCommand.Truncate(metadata.Title ?? DocsCommand.FirstLine(stored.Document.Text), 90);
            timeline.AddRow(
                Markup.Escape(Dates.Describe(metadata.Published, metadata.PublishedOrigin)),
                Markup.Escape(metadata.Source ?? "—"),
                stored.DuplicateOf is null ? Markup.Escape(headline) : $"[grey]{Markup.Escape(headline)} (copy of {stored.DuplicateOf})[/]",
                $"[grey]{stored.Document.Id[..10]}[/]");
        }

        console.Write(timeline);
        if (report.TopEntities.Count > 0)
        {
            var entities = new Table().Border(TableBorder.Simple).Title("[bold]Who and where: most mentioned[/]")
                .AddColumn("entity").AddColumn("type").AddColumn(new TableColumn("mentions").RightAligned()).AddColumn(new TableColumn("reports").RightAligned()).AddColumn("id");
            foreach (var (entity, mentions, documents) in report.TopEntities)
            {
                entities.AddRow(
                    Markup.Escape(entity.Name),
                    entity.Type.ToString().ToLowerInvariant() + (entity.InKnowledgeBase ? string.Empty : " (new)"),
                    mentions.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    documents.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"[grey]{Markup.Escape(entity.Id)}[/]");
            }

            console.Write(entities);
        }

        if (report.EventTypes.Count > 0)
        {
            var events = new Table().Border(TableBorder.Simple).Title("[bold]What happened: events by PLOVER type[/]")
                .AddColumn("type").AddColumn(new TableColumn("events").RightAligned()).AddColumn(new TableColumn("reports").RightAligned()).AddColumn(new TableColumn("denied").RightAligned());
            foreach (var type in report.EventTypes)
            {
                events.AddRow(
                    type.Type.ToString().ToUpperInvariant(),
                    type.Events.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    type.Documents.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    type.Denied.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Write(events);
        }

        var sources = new Table().Border(TableBorder.Simple).Title("[bold]Sources[/]").AddColumn("source").AddColumn(new TableColumn("reports").RightAligned());
        foreach (var (source, count) in report.Sources)
        {
            sources.AddRow(Markup.Escape(source), count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(sources);
        console.MarkupLine($"[grey]store: {Markup.Escape(location)} · details: sitrep show ID · export: sitrep export --format jsonl[/]");
    }

    private static object ToJson(SituationReport report) => new
    {
        documents = report.Documents,
        near_duplicates = report.NearDuplicates,
        undated = report.Undated,
        first_published = report.FirstPublished,
        last_published = report.LastPublished,
        sources = report.Sources.Select(s => new { source = s.Source, documents = s.Documents }),
        date_origins = report.DateOrigins.Select(o => new { origin = o.Origin.ToString().ToLowerInvariant(), documents = o.Documents }),
        timeline = report.Timeline.Select(d => new
        {
            id = d.Document.Id,
            published = d.Document.Metadata.Published?.Value,
            published_origin = d.Document.Metadata.PublishedOrigin.ToString().ToLowerInvariant(),
            source = d.Document.Metadata.Source,
            title = d.Document.Metadata.Title,
            duplicate_of = d.DuplicateOf,
        }),
        entities = report.TopEntities.Select(e => new { id = e.Entity.Id, name = e.Entity.Name, type = e.Entity.Type.ToString().ToUpperInvariant(), mentions = e.Mentions, documents = e.Documents }),
        event_types = report.EventTypes.Select(t => new { type = t.Type.ToString().ToUpperInvariant(), events = t.Events, documents = t.Documents, denied = t.Denied }),
    };
}

using System.CommandLine;
using System.Text.Json;
using Sitrep.Core.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep docs</c>: lists stored documents with their dates and sources.</summary>
public static class DocsCommand
{
    public static Command Create(CliIo io)
    {
        var json = JsonOption.Create();
        var from = new Option<string?>("--from") { Description = "Only documents published on or after this date (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Only documents published on or before this date (YYYY-MM-DD)." };
        var search = new Option<string?>("--search", "-s") { Description = "Only documents matching these words (full-text search)." };
        var limit = new Option<int?>("--limit", "-n") { Description = "At most this many documents." };
        var originals = new Option<bool>("--no-duplicates") { Description = "Leave out near-duplicate copies." };
        var command = new Command("docs", "List the stored documents.") { json, from, to, search, limit, originals };
        command.SetAction(parse => StoreOption.Guard(io, () =>
        {
            using var store = StoreOption.Open(parse);
            var query = new DocumentQuery
            {
                PublishedFrom = parse.GetValue(from),
                PublishedTo = parse.GetValue(to),
                Search = parse.GetValue(search),
                Limit = parse.GetValue(limit),
                IncludeDuplicates = !parse.GetValue(originals),
            };
            var documents = store.ListDocuments(query).ToList();
            if (parse.GetValue(json))
            {
                io.Output.WriteLine(JsonSerializer.Serialize(documents.Select(DocumentSummary), CliJson.Options));
                return 0;
            }

            WriteTable(io, documents);
            return 0;
        }));
        return command;
    }

    private static object DocumentSummary(StoredDocument stored)
    {
        var metadata = stored.Document.Metadata;
        return new
        {
            id = stored.Document.Id,
            published = metadata.Published?.Value,
            published_origin = metadata.PublishedOrigin.ToString().ToLowerInvariant(),
            source = metadata.Source,
            title = metadata.Title,
            url = metadata.Url,
            source_path = metadata.SourcePath,
            duplicate_of = stored.DuplicateOf,
        };
    }

    private static void WriteTable(CliIo io, List<StoredDocument> documents)
    {
        if (documents.Count == 0)
        {
            io.Console.MarkupLine("No documents. Add some with [bold]sitrep ingest PATH[/].");
            return;
        }

        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("id").AddColumn("published").AddColumn("source").AddColumn("title").AddColumn("duplicate of");
        foreach (var stored in documents)
        {
            var metadata = stored.Document.Metadata;
            table.AddRow(
                stored.Document.Id,
                Markup.Escape(Dates.Describe(metadata.Published, metadata.PublishedOrigin)),
                Markup.Escape(metadata.Source ?? "—"),
                Markup.Escape(Truncate(metadata.Title ?? FirstLine(stored.Document.Text), 60)),
                stored.DuplicateOf ?? string.Empty);
        }

        io.Console.Write(table);
        io.Console.MarkupLine($"{documents.Count} document(s)");
    }

    internal static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    internal static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }
}

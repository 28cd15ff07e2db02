using System.CommandLine;
using System.Text.Json;
using Sitrep.Core.Annotation;
using Sitrep.Core.Storage;
using Sitrep.Services.Ingestion;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep show DOC</c>: one document's metadata and text, sentence by sentence, with its layers.</summary>
public static class ShowCommand
{
    public static Command Create(CliIo io)
    {
        var id = new Argument<string>("document") { Description = "Document id, or a unique prefix of it." };
        var json = JsonOption.Create();
        var command = new Command("show", "Show one document with its annotation layers.") { id, json };
        command.SetAction(parse => StoreOption.Guard(io, () =>
        {
            using var store = StoreOption.Open(parse);
            var wanted = parse.GetValue(id)!;
            var stored = store.FindDocument(wanted);
            if (stored is null)
            {
                io.Error.WriteLine($"sitrep: no document '{wanted}' in {store.Location}");
                return 1;
            }

            var sentences = stored.Layers.TryGetValue(Layers.Sentences.Name, out var sentenceJson) ? LayerSerializer.ReadSpans(sentenceJson) : [];
            var tokens = new Sitrep.Extraction.Text.Tokenizer().Tokenize(stored.Document.Text).Length;
            var entities = store.MentionsIn(stored.Document.Id);
            if (parse.GetValue(json))
            {
                WriteJson(io, stored, sentences, tokens, entities);
            }
            else
            {
                WriteText(io, stored, sentences, tokens, entities);
            }

            return 0;
        }));
        return command;
    }

    private static void WriteText(CliIo io, StoredDocument stored, IReadOnlyList<(int Start, int End)> sentences, int tokens, IReadOnlyList<EntityMentionRecord> entities)
    {
        var document = stored.Document;
        var metadata = document.Metadata;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string label, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                grid.AddRow($"[grey]{label}[/]", Markup.Escape(value));
            }
        }

        Row("id", document.Id);
        Row("title", metadata.Title);
        Row("source", metadata.Source);
        Row("published", Dates.Describe(metadata.Published, metadata.PublishedOrigin));
        Row("url", metadata.Url);
        Row("file", metadata.SourcePath);
        Row("dateline", metadata.Dateline is { } d ? $"{d.Place}{(d.Country is null ? string.Empty : $" [{d.Country}]")}, {d.DateText ?? "no date"}{(d.Agency is null ? string.Empty : $" ({d.Agency})")}" : null);
        Row("duplicate of", stored.DuplicateOf);
        Row("layers", $"sentences ({sentences.Count}), tokens ({tokens}), entity mentions ({entities.Count})");
        io.Console.Write(grid);
        io.Console.WriteLine();
        for (var i = 0; i < sentences.Count; i++)
        {
            var (start, end) = sentences[i];
            io.Console.MarkupLine($"[grey]{i + 1,3} [[{start}-{end})[/] {Markup.Escape(document.Text[start..end])}");
        }

        if (entities.Count > 0)
        {
            io.Console.WriteLine();
            var table = new Table().Border(TableBorder.Simple).Title("[bold]Entities[/]").AddColumn("mention").AddColumn("entity").AddColumn("sector").AddColumn("at");
            foreach (var mention in entities)
            {
                table.AddRow(Markup.Escape(mention.Text), Markup.Escape(mention.EntityId), mention.Sector ?? string.Empty, $"{mention.Start}-{mention.End}");
            }

            io.Console.Write(table);
        }
    }

    private static void WriteJson(CliIo io, StoredDocument stored, IReadOnlyList<(int Start, int End)> sentences, int tokens, IReadOnlyList<EntityMentionRecord> entities)
    {
        var document = stored.Document;
        var metadata = document.Metadata;
        var payload = new
        {
            id = document.Id,
            title = metadata.Title,
            source = metadata.Source,
            url = metadata.Url,
            source_path = metadata.SourcePath,
            published = metadata.Published?.Value,
            published_granularity = metadata.Published?.Granularity.ToString().ToLowerInvariant(),
            published_origin = metadata.PublishedOrigin.ToString().ToLowerInvariant(),
            dateline = metadata.Dateline is { } d ? new { start = d.Span.Start, end = d.Span.End, place = d.Place, country = d.Country, date = d.DateText, agency = d.Agency } : null,
            duplicate_of = stored.DuplicateOf,
            text = document.Text,
            layers = new
            {
                sentences = sentences.Select(s => new { start = s.Start, end = s.End, text = document.Text[s.Start..s.End] }),
                tokens,
                entities = entities.Select(e => new { start = e.Start, end = e.End, text = e.Text, entity = e.EntityId, sector = e.Sector, score = e.Score, source = e.Source.ToString().ToLowerInvariant() }),
            },
        };
        io.Output.WriteLine(JsonSerializer.Serialize(payload, CliJson.Options));
    }
}

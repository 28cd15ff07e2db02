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
            var facts = new Facts(store.EventsIn(stored.Document.Id), store.QuantitiesIn(stored.Document.Id));
            if (parse.GetValue(json))
            {
                WriteJson(io, stored, sentences, tokens, entities, facts);
            }
            else
            {
                WriteText(io, stored, sentences, tokens, entities);
                WriteFacts(io, stored.Document.Text, sentences, facts);
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
        Row("layers", $"sentences ({sentences.Count}), tokens ({tokens}), entity mentions ({entities.Count}), events and quantities below");
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

    /// <summary>Events and counts, each with the sentence it was read from.</summary>
    private static void WriteFacts(CliIo io, string text, IReadOnlyList<(int Start, int End)> sentences, Facts facts)
    {
        string Sentence(Core.Text.TextSpan span)
        {
            var number = sentences.ToList().FindIndex(s => s.Start <= span.Start && span.End <= s.End) + 1;
            return $"[grey]{(number > 0 ? $"s{number}" : $"{span.Start}-{span.End}")}[/] {Markup.Escape(text[span.Start..span.End])}";
        }

        if (facts.Events.Count > 0)
        {
            io.Console.WriteLine();
            io.Console.MarkupLine("[bold]Events[/] [grey](who → whom, where, when; who says so; the sentence it was read from)[/]");
            foreach (var e in facts.Events)
            {
                var polarity = e.Polarity == Polarity.Asserted ? string.Empty : $" [yellow]{e.Polarity.ToString().ToLowerInvariant()}[/]";
                var contradicted = e.ContradictedBy.Count == 0 ? string.Empty : $" [red]contradicted by {string.Join(", ", e.ContradictedBy.Select(Short))}[/]";
                var claim = e.ClaimedBy is null ? string.Empty : $"; says {Actor(e.ClaimedBy)}";
                io.Console.MarkupLine(
                    $"[grey]{Short(e.Id),4}[/] [bold]{e.Type.ToString().ToUpperInvariant()}[/]{(e.Mode is null ? string.Empty : "/" + e.Mode)} [grey]{e.Cameo}[/] «{Markup.Escape(text[e.Trigger.Start..e.Trigger.End])}»{polarity}  " +
                    $"{Actor(e.Source)} → {Actor(e.Target)}, at {Actor(e.Place)}, {e.Date?.Value ?? "undated"}{claim}{contradicted}");
                io.Console.MarkupLine($"     {Sentence(e.Evidence)}");
            }
        }

        if (facts.Quantities.Count > 0)
        {
            io.Console.WriteLine();
            io.Console.MarkupLine("[bold]Counts of people[/]");
            foreach (var q in facts.Quantities)
            {
                var figure = $"{q.Qualifier.SchemaName().Replace('_', ' ')} {q.Value:N0}{(q.Upper is { } upper ? $"–{upper:N0}" : string.Empty)}";
                var claim = q.ClaimedBy is null ? string.Empty : $"; says {Actor(q.ClaimedBy)}";
                io.Console.MarkupLine($"[grey]{Short(q.Id),4}[/] [bold]{q.Measure.ToString().ToLowerInvariant()}[/] {figure}{(q.EventId is null ? string.Empty : $" (event {Short(q.EventId)})")}{claim}");
                io.Console.MarkupLine($"     {Sentence(q.Evidence)}");
            }
        }
    }

    private static string Short(string id) => id[(id.LastIndexOf('-') + 1)..];

    private static string Actor(ActorRecord? actor) =>
        actor is null ? "[grey]-[/]" : $"{Markup.Escape(actor.Name)}{(actor.Role is null ? string.Empty : $" [grey]{actor.Role}[/]")}";

    private static object? ActorJson(ActorRecord? actor) =>
        actor is null ? null : new { entity = actor.EntityId, name = actor.Name, country = actor.Country, role = actor.Role, start = actor.Start, end = actor.End };

    private static void WriteJson(CliIo io, StoredDocument stored, IReadOnlyList<(int Start, int End)> sentences, int tokens, IReadOnlyList<EntityMentionRecord> entities, Facts facts)
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
                events = facts.Events.Select(e => new
                {
                    id = e.Id,
                    type = e.Type.ToString().ToUpperInvariant(),
                    mode = e.Mode,
                    cameo = e.Cameo,
                    trigger = new { start = e.Trigger.Start, end = e.Trigger.End, text = document.Text[e.Trigger.Start..e.Trigger.End] },
                    source = ActorJson(e.Source),
                    target = ActorJson(e.Target),
                    place = ActorJson(e.Place),
                    date = e.Date?.Value,
                    polarity = e.Polarity.ToString().ToLowerInvariant(),
                    claimed_by = ActorJson(e.ClaimedBy),
                    quantities = e.Quantities,
                    contradicted_by = e.ContradictedBy,
                    evidence = new { start = e.Evidence.Start, end = e.Evidence.End, text = document.Text[e.Evidence.Start..e.Evidence.End] },
                }),
                quantities = facts.Quantities.Select(q => new
                {
                    id = q.Id,
                    measure = q.Measure.ToString().ToLowerInvariant(),
                    value = q.Value,
                    upper = q.Upper,
                    qualifier = q.Qualifier.SchemaName(),
                    date = q.Date?.Value,
                    claimed_by = ActorJson(q.ClaimedBy),
                    @event = q.EventId,
                    evidence = new { start = q.Evidence.Start, end = q.Evidence.End, text = document.Text[q.Evidence.Start..q.Evidence.End] },
                }),
            },
        };
        io.Output.WriteLine(JsonSerializer.Serialize(payload, CliJson.Options));
    }

    private sealed record Facts(IReadOnlyList<EventRecord> Events, IReadOnlyList<QuantityRecord> Quantities);
}

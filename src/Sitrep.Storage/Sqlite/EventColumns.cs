using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Annotation;
using Sitrep.Core.Storage;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Storage.Sqlite;

/// <summary>Maps events and quantities to the <c>events</c> and <c>quantities</c> tables and back.</summary>
internal static class EventColumns
{
    public const string Select =
        "e.id, e.document, e.type, e.mode, e.cameo, e.quad_class, e.goldstein, e.polarity, e.date_value, e.date_granularity, e.date_text, " +
        "e.actors, e.trigger_start, e.trigger_end, e.evidence_start, e.evidence_end, e.quantities, e.contradicted_by";

    public const string Insert =
        "INSERT OR IGNORE INTO events (id, document, ordinal, type, mode, cameo, quad_class, goldstein, polarity, date_value, date_granularity, date_text, " +
        "source_entity, target_entity, place_entity, claimed_by_entity, actors, trigger_start, trigger_end, evidence_start, evidence_end, quantities, contradicted_by) " +
        "VALUES ($id, $document, $ordinal, $type, $mode, $cameo, $quad_class, $goldstein, $polarity, $date_value, $date_granularity, $date_text, " +
        "$source_entity, $target_entity, $place_entity, $claimed_by_entity, $actors, $trigger_start, $trigger_end, $evidence_start, $evidence_end, $quantities, $contradicted_by)";

    public static readonly string[] Parameters =
        ["$id", "$document", "$ordinal", "$type", "$mode", "$cameo", "$quad_class", "$goldstein", "$polarity", "$date_value", "$date_granularity", "$date_text",
         "$source_entity", "$target_entity", "$place_entity", "$claimed_by_entity", "$actors", "$trigger_start", "$trigger_end", "$evidence_start", "$evidence_end",
         "$quantities", "$contradicted_by"];

    public const string SelectQuantity =
        "q.id, q.document, q.measure, q.value, q.upper, q.qualifier, q.date_value, q.date_granularity, q.date_text, q.claimed_by, q.event, " +
        "q.span_start, q.span_end, q.evidence_start, q.evidence_end";

    public const string InsertQuantity =
        "INSERT OR IGNORE INTO quantities (id, document, ordinal, measure, value, upper, qualifier, date_value, date_granularity, date_text, claimed_by, event, " +
        "span_start, span_end, evidence_start, evidence_end) VALUES ($id, $document, $ordinal, $measure, $value, $upper, $qualifier, $date_value, $date_granularity, " +
        "$date_text, $claimed_by, $event, $span_start, $span_end, $evidence_start, $evidence_end)";

    public static readonly string[] QuantityParameters =
        ["$id", "$document", "$ordinal", "$measure", "$value", "$upper", "$qualifier", "$date_value", "$date_granularity", "$date_text", "$claimed_by", "$event",
         "$span_start", "$span_end", "$evidence_start", "$evidence_end"];

    public static void Bind(SqliteCommand command, EventRecord record, int ordinal)
    {
        command.Set("$id", record.Id);
        command.Set("$document", record.DocumentId);
        command.Set("$ordinal", ordinal);
        command.Set("$type", record.Type.ToString().ToUpperInvariant());
        command.Set("$mode", record.Mode);
        command.Set("$cameo", record.Cameo);
        command.Set("$quad_class", record.QuadClass);
        command.Set("$goldstein", record.Goldstein);
        command.Set("$polarity", record.Polarity.ToString().ToLowerInvariant());
        BindDate(command, record.Date);
        command.Set("$source_entity", record.Source?.EntityId);
        command.Set("$target_entity", record.Target?.EntityId);
        command.Set("$place_entity", record.Place?.EntityId);
        command.Set("$claimed_by_entity", record.ClaimedBy?.EntityId);
        command.Set("$actors", ActorsJson(record));
        command.Set("$trigger_start", record.Trigger.Start);
        command.Set("$trigger_end", record.Trigger.End);
        command.Set("$evidence_start", record.Evidence.Start);
        command.Set("$evidence_end", record.Evidence.End);
        command.Set("$quantities", Ids(record.Quantities));
        command.Set("$contradicted_by", Ids(record.ContradictedBy));
    }

    public static void Bind(SqliteCommand command, QuantityRecord record, int ordinal)
    {
        command.Set("$id", record.Id);
        command.Set("$document", record.DocumentId);
        command.Set("$ordinal", ordinal);
        command.Set("$measure", record.Measure.ToString().ToLowerInvariant());
        command.Set("$value", record.Value);
        command.Set("$upper", record.Upper);
        command.Set("$qualifier", record.Qualifier.SchemaName());
        BindDate(command, record.Date);
        command.Set("$claimed_by", record.ClaimedBy is { } claimant ? ActorJson(claimant) : null);
        command.Set("$event", record.EventId);
        command.Set("$span_start", record.Span.Start);
        command.Set("$span_end", record.Span.End);
        command.Set("$evidence_start", record.Evidence.Start);
        command.Set("$evidence_end", record.Evidence.End);
    }

    public static EventRecord Read(SqliteDataReader reader)
    {
        using var actors = JsonDocument.Parse(reader.GetString(11));
        return new EventRecord(
            reader.GetString(0),
            reader.GetString(1),
            Enum.Parse<EventType>(reader.GetString(2), ignoreCase: true),
            Text(reader, 3),
            reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetInt32(5),
            reader.IsDBNull(6) ? null : reader.GetDouble(6),
            Actor(actors.RootElement, "source"),
            Actor(actors.RootElement, "target"),
            Actor(actors.RootElement, "place"),
            ReadDate(reader, 8),
            Enum.Parse<Polarity>(reader.GetString(7), ignoreCase: true),
            Actor(actors.RootElement, "claimed_by"),
            new TextSpan(reader.GetInt32(12), reader.GetInt32(13)),
            new TextSpan(reader.GetInt32(14), reader.GetInt32(15)),
            JsonSerializer.Deserialize<string[]>(reader.GetString(16)) ?? [],
            JsonSerializer.Deserialize<string[]>(reader.GetString(17)) ?? []);
    }

    public static QuantityRecord ReadQuantity(SqliteDataReader reader)
    {
        ActorRecord? claimant = null;
        if (Text(reader, 9) is { } json)
        {
            using var document = JsonDocument.Parse(json);
            claimant = ActorFrom(document.RootElement);
        }

        return new QuantityRecord(
            reader.GetString(0),
            reader.GetString(1),
            Enum.Parse<Measure>(reader.GetString(2), ignoreCase: true),
            reader.GetDouble(3),
            reader.IsDBNull(4) ? null : reader.GetDouble(4),
            QualifierNames.ParseQualifier(reader.GetString(5)),
            ReadDate(reader, 6),
            claimant,
            Text(reader, 10),
            new TextSpan(reader.GetInt32(11), reader.GetInt32(12)),
            new TextSpan(reader.GetInt32(13), reader.GetInt32(14)));
    }

    private static void BindDate(SqliteCommand command, DateValue? date)
    {
        command.Set("$date_value", date?.Value);
        command.Set("$date_granularity", date is null ? null : DocumentColumns.GranularityName(date.Granularity));
        command.Set("$date_text", date?.Text);
    }

    private static DateValue? ReadDate(SqliteDataReader reader, int valueColumn) =>
        Text(reader, valueColumn) is { } value
            ? new DateValue(value, Enum.TryParse<DateGranularity>(Text(reader, valueColumn + 1), ignoreCase: true, out var granularity) ? granularity : DateGranularity.Unknown, Text(reader, valueColumn + 2))
            : null;

    private static string ActorsJson(EventRecord record)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, actor) in new[] { ("source", record.Source), ("target", record.Target), ("place", record.Place), ("claimed_by", record.ClaimedBy) })
            {
                if (actor is not null)
                {
                    writer.WritePropertyName(name);
                    WriteActor(writer, actor);
                }
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string ActorJson(ActorRecord actor)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteActor(writer, actor);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteActor(Utf8JsonWriter writer, ActorRecord actor)
    {
        writer.WriteStartObject();
        writer.WriteString("entity", actor.EntityId);
        writer.WriteString("name", actor.Name);
        writer.WriteString("country", actor.Country);
        writer.WriteString("role", actor.Role);
        writer.WriteNumber("start", actor.Start);
        writer.WriteNumber("end", actor.End);
        writer.WriteEndObject();
    }

    private static string Ids(IReadOnlyList<string> ids) => ids.Count == 0 ? "[]" : JsonSerializer.Serialize(ids);

    private static ActorRecord? Actor(JsonElement actors, string name) =>
        actors.TryGetProperty(name, out var actor) ? ActorFrom(actor) : null;

    private static ActorRecord ActorFrom(JsonElement actor) => new(
        actor.GetProperty("entity").GetString()!,
        actor.GetProperty("name").GetString()!,
        actor.GetProperty("country").GetString(),
        actor.GetProperty("role").GetString(),
        actor.GetProperty("start").GetInt32(),
        actor.GetProperty("end").GetInt32());

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}

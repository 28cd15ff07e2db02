using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Annotation;
using Sitrep.Core.Storage;
using Sitrep.Core.Time;

namespace Sitrep.Services.Export;

/// <summary>Writes the store as JSON Lines following the export schema: one object per line, each with a <c>kind</c>.</summary>
public sealed class JsonLinesExporter(ISitrepStore store)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Writes every document line, each followed by its event and quantity lines, then every entity line; returns the number of lines written.</summary>
    public long Write(Stream output, DocumentQuery? query = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        long lines = 0;
        using var writer = new Utf8JsonWriter(output, Options);
        void EndLine()
        {
            writer.Flush();
            output.WriteByte((byte)'\n');
            writer.Reset();
            lines++;
        }

        foreach (var stored in store.ListDocuments(query ?? new DocumentQuery()))
        {
            WriteDocument(writer, stored);
            EndLine();
            var text = stored.Document.Text;
            foreach (var record in store.EventsIn(stored.Document.Id))
            {
                WriteEvent(writer, record, text);
                EndLine();
            }

            foreach (var record in store.QuantitiesIn(stored.Document.Id))
            {
                WriteQuantity(writer, record, text);
                EndLine();
            }
        }

        foreach (var entity in store.ListEntities())
        {
            WriteEntity(writer, entity, store.MentionsOf(entity.Id));
            EndLine();
        }

        return lines;
    }

    private static void WriteEvent(Utf8JsonWriter writer, EventRecord record, string text)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "event");
        writer.WriteString("id", record.Id);
        writer.WriteString("type", record.Type.ToString().ToUpperInvariant());
        writer.WriteString("mode", record.Mode);
        writer.WriteString("cameo", record.Cameo);
        WriteNumber(writer, "quad_class", record.QuadClass);
        WriteNumber(writer, "goldstein", record.Goldstein);
        WriteActor(writer, "source", record.Source);
        WriteActor(writer, "target", record.Target);
        WriteActor(writer, "place", record.Place);
        writer.WritePropertyName("date");
        WriteDate(writer, record.Date);
        writer.WriteString("polarity", record.Polarity.ToString().ToLowerInvariant());
        WriteActor(writer, "claimed_by", record.ClaimedBy);
        WriteStrings(writer, "quantities", record.Quantities);
        WriteStrings(writer, "contradicted_by", record.ContradictedBy);
        WriteEvidence(writer, record.DocumentId, record.Evidence, text);
        writer.WriteEndObject();
    }

    private static void WriteQuantity(Utf8JsonWriter writer, QuantityRecord record, string text)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "quantity");
        writer.WriteString("id", record.Id);
        writer.WriteString("measure", record.Measure.ToString().ToLowerInvariant());
        writer.WriteNumber("value", record.Value);
        WriteNumber(writer, "upper", record.Upper);
        writer.WriteString("qualifier", record.Qualifier.SchemaName());
        writer.WritePropertyName("date");
        WriteDate(writer, record.Date);
        WriteActor(writer, "claimed_by", record.ClaimedBy);
        writer.WriteString("event", record.EventId);
        WriteEvidence(writer, record.DocumentId, record.Evidence, text);
        writer.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter writer, string name, ActorRecord? actor)
    {
        if (actor is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("entity", actor.EntityId);
        writer.WriteString("name", actor.Name);
        writer.WriteString("country", actor.Country);
        writer.WriteString("role", actor.Role);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>The sentence a fact was read from: its document, offsets and words.</summary>
    private static void WriteEvidence(Utf8JsonWriter writer, string documentId, Core.Text.TextSpan span, string text)
    {
        writer.WriteStartArray("evidence");
        writer.WriteStartObject();
        writer.WriteString("document", documentId);
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteString("text", text[span.Start..span.End]);
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteEntity(Utf8JsonWriter writer, EntityRecord entity, IReadOnlyList<EntityMentionRecord> mentions)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "entity");
        writer.WriteString("id", entity.Id);
        writer.WriteString("name", entity.Name);
        writer.WriteString("type", entity.Type.ToString().ToUpperInvariant());
        writer.WriteBoolean("in_knowledge_base", entity.InKnowledgeBase);
        writer.WriteString("country", entity.Country);
        WriteNumber(writer, "latitude", entity.Latitude);
        WriteNumber(writer, "longitude", entity.Longitude);
        writer.WriteStartArray("aliases");
        foreach (var alias in mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            writer.WriteStringValue(alias);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("mentions");
        foreach (var mention in mentions)
        {
            writer.WriteStartObject();
            writer.WriteString("document", mention.DocumentId);
            writer.WriteNumber("start", mention.Start);
            writer.WriteNumber("end", mention.End);
            writer.WriteString("text", mention.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value) => WriteNumber(writer, name, (double?)value);

    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteDocument(Utf8JsonWriter writer, StoredDocument stored)
    {
        var document = stored.Document;
        var metadata = document.Metadata;
        writer.WriteStartObject();
        writer.WriteString("kind", "document");
        writer.WriteString("id", document.Id);
        writer.WriteNumber("schema_version", ExportSchema.Version);
        writer.WriteString("source_path", metadata.SourcePath);
        writer.WriteString("url", metadata.Url);
        writer.WriteString("title", metadata.Title);
        writer.WriteString("source", metadata.Source);
        writer.WritePropertyName("published");
        WriteDate(writer, metadata.Published);
        writer.WriteString("published_origin", metadata.PublishedOrigin.ToString().ToLowerInvariant());
        writer.WriteString("duplicate_of", stored.DuplicateOf);
        writer.WriteString("story", stored.Story);
        writer.WriteString("text", document.Text);
        writer.WriteEndObject();
    }

    public static void WriteDate(Utf8JsonWriter writer, DateValue? date)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (date is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("value", date.Value);
        writer.WriteString("granularity", date.Granularity.ToString().ToLowerInvariant());
        if (date.Text is not null)
        {
            writer.WriteString("text", date.Text);
        }

        writer.WriteEndObject();
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Storage;
using Sitrep.Core.Time;

namespace Sitrep.Services.Export;

/// <summary>Writes the store as JSON Lines following the export schema: one object per line, each with a <c>kind</c>.</summary>
public sealed class JsonLinesExporter(ISitrepStore store)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Writes every document line, then every entity line; returns the number of lines written.</summary>
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
        }

        foreach (var entity in store.ListEntities())
        {
            WriteEntity(writer, entity, store.MentionsOf(entity.Id));
            EndLine();
        }

        return lines;
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

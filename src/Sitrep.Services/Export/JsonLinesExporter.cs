using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Storage;
using Sitrep.Core.Time;

namespace Sitrep.Services.Export;

/// <summary>Writes the store as JSON Lines following the export schema: one object per line, each with a <c>kind</c>.</summary>
public sealed class JsonLinesExporter(ISitrepStore store)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Writes every document line; returns the number of lines written.</summary>
    public long Write(Stream output, DocumentQuery? query = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        long lines = 0;
        using var writer = new Utf8JsonWriter(output, Options);
        foreach (var stored in store.ListDocuments(query ?? new DocumentQuery()))
        {
            WriteDocument(writer, stored);
            writer.Flush();
            output.WriteByte((byte)'\n');
            writer.Reset();
            lines++;
        }

        return lines;
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

using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Documents;
using Sitrep.Core.Storage;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Storage.Sqlite;

/// <summary>Maps a document to the columns of the <c>documents</c> table and back.</summary>
internal static class DocumentColumns
{
    public const string Select =
        "seq, id, text, title, source, url, source_path, external_id, published, published_granularity, published_text, " +
        "published_origin, headline_start, headline_end, dateline, duplicate_of, story, ingested_at";

    public const string Insert =
        "INSERT OR IGNORE INTO documents (id, text, title, source, url, source_path, external_id, published, published_granularity, " +
        "published_text, published_origin, headline_start, headline_end, dateline, duplicate_of, story, signature, ingested_at) VALUES " +
        "($id, $text, $title, $source, $url, $source_path, $external_id, $published, $published_granularity, $published_text, " +
        "$published_origin, $headline_start, $headline_end, $dateline, $duplicate_of, NULL, $signature, $ingested_at)";

    private sealed record DatelineJson(int Start, int End, string Place, string? Country, string? Date, string? Agency);

    public static void Bind(SqliteCommand command, NewDocument item, string ingestedAt)
    {
        var document = item.Document;
        var metadata = document.Metadata;
        command.Set("$id", document.Id);
        command.Set("$text", document.Text);
        command.Set("$title", metadata.Title);
        command.Set("$source", metadata.Source);
        command.Set("$url", metadata.Url);
        command.Set("$source_path", metadata.SourcePath);
        command.Set("$external_id", metadata.ExternalId);
        command.Set("$published", metadata.Published?.Value);
        command.Set("$published_granularity", metadata.Published is { } p ? GranularityName(p.Granularity) : null);
        command.Set("$published_text", metadata.Published?.Text);
        command.Set("$published_origin", OriginName(metadata.PublishedOrigin));
        command.Set("$headline_start", metadata.Headline?.Start);
        command.Set("$headline_end", metadata.Headline?.End);
        command.Set("$dateline", metadata.Dateline is { } d
            ? JsonSerializer.Serialize(new DatelineJson(d.Span.Start, d.Span.End, d.Place, d.Country, d.DateText, d.Agency))
            : null);
        command.Set("$duplicate_of", item.DuplicateOf);
        command.Set("$signature", item.Signature.IsEmpty ? null : item.Signature.ToArray());
        command.Set("$ingested_at", ingestedAt);
    }

    public static StoredDocument Read(SqliteDataReader reader, IReadOnlyDictionary<string, string> layers)
    {
        string? Text(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
        int? Int(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

        var published = Text(8) is { } value
            ? new DateValue(value, ParseGranularity(Text(9)), Text(10))
            : null;
        TextSpan? headline = Int(12) is { } start && Int(13) is { } end ? new TextSpan(start, end) : null;
        var dateline = Text(14) is { } json && JsonSerializer.Deserialize<DatelineJson>(json) is { } d
            ? new Dateline(new TextSpan(d.Start, d.End), d.Place, d.Country, d.Date, d.Agency)
            : null;
        var metadata = new DocumentMetadata
        {
            Title = Text(3),
            Source = Text(4),
            Url = Text(5),
            SourcePath = Text(6),
            ExternalId = Text(7),
            Published = published,
            PublishedOrigin = ParseOrigin(reader.GetString(11)),
            Headline = headline,
            Dateline = dateline,
        };
        var document = new Document(reader.GetString(1), reader.GetString(2), metadata);
        var ingestedAt = DateTimeOffset.Parse(reader.GetString(17), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return new StoredDocument(reader.GetInt64(0), document, Text(15), Text(16), ingestedAt, layers);
    }

    public static string GranularityName(DateGranularity granularity) => granularity.ToString().ToLowerInvariant();

    public static string OriginName(PublishedOrigin origin) => origin.ToString().ToLowerInvariant();

    private static DateGranularity ParseGranularity(string? name) =>
        Enum.TryParse<DateGranularity>(name, ignoreCase: true, out var granularity) ? granularity : DateGranularity.Unknown;

    private static PublishedOrigin ParseOrigin(string name) =>
        Enum.TryParse<PublishedOrigin>(name, ignoreCase: true, out var origin) ? origin : PublishedOrigin.Unknown;
}

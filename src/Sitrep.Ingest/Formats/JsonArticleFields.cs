using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Documents;
using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Formats;

/// <summary>Maps the field names news JSON uses (text/content/body, published/date…) onto a document.</summary>
internal static class JsonArticleFields
{
    private static readonly string[] TextFields = ["text", "content", "body", "article", "full_text"];
    private static readonly string[] TitleFields = ["title", "headline"];
    private static readonly string[] UrlFields = ["url", "link"];
    private static readonly string[] SourceFields = ["source", "outlet", "publisher", "site", "source_name"];
    private static readonly string[] PublishedFields = ["published", "date", "publication_date", "published_at", "pubDate", "datetime", "publish_date"];
    private static readonly string[] IdFields = ["id", "doc_id", "guid", "uuid"];

    /// <summary>The article in <paramref name="item"/>, or the reason it has none.</summary>
    public static (string? Text, DocumentMetadata Metadata, string? Failure) Read(JsonElement item, string origin)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return (null, new DocumentMetadata(), $"expected a JSON object, found {item.ValueKind.ToString().ToLowerInvariant()}");
        }

        var text = First(item, TextFields);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, new DocumentMetadata(), "no text field (text, content or body)");
        }

        var publishedText = First(item, PublishedFields);
        var published = PublishedDateParser.Parse(publishedText);
        var metadata = new DocumentMetadata
        {
            SourcePath = origin,
            Title = First(item, TitleFields),
            Url = First(item, UrlFields),
            Source = First(item, SourceFields),
            ExternalId = First(item, IdFields),
            Published = published,
        };
        return (text, metadata, null);
    }

    private static string? First(JsonElement item, string[] names)
    {
        foreach (var name in names)
        {
            if (!item.TryGetProperty(name, out var value))
            {
                continue;
            }

            var text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.Object when value.TryGetProperty("name", out var named) && named.ValueKind == JsonValueKind.String => named.GetString(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text.Trim();
            }
        }

        return null;
    }

    public static string ItemOrigin(string origin, string unit, long number) =>
        string.Create(CultureInfo.InvariantCulture, $"{origin}#{unit}{number}");
}

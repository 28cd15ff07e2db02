using System.Xml;
using System.Xml.Linq;
using Sitrep.Core.Documents;
using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Formats;

/// <summary>Reads RSS 2.0 and Atom feeds: one document per item, with its title, link and date.</summary>
/// <remarks>DTDs and external entities are refused, so a hostile feed cannot expand or fetch anything.</remarks>
public sealed class FeedReader(IngestLimits limits) : IFormatReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public InputFormat Format => InputFormat.Feed;

    public IEnumerable<IngestItem> Read(SourceFile file, CancellationToken cancellationToken)
    {
        var (bytes, failure) = ByteReader.ReadAll(file, limits.MaxWholeFileBytes);
        if (bytes is null)
        {
            return [new SkippedInput(file.Origin, failure!)];
        }

        if (bytes.Length == 0)
        {
            return [new SkippedInput(file.Origin, "empty file")];
        }

        XDocument feed;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = limits.MaxWholeFileBytes };
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            feed = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return [new SkippedInput(file.Origin, "not a well-formed XML feed: " + e.Message)];
        }

        var root = feed.Root!;
        return root.Name.LocalName switch
        {
            "rss" or "RDF" => [.. ReadItems(file, root.Descendants().Where(e => e.Name.LocalName == "item"), RssItem, ChannelTitle(root))],
            "feed" when root.Name.Namespace == Atom => [.. ReadItems(file, root.Elements(Atom + "entry"), AtomEntry, (string?)root.Element(Atom + "title"))],
            _ => [new SkippedInput(file.Origin, $"XML root <{root.Name.LocalName}> is neither an RSS nor an Atom feed")],
        };
    }

    private static string? ChannelTitle(XElement root) =>
        root.Descendants().FirstOrDefault(e => e.Name.LocalName == "channel")?.Elements().FirstOrDefault(e => e.Name.LocalName == "title")?.Value;

    private static IEnumerable<IngestItem> ReadItems(
        SourceFile file, IEnumerable<XElement> items, Func<XElement, (string? Html, DocumentMetadata Metadata)> read, string? feedTitle)
    {
        var index = 0;
        foreach (var item in items)
        {
            index++;
            var origin = JsonArticleFields.ItemOrigin(file.Origin, "item", index);
            var (html, metadata) = read(item);
            var text = html is null ? null : (html.Contains('<', StringComparison.Ordinal) ? ArticleExtractor.ExtractFragmentText(html) : html.Trim());
            if (string.IsNullOrWhiteSpace(text))
            {
                yield return new SkippedInput(origin, "feed item has no text");
                continue;
            }

            metadata = MetadataMerge.Apply(metadata with { SourcePath = origin, Source = metadata.Source ?? Trim(feedTitle) }, file.Sidecar);
            yield return new RawDocument(origin, text, metadata, []);
        }

        if (index == 0)
        {
            yield return new SkippedInput(file.Origin, "feed has no items");
        }
    }

    private static (string? Html, DocumentMetadata Metadata) RssItem(XElement item)
    {
        string? Child(string name) => Trim(item.Elements().FirstOrDefault(e => e.Name.LocalName == name && e.Name.Namespace != Content)?.Value);
        var html = Trim((string?)item.Element(Content + "encoded")) ?? Child("description");
        var metadata = new DocumentMetadata
        {
            Title = Child("title"),
            Url = Child("link"),
            ExternalId = Child("guid"),
            Source = Child("source"),
            Published = PublishedDateParser.Parse(Child("pubDate") ?? Trim((string?)item.Element(DublinCore + "date"))),
        };
        return (html, metadata);
    }

    private static (string? Html, DocumentMetadata Metadata) AtomEntry(XElement entry)
    {
        var link = entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
        var metadata = new DocumentMetadata
        {
            Title = Trim((string?)entry.Element(Atom + "title")),
            Url = Trim((string?)link?.Attribute("href")),
            ExternalId = Trim((string?)entry.Element(Atom + "id")),
            Source = Trim((string?)entry.Element(Atom + "source")?.Element(Atom + "title")),
            Published = PublishedDateParser.Parse(Trim((string?)entry.Element(Atom + "published")) ?? Trim((string?)entry.Element(Atom + "updated"))),
        };
        return (Trim((string?)entry.Element(Atom + "content")) ?? Trim((string?)entry.Element(Atom + "summary")), metadata);
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

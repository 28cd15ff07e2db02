using Sitrep.Core.Documents;
using Sitrep.Ingest.Dates;
using Sitrep.Ingest.Normalization;

namespace Sitrep.Ingest;

/// <summary>Turns a raw read into a stored-form <see cref="Document"/>: normalised text, content-hash id, headline, dateline and publication date.</summary>
public static class DocumentFactory
{
    public static Document Create(RawDocument raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = TextNormalizer.Normalize(raw.Text);
        var headline = HeadlineDetector.Find(text);
        var bodyStart = headline is { } h ? SkipWhiteSpace(text, h.End) : 0;
        var dateline = DatelineParser.Find(text, bodyStart);
        var (published, origin) = PublicationDateResolver.Resolve(text, raw.Metadata.Published, dateline);
        var metadata = raw.Metadata with
        {
            Title = raw.Metadata.Title ?? (headline is { } line ? line.Of(text) : null),
            Source = raw.Metadata.Source ?? dateline?.Agency,
            Headline = headline,
            Dateline = dateline,
            Published = published,
            PublishedOrigin = origin,
        };
        return new Document(ContentHash.Of(text), text, metadata);
    }

    private static int SkipWhiteSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}

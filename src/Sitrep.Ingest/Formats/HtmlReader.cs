using Sitrep.Ingest.Decoding;

namespace Sitrep.Ingest.Formats;

/// <summary>Reads an HTML page: the article's main text and its title, date, outlet and address.</summary>
public sealed class HtmlReader(IngestLimits limits) : IFormatReader
{
    public InputFormat Format => InputFormat.Html;

    public IEnumerable<IngestItem> Read(SourceFile file, CancellationToken cancellationToken)
    {
        var (bytes, failure) = ByteReader.ReadAll(file, limits.MaxDocumentBytes);
        if (bytes is null)
        {
            yield return new SkippedInput(file.Origin, failure!);
            yield break;
        }

        var decoded = TextDecoder.Decode(bytes);
        if (!decoded.Succeeded)
        {
            yield return new SkippedInput(file.Origin, decoded.FailureReason!);
            yield break;
        }

        var (text, metadata) = ArticleExtractor.Extract(decoded.Text!);
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return new SkippedInput(file.Origin, "no article text found in the HTML");
            yield break;
        }

        metadata = MetadataMerge.Apply(metadata with { SourcePath = file.Origin }, file.Sidecar);
        yield return new RawDocument(file.Origin, text, metadata, decoded.Note is null ? [] : [decoded.Note]);
    }
}

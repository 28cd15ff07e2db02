using Sitrep.Core.Documents;
using Sitrep.Ingest.Decoding;

namespace Sitrep.Ingest.Formats;

/// <summary>Reads a plain-text report; the headline and dateline are found later, on the normalised text.</summary>
public sealed class PlainTextReader(IngestLimits limits) : IFormatReader
{
    public InputFormat Format => InputFormat.Text;

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

        var metadata = MetadataMerge.Apply(new DocumentMetadata { SourcePath = file.Origin }, file.Sidecar);
        yield return new RawDocument(file.Origin, decoded.Text!, metadata, decoded.Note is null ? [] : [decoded.Note]);
    }
}

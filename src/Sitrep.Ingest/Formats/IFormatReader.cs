namespace Sitrep.Ingest.Formats;

/// <summary>Reads one input format into raw documents, or reasons for skipping.</summary>
public interface IFormatReader
{
    InputFormat Format { get; }

    IEnumerable<IngestItem> Read(SourceFile file, CancellationToken cancellationToken);
}

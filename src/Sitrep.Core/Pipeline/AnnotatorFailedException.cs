namespace Sitrep.Core.Pipeline;

/// <summary>An annotator failed on one document; ingest skips that document with this reason and goes on.</summary>
public sealed class AnnotatorFailedException : Exception
{
    public AnnotatorFailedException()
    {
    }

    public AnnotatorFailedException(string message)
        : base(message)
    {
    }

    public AnnotatorFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AnnotatorFailedException(string annotator, string documentId, Exception innerException)
        : base($"{annotator} failed on document {documentId}: {innerException?.Message}", innerException)
    {
        Annotator = annotator;
    }

    public string Annotator { get; } = string.Empty;
}

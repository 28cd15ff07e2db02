namespace Sitrep.Core.Storage;

/// <summary>An id prefix that matches several documents.</summary>
public sealed class AmbiguousDocumentIdException : Exception
{
    public AmbiguousDocumentIdException()
    {
    }

    public AmbiguousDocumentIdException(string message)
        : base(message)
    {
    }

    public AmbiguousDocumentIdException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AmbiguousDocumentIdException(string prefix, IReadOnlyList<string> matches)
        : base($"'{prefix}' matches {matches.Count} documents ({string.Join(", ", matches.Take(5))}{(matches.Count > 5 ? ", …" : string.Empty)}); give more of the id.")
    {
    }
}

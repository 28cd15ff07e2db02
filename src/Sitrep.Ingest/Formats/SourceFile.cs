using Sitrep.Core.Documents;

namespace Sitrep.Ingest.Formats;

/// <summary>One input to read: a file or standard input, its format, and metadata a sidecar gave for it.</summary>
public sealed record SourceFile(string Origin, InputFormat Format, Func<Stream> Open, long? Length, DocumentMetadata? Sidecar);

/// <summary>The input formats Sitrep reads.</summary>
public enum InputFormat
{
    Text,
    Html,
    JsonLines,
    Json,
    Feed,
}

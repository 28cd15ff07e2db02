using Sitrep.Core.Documents;

namespace Sitrep.Core.Storage;

/// <summary>A document as the store holds it: the document, what fusion decided about it, and its persisted layers.</summary>
/// <param name="Sequence">Ingest order: 1 for the first document ever stored.</param>
/// <param name="DuplicateOf">Id of the earlier document this one nearly repeats (a syndicated copy), if any.</param>
/// <param name="Layers">Persisted annotation layers by name, as JSON.</param>
public sealed record StoredDocument(
    long Sequence,
    Document Document,
    string? DuplicateOf,
    string? Story,
    DateTimeOffset IngestedAt,
    IReadOnlyDictionary<string, string> Layers);

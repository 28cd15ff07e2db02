using Sitrep.Core.Documents;

namespace Sitrep.Core.Storage;

/// <summary>A processed document ready to be written, with its near-duplicate signature and persisted layers.</summary>
public sealed record NewDocument(
    Document Document,
    string? DuplicateOf,
    ReadOnlyMemory<byte> Signature,
    IReadOnlyList<long> BandKeys,
    IReadOnlyDictionary<string, string> Layers)
{
    /// <summary>Entities the document mentions (inserted when not yet stored).</summary>
    public IReadOnlyList<EntityRecord> Entities { get; init; } = [];

    public IReadOnlyList<EntityMentionRecord> EntityMentions { get; init; } = [];

    public IReadOnlyList<EventRecord> Events { get; init; } = [];

    public IReadOnlyList<QuantityRecord> Quantities { get; init; } = [];
}

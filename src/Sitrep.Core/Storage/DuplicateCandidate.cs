namespace Sitrep.Core.Storage;

/// <summary>A stored document that shares a similarity band with a new one: its id, signature and own original.</summary>
public sealed record DuplicateCandidate(long Sequence, string Id, ReadOnlyMemory<byte> Signature, string? DuplicateOf);

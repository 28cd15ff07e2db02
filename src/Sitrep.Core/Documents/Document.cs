namespace Sitrep.Core.Documents;

/// <summary>A report: its normalised text, which never changes once stored, and its metadata.</summary>
/// <param name="Id">Content hash of <paramref name="Text"/>: the same text always gets the same id.</param>
public sealed record Document(string Id, string Text, DocumentMetadata Metadata);

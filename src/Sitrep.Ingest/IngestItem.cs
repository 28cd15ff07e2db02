using Sitrep.Core.Documents;

namespace Sitrep.Ingest;

/// <summary>What reading one input yields: a document to process, or a reason it was skipped.</summary>
public abstract record IngestItem(string Origin);

/// <summary>A document read from <paramref name="Origin"/>, not yet normalised or keyed.</summary>
/// <param name="Text">The text as read, before normalisation.</param>
/// <param name="Metadata">What the input said about the document.</param>
/// <param name="Notes">Things worth telling the user that did not stop the read (e.g. a legacy encoding).</param>
public sealed record RawDocument(string Origin, string Text, DocumentMetadata Metadata, IReadOnlyList<string> Notes) : IngestItem(Origin);

/// <summary>An input, or a part of one, that was not ingested, with the reason.</summary>
public sealed record SkippedInput(string Origin, string Reason) : IngestItem(Origin);

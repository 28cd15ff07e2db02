using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Documents;

/// <summary>What is known about a document apart from its text.</summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }

    /// <summary>The outlet or agency.</summary>
    public string? Source { get; init; }

    public string? Url { get; init; }

    /// <summary>The file the document was read from (with an item number for multi-document files).</summary>
    public string? SourcePath { get; init; }

    /// <summary>An identifier the source gave the document, if any.</summary>
    public string? ExternalId { get; init; }

    public DateValue? Published { get; init; }

    public PublishedOrigin PublishedOrigin { get; init; } = PublishedOrigin.Unknown;

    public Dateline? Dateline { get; init; }

    /// <summary>The first line of the text when it reads as a headline.</summary>
    public TextSpan? Headline { get; init; }
}

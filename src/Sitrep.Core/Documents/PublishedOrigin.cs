namespace Sitrep.Core.Documents;

/// <summary>Where a document's publication date came from.</summary>
public enum PublishedOrigin
{
    /// <summary>Given by the source: a sidecar file, a feed, HTML meta tags or a JSON field.</summary>
    Metadata,

    /// <summary>Read from the dateline at the head of the text.</summary>
    Dateline,

    /// <summary>Worked out from the text (weekday/date consistency, years mentioned).</summary>
    Inferred,

    /// <summary>Not known; never silently replaced by today's date.</summary>
    Unknown,
}

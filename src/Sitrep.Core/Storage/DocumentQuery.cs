namespace Sitrep.Core.Storage;

/// <summary>Which documents to list: optionally a publication-date window and a text search, newest first or by ingest order.</summary>
public sealed record DocumentQuery
{
    public string? PublishedFrom { get; init; }

    public string? PublishedTo { get; init; }

    /// <summary>Full-text search terms (SQLite FTS5 syntax in the embedded store).</summary>
    public string? Search { get; init; }

    public bool IncludeDuplicates { get; init; } = true;

    public int? Limit { get; init; }
}

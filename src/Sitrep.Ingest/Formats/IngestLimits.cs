namespace Sitrep.Ingest.Formats;

/// <summary>Size limits that keep one bad input from exhausting memory; inputs over them are skipped with a reason.</summary>
public sealed record IngestLimits
{
    /// <summary>Largest single-document file (text or HTML) read.</summary>
    public long MaxDocumentBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Largest feed or JSON file loaded whole.</summary>
    public long MaxWholeFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Longest JSON Lines line; longer lines are skipped, the rest of the file is read.</summary>
    public int MaxLineChars { get; init; } = 16 * 1024 * 1024;

    public static IngestLimits Default { get; } = new();
}

namespace Sitrep.Services.Ingestion;

/// <summary>What an ingest run did, for the closing summary.</summary>
public sealed record IngestSummary(
    int Read,
    int Ingested,
    int NearDuplicates,
    int AlreadyStored,
    IReadOnlyList<(string Origin, string Reason)> Skipped,
    IReadOnlyList<(string Origin, string Note)> Notes,
    long Characters,
    TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}

/// <summary>Progress of a running ingest: documents read so far and how many inputs were skipped.</summary>
public readonly record struct IngestProgress(int Read, int Ingested, int Skipped);

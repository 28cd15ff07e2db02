using Sitrep.Core.Annotation;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Pipeline;
using Sitrep.Ingest;
using Sitrep.Services.Ingestion;
using Sitrep.Storage.Sqlite;
using Sitrep.Tests.Shared;

namespace Sitrep.Cli.Tests;

public sealed class IngestServiceTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public void A_document_that_trips_an_annotator_is_skipped_with_the_reason_and_the_rest_are_stored()
    {
        var inputs = Directory.CreateDirectory(Path.Combine(_directory.Path, "inputs")).FullName;
        File.WriteAllText(Path.Combine(inputs, "good.txt"), "Talks were held in Doha on Monday.");
        File.WriteAllText(Path.Combine(inputs, "bad.txt"), "This report contains the POISON word.");
        using var store = SqliteStore.Open(Path.Combine(_directory.Path, "db", "sitrep.db"));
        var pipeline = StandardPipeline.Builder().Add(new FailsOnPoison()).Build();

        var summary = new IngestService(store, pipeline, new DocumentReader()).Run([inputs]);

        Assert.Equal(1, summary.Ingested);
        var (origin, reason) = Assert.Single(summary.Skipped);
        Assert.EndsWith("bad.txt", origin, StringComparison.Ordinal);
        Assert.Contains("poison-finder failed", reason, StringComparison.Ordinal);
        Assert.Equal(1, store.CountDocuments());
    }

    public void Dispose() => _directory.Dispose();

    private sealed class FailsOnPoison : IAnnotator
    {
        public string Name => "poison-finder";

        public IReadOnlyList<LayerKey> Requires => [];

        public IReadOnlyList<LayerKey> Produces => [];

        public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
        {
            if (document.Text.Contains("POISON", StringComparison.Ordinal))
            {
                throw new InvalidDataException("unexpected token");
            }
        }
    }
}

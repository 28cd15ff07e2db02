using System.Collections.Concurrent;
using System.Diagnostics;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Storage;
using Sitrep.Fusion.Duplicates;
using Sitrep.Fusion.Entities;
using System.Collections.Immutable;
using Sitrep.Core.Annotation;
using Sitrep.Ingest;

namespace Sitrep.Services.Ingestion;

/// <summary>Runs ingest end to end: read inputs → normalise and key → annotate (in parallel) → find near-duplicates → store, batch by batch.</summary>
/// <remarks>
/// Reading and annotation run on a background task while the calling thread writes the previous batch, each in
/// one transaction, so an interrupted run never leaves half a document. Documents already stored are recognised by
/// their content id before any annotation work is spent on them.
/// </remarks>
public sealed class IngestService(ISitrepStore store, AnnotationPipeline pipeline, DocumentReader reader)
{
    private const int BatchSize = 512;
    private const int BatchesInFlight = 2;

    public IngestSummary Run(
        IReadOnlyList<string> paths,
        Func<Stream>? openStandardInput = null,
        IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var clock = Stopwatch.StartNew();
        var tally = new Tally();
        using var batches = new BlockingCollection<List<PreparedDocument>>(BatchesInFlight);
        using var stopProducing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => Produce(paths, openStandardInput, batches, tally, stopProducing.Token), CancellationToken.None);
        var detector = new NearDuplicateDetector(store);
        var entities = new NewEntityResolver(store);
        try
        {
            foreach (var batch in batches.GetConsumingEnumerable(cancellationToken))
            {
                WriteBatch(batch, detector, entities, tally);
                progress?.Report(tally.Progress());
            }
        }
        finally
        {
            stopProducing.Cancel();
            WaitQuietly(producer);
        }

        producer.GetAwaiter().GetResult();
        return tally.Summary(clock.Elapsed);
    }

    private void Produce(IReadOnlyList<string> paths, Func<Stream>? openStandardInput, BlockingCollection<List<PreparedDocument>> batches, Tally tally, CancellationToken cancellationToken)
    {
        try
        {
            var seenThisRun = new HashSet<string>(StringComparer.Ordinal);
            var raw = new List<RawDocument>(BatchSize);
            foreach (var item in reader.Read(paths, openStandardInput, cancellationToken))
            {
                switch (item)
                {
                    case RawDocument document:
                        raw.Add(document);
                        break;
                    case SkippedInput skipped:
                        tally.Skip(skipped.Origin, skipped.Reason);
                        break;
                }

                if (raw.Count == BatchSize)
                {
                    batches.Add(Prepare(raw, seenThisRun, tally, cancellationToken), cancellationToken);
                    raw = new List<RawDocument>(BatchSize);
                }
            }

            if (raw.Count > 0)
            {
                batches.Add(Prepare(raw, seenThisRun, tally, cancellationToken), cancellationToken);
            }
        }
        finally
        {
            batches.CompleteAdding();
        }
    }

    /// <summary>Keys every document, drops those already stored or repeated in this run, and annotates the rest in parallel.</summary>
    private List<PreparedDocument> Prepare(List<RawDocument> raw, HashSet<string> seenThisRun, Tally tally, CancellationToken cancellationToken)
    {
        var documents = new Document[raw.Count];
        Parallel.For(0, raw.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => documents[i] = DocumentFactory.Create(raw[i]));
        var fresh = new List<(RawDocument Raw, Document Document)>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            tally.Read(raw[i], documents[i].Text.Length);
            if (!seenThisRun.Add(documents[i].Id) || store.Contains(documents[i].Id))
            {
                tally.AlreadyStored();
                continue;
            }

            fresh.Add((raw[i], documents[i]));
        }

        var annotated = pipeline.AnnotateAll([.. fresh.Select(f => f.Document)], cancellationToken);
        var prepared = new PreparedDocument?[fresh.Count];
        Parallel.For(0, fresh.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var (document, failure) = annotated[i];
            if (failure is not null)
            {
                // One document that trips an annotator must not cost the rest of the run.
                tally.Skip(fresh[i].Raw.Origin, failure.Message);
                return;
            }

            var signature = MinHashSignature.Compute(fresh[i].Document.Text);
            prepared[i] = new PreparedDocument(fresh[i].Document, signature, signature.BandKeys(), LayerSerializer.Persisted(document), document.Get(Layers.Entities), document.Get(Layers.Events), document.Get(Layers.Quantities));
        });
        return [.. prepared.OfType<PreparedDocument>()];
    }

    private void WriteBatch(List<PreparedDocument> batch, NearDuplicateDetector detector, NewEntityResolver entities, Tally tally)
    {
        var rows = new List<NewDocument>(batch.Count);
        var nearDuplicates = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var item = batch[i];
            var original = detector.FindOriginal(item.Signature, item.BandKeys);
            nearDuplicates += original is null ? 0 : 1;
            detector.Remember((long.MaxValue / 2) + i, item.Document.Id, item.Signature, item.BandKeys, original);
            var records = DocumentRecords.For(item.Document, item.Entities, item.Events, item.Quantities, entities);
            rows.Add(new NewDocument(item.Document, original, item.Signature.ToBytes(), item.BandKeys, item.Layers)
            {
                Entities = records.Entities,
                EntityMentions = records.Mentions,
                Events = records.Events,
                Quantities = records.Quantities,
            });
        }

        var written = store.Write(rows);
        detector.BatchWritten();
        entities.BatchWritten();
        tally.Written(written, nearDuplicates);
    }

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // Surfaced by the caller through GetResult once the writer has stopped.
        }
    }

    private sealed record PreparedDocument(
        Document Document,
        MinHashSignature Signature,
        long[] BandKeys,
        IReadOnlyDictionary<string, string> Layers,
        ImmutableArray<EntityMention> Entities,
        ImmutableArray<EventMention> Events,
        ImmutableArray<QuantityMention> Quantities);

    /// <summary>Counters shared by the reader task and the writer.</summary>
    private sealed class Tally
    {
        private readonly Lock _lock = new();
        private readonly List<(string, string)> _skipped = [];
        private readonly List<(string, string)> _notes = [];
        private int _read;
        private int _ingested;
        private int _nearDuplicates;
        private int _alreadyStored;
        private long _characters;

        public void Read(RawDocument document, int characters)
        {
            lock (_lock)
            {
                _read++;
                _characters += characters;
                _notes.AddRange(document.Notes.Select(note => (document.Origin, note)));
            }
        }

        public void Skip(string origin, string reason)
        {
            lock (_lock)
            {
                _skipped.Add((origin, reason));
            }
        }

        public void AlreadyStored()
        {
            lock (_lock)
            {
                _alreadyStored++;
            }
        }

        public void Written(int written, int nearDuplicates)
        {
            lock (_lock)
            {
                _ingested += written;
                _nearDuplicates += nearDuplicates;
            }
        }

        public IngestProgress Progress()
        {
            lock (_lock)
            {
                return new IngestProgress(_read, _ingested, _skipped.Count);
            }
        }

        public IngestSummary Summary(TimeSpan elapsed)
        {
            lock (_lock)
            {
                return new IngestSummary(_read, _ingested, _nearDuplicates, _alreadyStored, [.. _skipped], [.. _notes], _characters, elapsed);
            }
        }
    }
}

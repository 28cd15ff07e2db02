using System.Diagnostics;
using Sitrep.Core.Annotation;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest;

namespace Sitrep.Bench;

/// <summary>Times each annotator of a pipeline separately, on one thread, over the documents of a corpus file.</summary>
public static class StageTimings
{
    public static (int Documents, long Tokens, long Sentences, long Mentions, IReadOnlyList<(string Stage, double Seconds, long Allocated)> Stages) Measure(string corpus, int limit, AnnotationPipeline pipeline)
    {
        var documents = new DocumentReader().Read([corpus]).OfType<RawDocument>().Take(limit).Select(DocumentFactory.Create).ToList();
        var seconds = new double[pipeline.Annotators.Length];
        var allocated = new long[pipeline.Annotators.Length];
        long tokens = 0, sentences = 0, mentions = 0;

        // One warm-up document loads models and knowledge before timing starts. Each stage then runs over every
        // document before the next starts, so a stage's figure is its own cost, not that of the caches and garbage
        // the other stages leave behind (the ingest bench measures them all together).
        pipeline.Annotate(documents[0]);
        var annotated = documents.Select(document => new AnnotatedDocument(document)).ToList();
        for (var i = 0; i < pipeline.Annotators.Length; i++)
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            foreach (var document in annotated)
            {
                pipeline.Annotators[i].Annotate(document, CancellationToken.None);
            }

            seconds[i] = clock.Elapsed.TotalSeconds;
            allocated[i] = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        }

        foreach (var document in annotated)
        {
            tokens += document.Get(Layers.Tokens).Length;
            sentences += document.Get(Layers.Sentences).Length;
            mentions += document.Has(Layers.Entities) ? document.Get(Layers.Entities).Length : 0;
        }

        return (documents.Count, tokens, sentences, mentions, [.. pipeline.Annotators.Select((a, i) => (a.Name, seconds[i], allocated[i]))]);
    }
}

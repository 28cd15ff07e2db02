using System.Diagnostics;
using Sitrep.Core.Annotation;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest;

namespace Sitrep.Bench;

/// <summary>Times each annotator of a pipeline separately, on one thread, over the documents of a corpus file.</summary>
public static class StageTimings
{
    public static (int Documents, long Tokens, long Sentences, long Mentions, IReadOnlyList<(string Stage, double Seconds)> Stages) Measure(string corpus, int limit, AnnotationPipeline pipeline)
    {
        var documents = new DocumentReader().Read([corpus]).OfType<RawDocument>().Take(limit).Select(DocumentFactory.Create).ToList();
        var seconds = new double[pipeline.Annotators.Length];
        long tokens = 0, sentences = 0, mentions = 0;

        // One warm-up document loads models and knowledge before timing starts.
        pipeline.Annotate(documents[0]);
        foreach (var document in documents)
        {
            var annotated = new AnnotatedDocument(document);
            for (var i = 0; i < pipeline.Annotators.Length; i++)
            {
                var clock = Stopwatch.StartNew();
                pipeline.Annotators[i].Annotate(annotated, CancellationToken.None);
                seconds[i] += clock.Elapsed.TotalSeconds;
            }

            tokens += annotated.Get(Layers.Tokens).Length;
            sentences += annotated.Get(Layers.Sentences).Length;
            mentions += annotated.Has(Layers.Entities) ? annotated.Get(Layers.Entities).Length : 0;
        }

        return (documents.Count, tokens, sentences, mentions, [.. pipeline.Annotators.Select((a, i) => (a.Name, seconds[i]))]);
    }
}

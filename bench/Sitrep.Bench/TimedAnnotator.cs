using System.Diagnostics;
using Sitrep.Core.Annotation;
using Sitrep.Core.Pipeline;

namespace Sitrep.Bench;

/// <summary>Wraps an annotator to add up the time spent in it across threads, so the ingest bench can say where its time goes.</summary>
public sealed class TimedAnnotator(IAnnotator inner) : IAnnotator
{
    private long _ticks;

    public string Name => inner.Name;

    public IReadOnlyList<LayerKey> Requires => inner.Requires;

    public IReadOnlyList<LayerKey> Produces => inner.Produces;

    public double Seconds => Interlocked.Read(ref _ticks) / (double)Stopwatch.Frequency;

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        inner.Annotate(document, cancellationToken);
        Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
    }

    /// <summary>The pipeline with every annotator timed.</summary>
    public static (AnnotationPipeline Pipeline, IReadOnlyList<TimedAnnotator> Stages) Wrap(AnnotationPipeline pipeline)
    {
        var builder = new PipelineBuilder();
        var stages = pipeline.Annotators.Select(annotator => new TimedAnnotator(annotator)).ToList();
        stages.ForEach(stage => builder.Add(stage));
        return (builder.Build(), stages);
    }
}

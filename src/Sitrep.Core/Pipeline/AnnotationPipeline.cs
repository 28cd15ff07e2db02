using System.Collections.Immutable;
using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Pipeline;

/// <summary>A built, immutable and thread-safe sequence of annotators; made by <see cref="PipelineBuilder"/>.</summary>
public sealed class AnnotationPipeline
{
    internal AnnotationPipeline(ImmutableArray<IAnnotator> annotators) => Annotators = annotators;

    public ImmutableArray<IAnnotator> Annotators { get; }

    public AnnotatedDocument Annotate(Document document, CancellationToken cancellationToken = default)
    {
        var annotated = new AnnotatedDocument(document);
        foreach (var annotator in Annotators)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                annotator.Annotate(annotated, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                throw new AnnotatorFailedException(annotator.Name, document.Id, error);
            }
        }

        return annotated;
    }

    /// <summary>
    /// Annotates a batch stage by stage — every document through one annotator (in parallel) before the next starts —
    /// so each annotator's models and tables stay in the processor's caches for the whole batch rather than being
    /// evicted by the other annotators at every document. A document on which an annotator fails is left out of the
    /// later stages and comes back with its failure.
    /// </summary>
    public IReadOnlyList<(AnnotatedDocument Annotated, AnnotatorFailedException? Failure)> AnnotateAll(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var annotated = documents.Select(document => new AnnotatedDocument(document)).ToArray();
        var failures = new AnnotatorFailedException?[annotated.Length];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        foreach (var annotator in Annotators)
        {
            Parallel.For(0, annotated.Length, options, i =>
            {
                if (failures[i] is not null)
                {
                    return;
                }

                try
                {
                    annotator.Annotate(annotated[i], cancellationToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    failures[i] = new AnnotatorFailedException(annotator.Name, documents[i].Id, error);
                }
            });
        }

        return [.. annotated.Select((document, i) => (document, failures[i]))];
    }
}

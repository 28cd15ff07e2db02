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
}

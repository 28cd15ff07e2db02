using Sitrep.Core.Annotation;

namespace Sitrep.Core.Pipeline;

/// <summary>One pipeline stage: reads the layers it requires and adds the layers it produces.</summary>
/// <remarks>Implementations are stateless or immutable after construction, so one instance serves all threads.</remarks>
public interface IAnnotator
{
    string Name { get; }

    IReadOnlyList<LayerKey> Requires { get; }

    IReadOnlyList<LayerKey> Produces { get; }

    void Annotate(AnnotatedDocument document, CancellationToken cancellationToken);
}

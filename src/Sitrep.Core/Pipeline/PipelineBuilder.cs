using Sitrep.Core.Annotation;

namespace Sitrep.Core.Pipeline;

/// <summary>Collects annotators in order and checks, once, that each finds the layers it needs.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IAnnotator> _annotators = [];

    public PipelineBuilder Add(IAnnotator annotator)
    {
        ArgumentNullException.ThrowIfNull(annotator);
        _annotators.Add(annotator);
        return this;
    }

    /// <summary>Freezes the pipeline; fails with a clear message when an annotator's requirement is unmet.</summary>
    public AnnotationPipeline Build()
    {
        var available = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var annotator in _annotators)
        {
            foreach (var required in annotator.Requires)
            {
                if (!available.ContainsKey(required.Name))
                {
                    throw new InvalidOperationException(
                        $"Annotator '{annotator.Name}' requires layer '{required.Name}', which no earlier annotator produces.");
                }
            }

            foreach (var produced in annotator.Produces)
            {
                if (available.TryGetValue(produced.Name, out var producer))
                {
                    throw new InvalidOperationException(
                        $"Annotators '{producer}' and '{annotator.Name}' both produce layer '{produced.Name}'.");
                }

                available[produced.Name] = annotator.Name;
            }
        }

        return new AnnotationPipeline([.. _annotators]);
    }
}

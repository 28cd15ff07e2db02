using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Attributions;
using Sitrep.Extraction.Entities.Linking;
using Sitrep.Extraction.Entities.Recognition;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Quantities;
using Sitrep.Extraction.Text;
using Sitrep.Extraction.Time;

namespace Sitrep.Extraction.Pipeline;

/// <summary>The default annotator sequence: tokens → sentences → names → entities → times → reported speech → counts → events.</summary>
public static class StandardPipeline
{
    public static AnnotationPipeline Create() => Builder().Build();

    /// <summary>The default annotators, open for more to be added after them.</summary>
    public static PipelineBuilder Builder() =>
        new PipelineBuilder()
            .Add(new Tokenizer())
            .Add(new SentenceSplitter())
            .Add(new MentionRecognizer())
            .Add(new EntityLinker())
            .Add(new TimeRecognizer())
            .Add(new AttributionRecognizer())
            .Add(new QuantityRecognizer())
            .Add(new EventExtractor());
}

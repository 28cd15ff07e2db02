using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Pipeline;

/// <summary>The default annotator sequence: tokens, then sentences (later layers plug in here).</summary>
public static class StandardPipeline
{
    public static AnnotationPipeline Create() =>
        new PipelineBuilder()
            .Add(new Tokenizer())
            .Add(new SentenceSplitter())
            .Build();
}

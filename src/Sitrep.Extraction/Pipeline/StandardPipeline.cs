using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Entities.Linking;
using Sitrep.Extraction.Entities.Recognition;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Pipeline;

/// <summary>The default annotator sequence: tokens → sentences → name mentions → linked entities.</summary>
public static class StandardPipeline
{
    public static AnnotationPipeline Create() =>
        new PipelineBuilder()
            .Add(new Tokenizer())
            .Add(new SentenceSplitter())
            .Add(new MentionRecognizer())
            .Add(new EntityLinker())
            .Build();
}

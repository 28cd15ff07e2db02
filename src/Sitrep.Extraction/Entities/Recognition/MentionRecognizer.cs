using System.Collections.Immutable;
using Sitrep.Core.Annotation;
using Sitrep.Core.Data;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extraction.Entities.Recognition;

/// <summary>Finds person, organisation, location and other name mentions with the trained sequence model (data/models/ner.bin).</summary>
public sealed class MentionRecognizer(RecognizerModel model, NerFeatureExtractor extractor) : IAnnotator
{
    private static readonly Lazy<RecognizerModel> Shipped = new(() => RecognizerModel.Load(DataFileReader.Open(typeof(MentionRecognizer).Assembly, "models/ner.bin")));

    public MentionRecognizer()
        : this(DefaultModel, new NerFeatureExtractor(NerGazetteer.Default))
    {
    }

    /// <summary>The model trained on CoNLL-2003 that ships with Sitrep (see scripts/train-ner).</summary>
    public static RecognizerModel DefaultModel => Shipped.Value;

    public string Name => "mention-recognizer";

    public IReadOnlyList<LayerKey> Requires => [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<LayerKey> Produces => [Layers.Mentions];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = document.Get(Layers.Tokens);
        var sentences = document.Get(Layers.Sentences);
        var words = new string[sentences.Length][];
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            words[s] = new string[sentence.TokenCount];
            for (var i = 0; i < sentence.TokenCount; i++)
            {
                var token = tokens[sentence.FirstToken + i];
                words[s][i] = text.Substring(token.Start, token.Length);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var tagged = model.Decode(words, extractor);
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            foreach (var (start, end, type) in EntityTags.Spans(tagged[s]))
            {
                var first = sentence.FirstToken + start;
                var last = sentence.FirstToken + end - 1;
                mentions.Add(new Mention(tokens[first].Start, tokens[last].End, type, first, last + 1));
            }
        }

        document.Add(Layers.Mentions, mentions.DrainToImmutable());
    }
}

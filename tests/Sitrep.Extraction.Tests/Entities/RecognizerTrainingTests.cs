using Sitrep.Core.Annotation;
using Sitrep.Extraction.Entities.Recognition;

namespace Sitrep.Extraction.Tests.Entities;

public sealed class RecognizerTrainingTests
{
    private static readonly TaggedDocument[] Training =
    [
        Document(("Officials", 0), ("in", 0), ("Kyiv", 3), ("said", 0), ("Viktor", 1), ("Petrenko", 1), ("left", 0), (".", 0)),
        Document(("The", 0), ("United", 2), ("Nations", 2), ("sent", 0), ("aid", 0), ("to", 0), ("Gaza", 3), (".", 0)),
        Document(("Anna", 1), ("Kovalenko", 1), ("spoke", 0), ("for", 0), ("the", 0), ("Red", 2), ("Cross", 2), ("in", 0), ("Geneva", 3), (".", 0)),
    ];

    [Fact]
    public void Training_is_deterministic_and_learns_its_examples()
    {
        var extractor = new NerFeatureExtractor(new NerGazetteer([]), clusters: null);
        var first = new NerTrainer(extractor).TrainTwoPass(Training, [], epochs: 5);
        var second = new NerTrainer(extractor).TrainTwoPass(Training, [], epochs: 5);
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        first.Save(a, 0);
        second.Save(b, 0);
        Assert.Equal(a.ToArray(), b.ToArray());

        var tags = first.Decode([Training[2].Sentences[0].Tokens], extractor)[0];
        Assert.Equal(Training[2].Sentences[0].Tags, tags);
    }

    [Fact]
    public void A_saved_model_loads_and_decodes_the_same()
    {
        var extractor = new NerFeatureExtractor(new NerGazetteer([]), clusters: null);
        var model = new NerTrainer(extractor).TrainTwoPass(Training, [], epochs: 3);
        using var stream = new MemoryStream();
        model.Save(stream, 0);
        stream.Position = 0;
        var loaded = RecognizerModel.Load(stream);
        var sentences = Training.SelectMany(d => d.Sentences).Select(s => s.Tokens).ToList();
        Assert.Equal(model.Decode(sentences, extractor), loaded.Decode(sentences, extractor));
    }

    [Fact]
    public void Bilou_tags_round_trip_through_spans_and_decoding_keeps_them_well_formed()
    {
        (int, int, MentionType)[] spans = [(0, 2, MentionType.Person), (3, 4, MentionType.Location)];
        var tags = EntityTags.FromSpans(5, spans);
        Assert.Equal(spans, EntityTags.Spans(tags));
        Assert.False(EntityTags.CanFollow(EntityTags.Begin(MentionType.Person), EntityTags.Outside));
        Assert.False(EntityTags.CanFollow(EntityTags.Begin(MentionType.Person), EntityTags.Last(MentionType.Location)));
        Assert.True(EntityTags.CanFollow(EntityTags.Inside(MentionType.Person), EntityTags.Last(MentionType.Person)));
    }

    [Fact]
    public void The_shipped_recogniser_finds_names_in_news_text()
    {
        string[] tokens = ["UN", "Secretary-General", "Antonio", "Guterres", "flew", "to", "Khartoum", "on", "Monday", "."];
        var tags = MentionRecognizer.DefaultModel.Decode([tokens], new NerFeatureExtractor(NerGazetteer.Default))[0];
        var spans = EntityTags.Spans(tags).ToList();
        Assert.Contains((2, 4, MentionType.Person), spans);
        Assert.Contains((6, 7, MentionType.Location), spans);
    }

    private static TaggedDocument Document(params (string Word, int Type)[] words)
    {
        var spans = new List<(int, int, MentionType)>();
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Type == 0)
            {
                continue;
            }

            var end = i;
            while (end < words.Length && words[end].Type == words[i].Type)
            {
                end++;
            }

            spans.Add((i, end, (MentionType)words[i].Type));
            i = end - 1;
        }

        return new TaggedDocument([new TaggedSentence([.. words.Select(w => w.Word)], EntityTags.FromSpans(words.Length, spans))]);
    }
}

using System.Text.Json;
using Sitrep.Extraction.Text;
using Sitrep.Tests.Shared;

namespace Sitrep.Extraction.Tests.Text;

public sealed class SentenceSplitterSpecTests
{
    private static readonly IReadOnlyDictionary<string, JsonElement> Cases = SpecFile.Load("sentences");
    private static readonly Tokenizer Tokenizer = new();
    private static readonly SentenceSplitter Splitter = new();

    public static TheoryData<string> CaseIds => SpecFile.Ids(Cases);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Splits_as_specified(string id)
    {
        var spec = Cases[id];
        var text = spec.GetProperty("text").GetString()!;
        var sentences = Splitter.Split(text, Tokenizer.Tokenize(text));
        var actual = sentences.Select(sentence => text[sentence.Start..sentence.End]).ToArray();
        Assert.Equal(SpecFile.Strings(spec, "sentences"), actual);
    }

    [Fact]
    public void Sentences_cover_their_tokens_in_order()
    {
        const string text = "Gen. Smith arrived. \"We are ready,\" he said.\n\nTalks resume";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = Splitter.Split(text, tokens);
        Assert.Equal(3, sentences.Length);
        Assert.Equal(0, sentences[0].FirstToken);
        for (var i = 1; i < sentences.Length; i++)
        {
            Assert.Equal(sentences[i - 1].EndToken, sentences[i].FirstToken);
        }

        Assert.Equal(tokens.Length, sentences[^1].EndToken);
    }
}

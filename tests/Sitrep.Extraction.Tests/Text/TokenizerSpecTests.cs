using System.Text.Json;
using Sitrep.Extraction.Text;
using Sitrep.Tests.Shared;

namespace Sitrep.Extraction.Tests.Text;

public sealed class TokenizerSpecTests
{
    private static readonly IReadOnlyDictionary<string, JsonElement> Cases = SpecFile.Load("tokens");
    private static readonly Tokenizer Tokenizer = new();

    public static TheoryData<string> CaseIds => SpecFile.Ids(Cases);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Tokenizes_as_specified(string id)
    {
        var spec = Cases[id];
        var text = spec.GetProperty("text").GetString()!;
        var actual = Tokenizer.Tokenize(text).Select(token => text[token.Start..token.End]).ToArray();
        Assert.Equal(SpecFile.Strings(spec, "tokens"), actual);
    }
}

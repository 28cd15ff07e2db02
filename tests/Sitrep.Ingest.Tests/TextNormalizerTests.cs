using Sitrep.Ingest.Normalization;

namespace Sitrep.Ingest.Tests;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("  lead and trail  \n", "lead and trail")]
    [InlineData("one\u00A0two\u2009three\tfour", "one two three four")]
    [InlineData("zero\u200Bwidth soft\u00ADhyphen", "zerowidth softhyphen")]
    [InlineData("para one\n\n\n\n\npara two", "para one\n\npara two")]
    [InlineData("trailing   \nspaces", "trailing\nspaces")]
    [InlineData("  indented\n   line", "indented\nline")]
    [InlineData("bell\u0007char", "bellchar")]
    public void Normalises_layout_and_invisible_characters(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(raw));

    [Fact]
    public void Composes_decomposed_accents()
    {
        var decomposed = "C\u0327avus\u0327og\u0306lu";
        Assert.Equal("Çavuşoğlu", TextNormalizer.Normalize(decomposed));
    }

    [Fact]
    public void Gives_copies_that_differ_only_in_layout_the_same_content_hash()
    {
        var a = TextNormalizer.Normalize("Talks resumed.\r\n\r\nNo deal was reached.  ");
        var b = TextNormalizer.Normalize("Talks resumed.\n\n\nNo deal was reached.");
        Assert.Equal(ContentHash.Of(a), ContentHash.Of(b));
        Assert.NotEqual(ContentHash.Of(a), ContentHash.Of(TextNormalizer.Normalize("Talks resumed. A deal was reached.")));
        Assert.Matches("^[0-9a-f]{16}$", ContentHash.Of(a));
    }
}

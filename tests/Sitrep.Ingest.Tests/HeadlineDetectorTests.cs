namespace Sitrep.Ingest.Tests;

public sealed class HeadlineDetectorTests
{
    [Fact]
    public void A_short_first_line_without_a_full_stop_is_a_headline()
    {
        const string text = "Ceasefire holds in Gaza as aid trucks enter\nAid trucks crossed into Gaza on Sunday.";
        var headline = HeadlineDetector.Find(text);
        Assert.Equal("Ceasefire holds in Gaza as aid trucks enter", headline!.Value.Of(text));
    }

    [Theory]
    [InlineData("The army said on Monday it had retaken the town.\nResidents returned.")]
    [InlineData("A single line of text without a body")]
    [InlineData("KYIV, April 8 (Sitrep Wire) - Missiles struck the station.\nMore text.")]
    public void Other_first_lines_are_not_headlines(string text) => Assert.Null(HeadlineDetector.Find(text));
}

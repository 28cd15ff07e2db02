using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Tests;

public sealed class DatelineParserTests
{
    [Theory]
    [InlineData("MOSCOW, Oct 11 (Reuters) - Russia said on Tuesday...", "Moscow", null, "Oct 11", "Reuters")]
    [InlineData("Baku [Azerbaijan], September 25 : The defence ministry said...", "Baku", "Azerbaijan", "September 25", null)]
    [InlineData("KHARTOUM, Sudan, April 16, 2023 (Sitrep Wire) — Fighting...", "Khartoum", "Sudan", "April 16, 2023", "Sitrep Wire")]
    [InlineData("Dhaka, Feb 2 : Bangladesh has expressed hope...", "Dhaka", null, "Feb 2", null)]
    [InlineData("GENEVA, 3 March (Sitrep Wire) - The talks...", "Geneva", null, "3 March", "Sitrep Wire")]
    [InlineData("KYIV, Ukraine (Sitrep Wire) — Air raid sirens sounded...", "Kyiv", "Ukraine", null, "Sitrep Wire")]
    [InlineData("PORT SUDAN, June 3 (Sitrep Wire) -- Aid agencies...", "Port Sudan", null, "June 3", "Sitrep Wire")]
    public void Reads_wire_datelines(string text, string place, string? country, string? date, string? agency)
    {
        var dateline = DatelineParser.Find(text, 0);
        Assert.NotNull(dateline);
        Assert.Equal(place, dateline.Place);
        Assert.Equal(country, dateline.Country);
        Assert.Equal(date, dateline.DateText);
        Assert.Equal(agency, dateline.Agency);
        Assert.Equal(0, dateline.Span.Start);
        Assert.True(char.IsLetter(text[dateline.Span.End]), "the dateline span ends where the body text begins");
    }

    [Theory]
    [InlineData("Turkish Foreign Minister Mevlut Cavusoglu arrived in Azerbaijan today, Sunday.")]
    [InlineData("The President of Azerbaijan, Ilham Aliyev, on Sunday held talks.")]
    [InlineData("In Geneva, March 3 was set as the date for talks - officials said.")]
    public void Leaves_ordinary_sentences_alone(string text) => Assert.Null(DatelineParser.Find(text, 0));
}

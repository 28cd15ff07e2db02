using Sitrep.Core.Documents;
using Sitrep.Core.Text;
using Sitrep.Core.Time;
using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Tests;

public sealed class PublicationDateResolverTests
{
    [Fact]
    public void Metadata_wins()
    {
        var given = new DateValue("2020-11-01", DateGranularity.Day);
        var (date, origin) = PublicationDateResolver.Resolve("MOSCOW, Oct 11, 2019 (Reuters) - text", given, Dateline("Oct 11, 2019"));
        Assert.Equal(given, date);
        Assert.Equal(PublishedOrigin.Metadata, origin);
    }

    [Fact]
    public void A_dateline_with_a_year_gives_the_day()
    {
        var (date, origin) = PublicationDateResolver.Resolve("text", null, Dateline("April 16, 2023"));
        Assert.Equal("2023-04-16", date!.Value);
        Assert.Equal(DateGranularity.Day, date.Granularity);
        Assert.Equal(PublishedOrigin.Dateline, origin);
    }

    [Fact]
    public void Yesterday_with_a_weekday_fixes_the_year_of_a_dateline()
    {
        const string text = "Dhaka, Feb 2 : In a statement issued yesterday (Monday), the ministry recalled the 2017 exodus and 2019 talks.";
        var (date, origin) = PublicationDateResolver.Resolve(text, null, Dateline("Feb 2"));
        Assert.Equal("2021-02-02", date!.Value); // 1 February 2021 was a Monday
        Assert.Equal(PublishedOrigin.Inferred, origin);
    }

    [Fact]
    public void Today_with_a_weekday_fixes_the_year_of_a_dateline()
    {
        const string text = "Baku, Nov 1 : The minister arrived today, Sunday, after talks held in 2019.";
        var (date, _) = PublicationDateResolver.Resolve(text, null, Dateline("Nov 1"));
        Assert.Equal("2020-11-01", date!.Value);
    }

    [Fact]
    public void The_lead_sentence_weekday_is_taken_as_the_reports_day_or_the_day_before()
    {
        const string text = "GOMA, Jan 27 (Sitrep Wire) - Rebels said on Monday they had taken the city they first seized in 2012 and threatened again in 2022.";
        var (date, _) = PublicationDateResolver.Resolve(text, null, Dateline("Jan 27"));
        Assert.Equal("2025-01-27", date!.Value);
    }

    [Fact]
    public void A_weekday_beside_a_date_picks_the_year_it_fits()
    {
        const string text = "ARAS, Sept 26 : The clashes that began on Sunday, September 27 in 2020 are remembered.";
        var (date, _) = PublicationDateResolver.Resolve(text, null, Dateline("Sept 26"));
        Assert.Equal("2020-09-26", date!.Value);
    }

    [Fact]
    public void Without_a_dateline_a_full_weekday_date_is_used()
    {
        const string text = "Fighting resumed on Monday, September 25, 2023 near the border.";
        var (date, origin) = PublicationDateResolver.Resolve(text, null, null);
        Assert.Equal("2023-09-25", date!.Value);
        Assert.Equal(PublishedOrigin.Inferred, origin);
    }

    [Fact]
    public void The_latest_year_mentioned_is_a_year_level_guess()
    {
        var (date, origin) = PublicationDateResolver.Resolve("The war of 1988 to 1994 ended in a ceasefire that held until 2016.", null, null);
        Assert.Equal(new DateValue("2016", DateGranularity.Year, "2016"), date);
        Assert.Equal(PublishedOrigin.Inferred, origin);
    }

    [Fact]
    public void With_no_clue_the_date_is_unknown_never_today()
    {
        var (date, origin) = PublicationDateResolver.Resolve("Officials met on Monday to discuss the ceasefire.", null, null);
        Assert.Null(date);
        Assert.Equal(PublishedOrigin.Unknown, origin);
    }

    [Theory]
    [InlineData("2020-11-01", "2020-11-01", DateGranularity.Day)]
    [InlineData("2020-11-01T23:10:00+04:00", "2020-11-01", DateGranularity.Day)]
    [InlineData("Sun, 01 Nov 2020 10:00:00 GMT", "2020-11-01", DateGranularity.Day)]
    [InlineData("November 1, 2020", "2020-11-01", DateGranularity.Day)]
    [InlineData("1 November 2020", "2020-11-01", DateGranularity.Day)]
    [InlineData("2020-11", "2020-11", DateGranularity.Month)]
    [InlineData("2020", "2020", DateGranularity.Year)]
    public void Reads_publication_dates_as_sources_write_them(string value, string expected, DateGranularity granularity)
    {
        var date = PublishedDateParser.Parse(value);
        Assert.Equal(expected, date!.Value);
        Assert.Equal(granularity, date.Granularity);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2020-13-45")]
    public void Unreadable_publication_dates_are_null(string value) => Assert.Null(PublishedDateParser.Parse(value));

    private static Dateline Dateline(string date) => new(new TextSpan(0, 10), "Place", null, date, null);
}

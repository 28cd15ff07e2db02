using Sitrep.Core.Annotation;
using Sitrep.Extraction.Time;

namespace Sitrep.Extraction.Tests.Time;

/// <summary>Behaviour of the time layer beyond the spec suite: the common forms read without the grammar, and words that only look like times.</summary>
public sealed class TimeRecognizerTests
{
    private static readonly TimeRecognizer Recognizer = new();
    private static readonly DateOnly Wednesday = new(2024, 12, 18);

    [Theory]
    [InlineData("Talks resumed on Monday.", "Monday", "2024-12-16")]
    [InlineData("Talks will resume on Monday.", "Monday", "2024-12-23")]
    [InlineData("The president accepted the strikers' demands on Monday to scrap planned fuel levies.", "Monday", "2024-12-16")]
    [InlineData("Qatar will host the next Cup, FIFA confirmed on Wednesday.", "Wednesday", "2024-12-18")]
    [InlineData("Shelling resumed yesterday, Tuesday, officials said.", "yesterday, Tuesday", "2024-12-17")]
    [InlineData("The envoy arrived in Kyiv on December 3, 2024.", "December 3, 2024", "2024-12-03")]
    [InlineData("The envoy arrived in Kyiv on 3 December.", "3 December", "2024-12-03")]
    [InlineData("The strike hit the depot last week.", "last week", "2024-W50")]
    [InlineData("Fighting flared earlier this month.", "earlier this month", "2024-12")]
    [InlineData("The rebels seized the town two days ago.", "two days ago", "2024-12-16")]
    [InlineData("The accord was signed in May.", "May", "2024-05")]
    [InlineData("He ruled the country from 1988 to 1994.", "from 1988 to 1994", "1988/1994")]
    [InlineData("The town fell in 2014 after heavy fighting.", "2014", "2014")]
    [InlineData("The truce collapsed last Friday.", "last Friday", "2024-12-13")]
    [InlineData("The envoy returns next Wednesday.", "next Wednesday", "2024-12-25")]
    [InlineData("Unrest grew in the early 1990s.", "the early 1990s", "199")]
    [InlineData("The offensive began in the summer of 2014.", "summer of 2014", "2014-SU")]
    [InlineData("FIGHTING RESUMED ON THURSDAY.", "THURSDAY", "2024-12-12")]
    public void Reads_a_date_and_anchors_it_on_the_report(string sentence, string text, string value)
    {
        var time = Assert.Single(Recognizer.Recognize(sentence, Wednesday));
        Assert.Equal(text, sentence[time.Start..time.End]);
        Assert.Equal(TimeKind.Date, time.Kind);
        Assert.Equal(value, time.Value?.Value);
    }

    [Theory]
    [InlineData("He began a four-year term.", "four-year", "P4Y")]
    [InlineData("The court sentenced him to 12 years in prison.", "12 years", "P12Y")]
    [InlineData("A 72-hour truce was declared.", "72-hour", "PT72H")]
    public void Reads_a_length_of_time_as_a_duration_that_dates_nothing(string sentence, string text, string value)
    {
        var time = Assert.Single(Recognizer.Recognize(sentence, Wednesday));
        Assert.Equal(text, sentence[time.Start..time.End]);
        Assert.Equal(TimeKind.Duration, time.Kind);
        Assert.Equal(value, time.Value?.Value);
    }

    [Theory]
    [InlineData("A 37-year-old man was among the dead.")]
    [InlineData("Theresa May may visit Kyiv.")]
    [InlineData("Protesters plan to march on parliament.")]
    [InlineData("He scored in the 21st minute.")]
    [InlineData("Some 2,000 people fled the fighting.")]
    [InlineData("Militants attacked at night, over the weekend.")]
    [InlineData("Oil prices may fall in the coming weeks.")]
    public void Finds_no_date_in_words_that_only_look_like_one(string sentence) =>
        Assert.DoesNotContain(Recognizer.Recognize(sentence, Wednesday), time => time.Kind == TimeKind.Date && time.Value is not null);

    [Fact]
    public void A_relative_date_without_a_report_date_has_no_value()
    {
        Assert.DoesNotContain(Recognizer.Recognize("The shelling began yesterday.", null), time => time.Value is not null);
    }
}

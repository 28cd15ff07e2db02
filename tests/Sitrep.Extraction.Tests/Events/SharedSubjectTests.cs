using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Time;
using Sitrep.Extraction.Pipeline;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>Doers shared with a verb before the trigger: the speaker of a denial or report, the subject of the first joined verb.</summary>
public sealed class SharedSubjectTests
{
    private static readonly Core.Pipeline.AnnotationPipeline Pipeline = StandardPipeline.Create();

    [Theory]
    [InlineData("Moscow denied shelling the market in Kharkiv.", "shelling", "Moscow")]
    [InlineData("Kenya said on Tuesday it was withdrawing its troops from Somalia.", "withdrawing", "Kenya")]
    [InlineData("Turkey recalled its envoy from Vienna and expelled Austrian diplomats.", "expelled", "Turkey")]
    [InlineData("Seoul closed the embassy of Pyongyang on Monday, accusing North Korea of espionage.", "accusing", "Seoul")]
    [InlineData("Riyadh blamed the Houthis for the drone attack on Abqaiq.", "drone attack", "Houthis")]
    [InlineData("Police arrested dozens of farmers who blocked the highway near Delhi.", "blocked", "farmers")]
    [InlineData("Kenya welcomed the deal but urged the release of all detainees.", "urged", "Kenya")]
    [InlineData("The rebels said on Friday that they had seized the airport, blocked the main road and detained the governor.", "blocked", "The rebels")]
    [InlineData("Iranian guards seized a tanker in the Gulf after firing on its crew.", "firing", "Iranian")]
    [InlineData("EU ministers meeting in Brussels condemned the coup in Niger.", "condemned", "EU")]
    public void The_doer_is_shared_with_the_verb_before(string text, string trigger, string doer)
    {
        var found = Assert.Single(Events(text), e => text[e.Trigger.Start..e.Trigger.End].StartsWith(trigger, StringComparison.Ordinal));
        Assert.NotNull(found.Source);
        Assert.Equal(doer, text[found.Source!.Start..found.Source.End]);
    }

    [Fact]
    public void The_subject_of_a_passive_verb_is_no_doer_of_the_next()
    {
        const string text = "Peacekeepers were attacked, robbed and taken hostage near Bunia.";
        Assert.All(Events(text).Where(e => text[e.Trigger.Start..e.Trigger.End].StartsWith("taken", StringComparison.Ordinal)), e => Assert.Null(e.Source));
    }

    private static IEnumerable<EventMention> Events(string text) =>
        Pipeline.Annotate(new Document("d", text, new DocumentMetadata { Published = new DateValue("2024-08-16", DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata })).Get(Layers.Events);
}

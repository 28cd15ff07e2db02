using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Time;
using Sitrep.Extraction.Pipeline;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>Doers named away from their trigger: the speaker's next act, the one asked by, the forces deployed, the sides of a fight one was harmed in.</summary>
public sealed class ContextSubjectTests
{
    private static readonly Core.Pipeline.AnnotationPipeline Pipeline = StandardPipeline.Create();

    [Theory]
    [InlineData("Prime Minister Ivan Petrov denied that Moscow had any role in the attack and accused Kyiv of staging it.", "accused", "Prime Minister Ivan Petrov")]
    [InlineData("Prime Minister Ivan Petrov denied that Moscow had any role in the attack and accused Kyiv of staging it.", "attack", "Moscow")]
    [InlineData("Thousands of supporters of Hamas rallied in Gaza City on Friday.", "rallied", "supporters")]
    [InlineData("Belarusian troops were deployed near the border on Monday.", "deployed", "Belarusian troops")]
    [InlineData("Dozens of students rallied outside parliament on Monday to demand the minister's resignation.", "demand", "students")]
    [InlineData("Talks hosted by Turkish President Recep Tayyip Erdogan ended on Friday.", "Talks hosted by", "Recep Tayyip Erdogan")]
    [InlineData("Members of the Barrio Norte gang abducted two nurses in Cap-Haitien on Tuesday.", "abducted", "Barrio Norte gang")]
    [InlineData("The strike on the market, which Kyiv blamed on Russian forces, killed 12 people.", "strike", "Russian forces")]
    [InlineData("Ukrainian troops have killed 40 Russian soldiers in fierce clashes near Bakhmut, the army said.", "clashes", "Ukrainian troops")]
    [InlineData("Two soldiers were wounded in clashes with Maoist rebels in Chhattisgarh on Sunday.", "clashes", "Maoist rebels")]
    [InlineData("Hezbollah, which is backed by Iran, fired rockets at northern Israel on Sunday.", "fired rockets at", "Hezbollah")]
    [InlineData("Police arrested dozens of protesters demanding the release of the opposition leader.", "demanding", "protesters")]
    [InlineData("A navy frigate chased away pirates in speedboats pursuing a cargo ship.", "pursuing", "pirates")]
    [InlineData("The bombing was blamed on Islamic State.", "bombing", "Islamic State")]
    [InlineData("Turkey's Kurd rebels killed two villagers on Monday.", "killed", "Turkey's Kurd rebels")]
    public void The_doer_is_read_from_around_the_trigger(string text, string trigger, string doer)
    {
        var found = Assert.Single(Events(text), e => text[e.Trigger.Start..e.Trigger.End] == trigger);
        Assert.NotNull(found.Source);
        Assert.Equal(doer, text[found.Source!.Start..found.Source.End]);
    }

    [Fact]
    public void A_speaker_pronoun_keeps_the_next_act_inside_the_claim()
    {
        const string text = "The ministry said it had signed a deal with Turkey and urged Greece to join.";
        var urged = Assert.Single(Events(text), e => text[e.Trigger.Start..e.Trigger.End] == "urged");
        Assert.NotNull(urged.ClaimedBy);
    }

    [Fact]
    public void Those_harmed_in_a_clash_are_its_target()
    {
        const string text = "Two soldiers were wounded in clashes with Maoist rebels in Chhattisgarh on Sunday.";
        var clash = Assert.Single(Events(text), e => e.Type == EventType.Assault);
        Assert.Equal("soldiers", text[clash.Target!.Start..clash.Target.End]);
    }

    private static IReadOnlyList<EventMention> Events(string text) =>
        Pipeline.Annotate(new Document("d", text, new DocumentMetadata { Published = new DateValue("2024-08-16", DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata }))
            .Get(Layers.Events);
}

using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Time;
using Sitrep.Extraction.Pipeline;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>A noun trigger's doer is the subject of the verb that governs it, past the act's modifiers and measures.</summary>
public sealed class GoverningVerbTests
{
    private static readonly Core.Pipeline.AnnotationPipeline Pipeline = StandardPipeline.Create();

    [Theory]
    [InlineData("Iran began three days of naval drills in the Gulf on Monday.", "drills", "Iran")]
    [InlineData("Canada adopted a fresh package of sanctions against Belarus.", "sanctions", "Canada")]
    [InlineData("Turkey might carry out more air strikes in northern Iraq.", "strikes", "Turkey")]
    [InlineData("Kyiv condemned Moscow's relentless shelling of Kharkiv.", "shelling", "Moscow")]
    [InlineData("Indian Prime Minister Narendra Modi arrived in Kyiv on Friday for a visit.", "visit", "Narendra Modi")]
    [InlineData("Thousands of farmers joined a march towards Lahore on Sunday.", "march", "farmers")]
    [InlineData("Enemy warplanes carried out raids on the villages of the valley.", "raids", "Enemy warplanes")]
    [InlineData("The militia launched yesterday, Friday, a wave of raids on border posts.", "raids", "militia")]
    public void The_subject_of_the_governing_verb_does_the_act(string text, string trigger, string doer)
    {
        var found = Assert.Single(Events(text), e => text[e.Trigger.Start..e.Trigger.End].EndsWith(trigger, StringComparison.Ordinal));
        Assert.NotNull(found.Source);
        Assert.Equal(doer, text[found.Source!.Start..found.Source.End]);
    }

    [Fact]
    public void Talks_hosted_by_a_mediator_are_not_the_hosts_subjects()
    {
        const string text = "Rwanda and Congo met in Doha on Sunday for talks hosted by Qatar's emir.";
        Assert.All(Events(text).Where(e => text[e.Trigger.Start..e.Trigger.End].StartsWith("talks", StringComparison.Ordinal) && e.Source is not null),
            e => Assert.DoesNotContain("Rwanda", text[e.Source!.Start..e.Source.End], StringComparison.Ordinal));
    }

    [Fact]
    public void Who_orders_a_named_force_to_act_does_not_act()
    {
        const string text = "Moscow ordered on Tuesday the withdrawal of Russian troops from Kherson.";
        Assert.All(Events(text).Where(e => text[e.Trigger.Start..e.Trigger.End].Contains("withdrawal", StringComparison.Ordinal)),
            e => Assert.NotEqual("Moscow", e.Source is null ? null : text[e.Source.Start..e.Source.End]));
    }

    private static IEnumerable<EventMention> Events(string text) =>
        Pipeline.Annotate(new Document("d", text, new DocumentMetadata { Published = new DateValue("2024-08-16", DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata })).Get(Layers.Events);
}

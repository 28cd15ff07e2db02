using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Time;
using Sitrep.Extraction.Pipeline;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>Whether an event is told as having happened, as not having happened, or only as possible.</summary>
public sealed class EventPolarityTests
{
    private static readonly Core.Pipeline.AnnotationPipeline Pipeline = StandardPipeline.Create();

    [Theory]
    [InlineData("The two leaders met in Geneva on Friday but failed to reach an agreement on prisoners.", "reach", Polarity.Negated)]
    [InlineData("The president apologised on Saturday but stopped short of accepting responsibility for the crash.", "accepting", Polarity.Negated)]
    [InlineData("The government withdrew from the accord in May 2018 and imposed sanctions on the rebels.", "imposed", Polarity.Asserted)]
    [InlineData("The army could launch an offensive on the city within days.", "launch", Polarity.Hypothetical)]
    public void Polarity_follows_the_words_around_the_trigger(string text, string trigger, Polarity polarity)
    {
        var annotated = Pipeline.Annotate(new Document("d", text, new DocumentMetadata { Published = new DateValue("2024-08-16", DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata }));
        var found = annotated.Get(Layers.Events).First(e => text[e.Trigger.Start..e.Trigger.End].StartsWith(trigger, StringComparison.Ordinal));
        Assert.Equal(polarity, found.Polarity);
    }

    [Fact]
    public void Coordinated_deniers_in_a_relative_clause_each_deny_the_act_as_its_doer_or_its_recipient()
    {
        const string text = "Kyiv said Belarus had sent fuel trucks to Russia, which Minsk and Moscow both denied.";
        var annotated = Pipeline.Annotate(new Document("d", text, new DocumentMetadata { Published = new DateValue("2024-08-16", DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata }));
        var deniers = annotated.Get(Layers.Events).Where(e => e.Polarity == Polarity.Denied).Select(e => text[e.ClaimedBy!.Start..e.ClaimedBy.End]).ToList();
        Assert.Equal(["Minsk", "Moscow"], deniers);
    }
}

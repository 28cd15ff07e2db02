using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Time;
using Sitrep.Extraction.Pipeline;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>Doers the clause names only through its context: a shared subject, a claimant, a participle's main verb.</summary>
public sealed class EventSubjectTests
{
    private static readonly Core.Pipeline.AnnotationPipeline Pipeline = StandardPipeline.Create();

    [Theory]
    [InlineData("Thousands of opposition supporters marched in Caracas on Saturday, demanding new elections.", "demanding", "opposition supporters")]
    [InlineData("M23 rebels said on Monday they had captured Goma.", "captured", "M23 rebels")]
    [InlineData("Israeli troops killed nine Palestinians in Jenin and detained dozens of others.", "detained", "Israeli troops")]
    public void The_doer_comes_from_the_sentence_around_the_trigger(string text, string trigger, string doer)
    {
        var annotated = Pipeline.Annotate(new Document("d", text, new DocumentMetadata { Published = new DateValue("2024-08-16", DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata }));
        var found = Assert.Single(annotated.Get(Layers.Events), e => text[e.Trigger.Start..e.Trigger.End] == trigger);
        Assert.NotNull(found.Source);
        Assert.Equal(doer, text[found.Source!.Start..found.Source.End]);
    }
}

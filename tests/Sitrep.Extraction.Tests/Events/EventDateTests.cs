using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Time;
using Sitrep.Extraction.Pipeline;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>Which time expression dates an event, and how bare days and months resolve against the report's date.</summary>
public sealed class EventDateTests
{
    private static readonly Core.Pipeline.AnnotationPipeline Pipeline = StandardPipeline.Create();

    [Theory]
    [InlineData("2024-11-01", "The North fired a ballistic missile toward the sea on the 31st, the military said.", "fired", "2024-10-31")]
    [InlineData("2024-06-10", "Washington quit the 2015 nuclear deal in May 2018 and imposed new sanctions.", "quit", "2018-05")]
    [InlineData("2017-09-17", "Thousands have fled since August 25, when insurgents attacked police posts in Rakhine.", "attacked", "2017-08-25")]
    [InlineData("2024-01-03", "Somalia recalled its envoy on Tuesday and rejected the accord that Ethiopia signed with Somaliland on Monday.", "signed", "2024-01-01")]
    public void The_date_is_the_one_that_governs_the_trigger(string published, string text, string trigger, string date)
    {
        var found = Read(published, text).Get(Layers.Events).First(e => text[e.Trigger.Start..e.Trigger.End].Contains(trigger, StringComparison.Ordinal));
        Assert.Equal(date, found.Date?.Value);
    }

    [Theory]
    [InlineData("2025-08-01", "The junta lifted the emergency on Thursday, ahead of elections planned for December.", "December", "2025-12")]
    [InlineData("2022-03-25", "The delegations did not meet on Thursday as planned, officials said.", "Thursday", "2022-03-24")]
    public void A_plan_reads_forward_unless_it_is_named_after_as(string published, string text, string words, string value)
    {
        var time = Assert.Single(Read(published, text).Get(Layers.Times), t => text[t.Start..t.End] == words);
        Assert.Equal(value, time.Value?.Value);
    }

    private static AnnotatedDocument Read(string published, string text) =>
        Pipeline.Annotate(new Document("d", text, new DocumentMetadata { Published = new DateValue(published, DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata }));
}

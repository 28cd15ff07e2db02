using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Time;
using Sitrep.Extraction.Pipeline;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Counts of dead and wounded with no killer and no named victim are quantities, not attacks; named victims stay attacks.
/// An attack's mode comes from its clause, else from its sentence.
/// </summary>
public sealed class EventTollTests
{
    private static readonly Core.Pipeline.AnnotationPipeline Pipeline = StandardPipeline.Create();

    [Theory]
    [InlineData("UN envoy Volker Perthes said at least 185 people had been killed and more than 1,800 wounded.")]
    [InlineData("At least 15 people, including three peacekeepers, were killed in two days of unrest, the government said.")]
    public void A_toll_alone_is_no_attack(string text) =>
        Assert.DoesNotContain(Read(text), e => e.Type == EventType.Assault);

    [Theory]
    [InlineData("Two soldiers were killed in Donetsk on Monday.", "killed")]
    [InlineData("He had served for 3 years when he was murdered.", "murdered")]
    [InlineData("Rebels killed 12 villagers in the north.", "killed")]
    public void A_killing_with_a_victim_or_a_killer_stays(string text, string trigger) =>
        Assert.Contains(Read(text), e => e.Type == EventType.Assault && text[e.Trigger.Start..e.Trigger.End] == trigger);

    [Fact]
    public void An_attack_without_a_weapon_in_its_clause_takes_the_mode_the_sentence_names()
    {
        const string text = "Gaza's health ministry said an Israeli air strike hit the hospital on Tuesday; Israel's military denied it struck the hospital.";
        Assert.Equal("aerial", Assert.Single(Read(text), e => text[e.Trigger.Start..e.Trigger.End] == "struck").Mode);
    }

    private static IReadOnlyList<EventMention> Read(string text) =>
        Pipeline.Annotate(new Document("d", text, new DocumentMetadata { Published = new DateValue("2024-08-16", DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata }))
            .Get(Layers.Events);
}

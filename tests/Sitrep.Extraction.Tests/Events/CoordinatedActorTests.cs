using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Time;
using Sitrep.Extraction.Pipeline;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>Coordinated actors (one event each) and mutual acts (one event, the first named as source, the second as target).</summary>
public sealed class CoordinatedActorTests
{
    private static readonly Core.Pipeline.AnnotationPipeline Pipeline = StandardPipeline.Create();

    [Theory]
    [InlineData("Hanoi and Manila began joint naval drills with Canberra on Monday.", "Hanoi", "Manila")] // capitals acting through an irregular past
    [InlineData("Can Athens and Ankara resume talks in Geneva next year?", "Athens", "Ankara")] // a question puts the auxiliary first
    [InlineData("The army and the rebels resumed talks in Juba, with Kenya among the mediators.", "army", "rebels")] // a party standing by is no partner
    [InlineData("No formal meeting took place between Prabowo and Albanese on Monday.", "Prabowo", "Albanese")] // "formal meeting" is a noun
    public void A_mutual_act_is_between_the_two_named_sides(string text, string source, string target)
    {
        var consult = Events(text).Where(e => e.Type is EventType.Consult or EventType.Cooperate).ToList();
        Assert.Contains(consult, e => Name(text, e.Source)?.EndsWith(source, StringComparison.Ordinal) == true && Name(text, e.Target)?.EndsWith(target, StringComparison.Ordinal) == true);
        Assert.DoesNotContain(consult, e => Name(text, e.Target) is "Kenya" or "Canberra");
    }

    [Theory]
    [InlineData("Government negotiator Peter Mwangi and rebel chief-of-staff Samuel Okoth signed a truce on Monday.")] // a hyphenated title in the pair
    [InlineData("Talks opened on Monday between Kenyan peacemaker Peter Mwangi and the rebel leader Samuel Okoth.")] // a verb of the talks' course before "between"
    [InlineData("A new truce was agreed in talks on Monday between Kenyan peacemaker Peter Mwangi and the rebel leader Samuel Okoth.")] // agreed in the talks of the pair
    public void A_pair_described_by_roles_is_the_two_sides(string text)
    {
        Assert.All(Events(text).Where(e => e.Type is EventType.Agree or EventType.Consult), e => Assert.Equal(("Peter Mwangi", "Samuel Okoth"), (Name(text, e.Source), Name(text, e.Target))));
        Assert.Contains(Events(text), e => e.Type is EventType.Agree or EventType.Consult);
    }

    [Theory]
    [InlineData("The envoy said she and rebel commander Samuel Okoth agreed on Monday to extend the truce.", "Samuel Okoth")]
    [InlineData("Mwangi told reporters after he and Okoth signed a package of documents.", "Okoth")]
    public void In_a_pair_opened_by_a_pronoun_the_named_side_is_the_target(string text, string partner)
    {
        var agree = Assert.Single(Events(text), e => e.Type == EventType.Agree);
        Assert.Null(agree.Source);
        Assert.Equal(partner, Name(text, agree.Target));
    }

    [Fact]
    public void Talks_that_end_without_an_agreement_lack_it_between_their_sides()
    {
        const string text = "Talks between Armenia and Azerbaijan in Almaty ended on Tuesday without an agreement.";
        var agree = Assert.Single(Events(text), e => e.Type == EventType.Agree);
        Assert.Equal(Polarity.Negated, agree.Polarity);
        Assert.Equal(("Armenia", "Azerbaijan"), (Name(text, agree.Source), Name(text, agree.Target)));
    }

    [Fact]
    public void A_participle_after_an_announcement_is_each_announcer_s()
    {
        const string text = "Chad, Sudan and Libya announced their departure from the council, accusing it of bias.";
        var accusers = Events(text).Where(e => e.Type == EventType.Accuse).Select(e => Name(text, e.Source)).Order().ToList();
        Assert.Equal(["Chad", "Libya", "Sudan"], accusers);
    }

    [Fact]
    public void Coordinated_speakers_claim_only_their_own_acts()
    {
        const string text = "Spain and Portugal said they were sending warships to the region.";
        var sent = Events(text).Where(e => e.Type == EventType.Mobilize).ToList();
        Assert.NotEmpty(sent);
        Assert.All(sent, e => Assert.Equal(Name(text, e.Source), Name(text, e.ClaimedBy)));
    }

    [Fact]
    public void What_was_discussed_in_an_opening_call_is_that_call()
    {
        const string text = "In a phone call on Monday, the Kenyan president and the Emir of Qatar discussed aid to Sudan.";
        Assert.Single(Events(text), e => e.Type == EventType.Consult);
    }

    [Fact]
    public void An_act_taken_part_in_that_has_its_own_date_is_told_as_a_fact()
    {
        const string text = "Minsk denied on Friday that Belarusian troops had taken part in the March 3 attack in Zhytomyr.";
        var events = Events(text).Where(e => e.Type == EventType.Assault).ToList();
        Assert.Contains(events, e => text[e.Trigger.Start..e.Trigger.End] == "attack" && e.Polarity == Polarity.Asserted && e.ClaimedBy is null);
        Assert.Contains(events, e => text[e.Trigger.Start..e.Trigger.End].StartsWith("taken", StringComparison.Ordinal) && e.Polarity == Polarity.Denied);
    }

    [Fact]
    public void An_undated_act_taken_part_in_is_one_trigger_with_the_taking_part()
    {
        const string text = "Many of the refugees had taken part in the massacres.";
        var assault = Assert.Single(Events(text), e => e.Type == EventType.Assault);
        Assert.Equal("taken part in the massacres", text[assault.Trigger.Start..assault.Trigger.End]);
    }

    private static string? Name(string text, ActorReference? actor) => actor is null ? null : text[actor.Start..actor.End];

    private static IEnumerable<EventMention> Events(string text) =>
        Pipeline.Annotate(new Document("d", text, new DocumentMetadata { Published = new DateValue("2024-08-16", DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata })).Get(Layers.Events);
}

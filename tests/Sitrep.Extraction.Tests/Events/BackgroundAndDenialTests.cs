using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Time;
using Sitrep.Extraction.Pipeline;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>Events only named as background, standing acts a request asks to undo, denials that point back, and modes the sentence gives.</summary>
public sealed class BackgroundAndDenialTests
{
    private static readonly Core.Pipeline.AnnotationPipeline Pipeline = StandardPipeline.Create();

    private static IReadOnlyList<EventMention> Read(string text) =>
        Pipeline.Annotate(new Document("d", text, new DocumentMetadata { Published = new DateValue("2024-08-16", DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata }))
            .Get(Layers.Events);

    private static IEnumerable<EventMention> Told(string text, string trigger) =>
        Read(text).Where(e => text[e.Trigger.Start..e.Trigger.End].StartsWith(trigger, StringComparison.Ordinal));

    [Theory]
    [InlineData("The two governments resumed trade on Tuesday after bloody frontier clashes, officials said.", "clashes")]
    [InlineData("Thousands have fled the region since the 2019 coup, the agency said.", "coup")]
    [InlineData("Police identified the driver as a suspect in the killing of journalist Marta Ruiz.", "killing")]
    public void An_event_only_named_as_background_is_not_coded(string text, string trigger) =>
        Assert.Empty(Told(text, trigger));

    [Theory]
    [InlineData("The government closed the university after protests, the radio said.", "protests")]
    [InlineData("The prisoner died on Monday after a 40-day hunger strike.", "hunger strike")]
    public void A_cause_told_or_measured_is_still_an_event(string text, string trigger) =>
        Assert.NotEmpty(Told(text, trigger));

    [Fact]
    public void A_standing_offensive_a_request_asks_to_halt_is_coded() =>
        Assert.Contains(Told("The envoy urged Moscow on Friday to halt its offensive in Kharkiv.", "offensive"), e => e.Type == EventType.Assault);

    [Fact]
    public void A_denial_of_involvement_answers_the_act_before_it()
    {
        var text = "A police spokesman said the Red Hand gang attacked a market in Jacmel, but the gang's spokesman denied involvement.";
        Assert.Contains(Read(text), e => e.Polarity == Polarity.Denied && e.Type == EventType.Assault);
    }

    [Fact]
    public void A_denied_definite_attack_takes_the_mode_of_the_attack_claimed_before() =>
        Assert.Contains(
            Told("Officials said Belarus attacked the depot with drones on Monday. Minsk denied launching the attack.", "launching").Where(e => e.Polarity == Polarity.Denied),
            e => e.Mode == "drone");

    [Fact]
    public void Raids_flown_by_warplanes_are_air_attacks() =>
        Assert.Contains(Told("Warplanes carried out a wave of raids on the port, residents said.", "raids"), e => e.Type == EventType.Assault && e.Mode == "aerial");

    [Fact]
    public void A_named_office_holder_shot_dead_is_a_targeted_killing() =>
        Assert.Contains(Told("Ana Torres, the governor of the province, was shot dead on Sunday.", "shot dead"), e => e.Mode == "targeted");

    [Fact]
    public void A_light_verb_with_one_more_does_again_the_act_named_before() =>
        Assert.Contains(Told("Iran has not held a missile test since May, but analysts say it might conduct a third.", "conduct"), e => e.Polarity == Polarity.Hypothetical);

    [Fact]
    public void A_denial_as_another_had_said_also_records_that_claim()
    {
        var events = Told("The minister denied that Chadian troops were shelling the border town, as an aid agency had said.", "shelling").ToList();
        Assert.Contains(events, e => e.Polarity == Polarity.Denied);
        Assert.Contains(events, e => e.Polarity == Polarity.Asserted && e.ClaimedBy is not null);
    }

    [Fact]
    public void Calling_the_report_untrue_denies_the_act_it_told()
    {
        var text = "Gunmen from the Northern Front attacked a border post in Kalpa, the Interior Ministry said. The information is not true, the Northern Front stated.";
        Assert.Contains(Read(text), e => e.Type == EventType.Assault && e.Polarity == Polarity.Denied);
    }

    [Fact]
    public void The_comma_closing_a_conditional_joins_no_list_of_doers() =>
        Assert.DoesNotContain(Told("If Serbia attacks Kosovo, NATO could deploy more troops, a diplomat said.", "deploy"), e => e.Source?.Name == "Kosovo");

    [Fact]
    public void A_truce_agreed_and_then_taking_effect_is_also_a_ceasefire_dated_by_its_own_time()
    {
        var text = "A truce deal between Armenia and Azerbaijan reached on Monday came into force on Wednesday, officials said.";
        var ceasefire = Assert.Single(Told(text, "came into force"));
        Assert.Equal(EventType.Retreat, ceasefire.Type);
        Assert.Equal("2024-08-14", ceasefire.Date?.Value);
    }

    [Fact]
    public void A_truce_agreed_to_take_effect_later_is_only_the_agreement() =>
        Assert.Empty(Told("The two sides agreed on a truce deal to take effect from Friday.", "take effect"));

    [Fact]
    public void Handing_over_them_after_aid_named_before_is_aid_again() =>
        Assert.Contains(Told("Belarus denied supplying Russia with artillery shells, after Kyiv accused Minsk of sending them by rail.", "sending"), e => e.Type == EventType.Aid);

    [Fact]
    public void Denying_the_target_was_struck_denies_the_attack_claimed_on_it() =>
        Assert.Contains(
            Told("Rebels said they attacked the frigate Almirante Brown near the coast, but the navy denied that the frigate was damaged.", "damaged"),
            e => e.Type == EventType.Assault && e.Polarity == Polarity.Denied && e.Source is not null);
}

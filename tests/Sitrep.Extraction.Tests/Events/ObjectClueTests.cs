using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Time;
using Sitrep.Extraction.Pipeline;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Targets, places and claimants read from clues past the trigger's own object: the harmed in a clash, dispersed crowds,
/// findings, recognitions, named victims, displaced objects, settlements struck, places people are moved from, quoted sources.
/// </summary>
public sealed class ObjectClueTests
{
    private static readonly Core.Pipeline.AnnotationPipeline Pipeline = StandardPipeline.Create();

    [Theory]
    [InlineData("Riot police fired tear gas on Friday to disperse hundreds of students outside parliament.", "fired tear gas", "students")]
    [InlineData("The State Department determined that the Wagner Group had committed atrocities in Mali.", "determined", "Wagner Group")]
    [InlineData("Members of the FARC dissidents killed to the community leader in the village, the mayor said.", "killed", "community leader")]
    [InlineData("A Turkish drone strike on a vehicle near Qamishli killed Ahmed Sheikho, a local commander.", "drone strike", "Ahmed Sheikho")]
    [InlineData("Two journalists died in a missile attack near Kramatorsk on Monday.", "missile attack", "journalists")]
    [InlineData("The emir received in Doha the Turkish foreign minister, Hakan Fidan, on Sunday.", "received", "Hakan Fidan")]
    [InlineData("Kenya has taken in more than 20,000 Somali refugees this year.", "taken", "Somali refugees")]
    [InlineData("Washington imposed new export controls on drone parts to Iran on Monday.", "imposed new export controls", "Iran")]
    [InlineData("The hackers carried out a cyber attack that knocked out Ukrenergo on Friday.", "cyber attack", "Ukrenergo")]
    public void The_target_is_read_from_a_clue_past_the_trigger(string text, string trigger, string target)
    {
        var found = Event(text, trigger);
        Assert.NotNull(found.Target);
        Assert.Equal(target, text[found.Target!.Start..found.Target.End]);
    }

    [Fact]
    public void Those_harmed_in_a_clash_are_its_target_and_whom_they_clashed_with_its_source()
    {
        const string text = "Fifteen policemen were injured in clashes with farmers in Punjab on Tuesday.";
        var found = Event(text, "clashes");
        Assert.Equal("farmers", text[found.Source!.Start..found.Source.End]);
        Assert.Equal("policemen", text[found.Target!.Start..found.Target.End]);
    }

    [Fact]
    public void Each_of_two_groups_harmed_in_a_fight_with_a_named_party_is_a_target()
    {
        const string text = "Three soldiers and two village guards were killed in the fighting with PKK guerrillas on Sunday.";
        var annotated = Annotate(text);
        var targets = annotated.Get(Layers.Events).Where(e => e.Target is not null).Select(e => text[e.Target!.Start..e.Target.End]).ToList();
        Assert.Contains("soldiers", targets);
        Assert.Contains("village guards", targets);
    }

    [Fact]
    public void A_recognition_of_two_lands_is_one_event_for_each()
    {
        const string text = "Moscow recognised the independence of the breakaway Abkhazia and South Ossetia regions in 2008.";
        var targets = Annotate(text).Get(Layers.Events).Where(e => e.Type == EventType.Support).Select(e => text[e.Target!.Start..e.Target.End]).ToList();
        Assert.Equal(["Abkhazia", "South Ossetia"], targets);
    }

    [Theory]
    [InlineData("Gunmen attacked the village of Kulbu in Zamfara state on Tuesday.", "attacked", "Kulbu")]
    [InlineData("Britain evacuated 300 of its nationals from Sudan on Sunday.", "evacuated", "Sudan")]
    public void The_place_is_the_settlement_struck_or_the_land_left(string text, string trigger, string place)
    {
        var found = Event(text, trigger);
        Assert.NotNull(found.Place);
        Assert.Equal(place, text[found.Place!.Start..found.Place.End]);
    }

    [Fact]
    public void The_one_quoted_as_saying_claims_what_comes_before()
    {
        const string text = "Four soldiers were killed in an ambush in the north, the agency quoted the provincial governor as saying.";
        var found = Event(text, "ambush");
        Assert.Equal("provincial governor", text[found.ClaimedBy!.Start..found.ClaimedBy.End].Replace("the ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_takes_in_its_short_form_in_brackets()
    {
        const string text = "Soldiers clashed with the Kurdistan Workers Party (PKK) in Hakkari on Monday.";
        var found = Event(text, "clashed");
        Assert.Equal("Kurdistan Workers Party (PKK)", text[found.Target!.Start..found.Target.End]);
    }

    [Fact]
    public void An_act_laid_on_its_doer_in_a_relative_clause_is_claimed_by_who_lays_it()
    {
        const string text = "The ministry condemned the attack on the convoy, which Kyiv blamed on Russian troops.";
        var found = Event(text, "attack");
        Assert.Equal("Russian troops", text[found.Source!.Start..found.Source.End]);
        Assert.Equal("Kyiv", text[found.ClaimedBy!.Start..found.ClaimedBy.End]);
    }

    [Fact]
    public void An_act_a_participle_lays_on_its_doer_is_that_doer_s()
    {
        const string text = "At least 40 villagers have died in bomb attacks blamed on Fulani gunmen since January.";
        var found = Event(text, "bomb attacks");
        Assert.Equal("Fulani gunmen", text[found.Source!.Start..found.Source.End]);
    }

    [Fact]
    public void A_translated_passive_with_its_agent_first_strikes_what_follows_its_complement()
    {
        const string text = "On 3 May by units of the Azerbaijani armed forces were subjected to fire from mortars the positions of the Armenian armed forces near Sotk.";
        var found = Event(text, "subjected to fire");
        Assert.Equal("Azerbaijani armed forces", text[found.Source!.Start..found.Source.End]);
        Assert.Equal("Armenian armed forces", text[found.Target!.Start..found.Target.End]);
    }

    [Theory]
    [InlineData("Aid workers were beaten, robbed and abducted near the border, the agency said.", "abducted", "Aid workers")]
    [InlineData("The journalists were detained and then deported on Monday.", "deported", "journalists")]
    public void A_participle_listed_after_a_passive_shares_its_subject(string text, string trigger, string target)
    {
        var found = Event(text, trigger);
        Assert.NotNull(found.Target);
        Assert.Equal(target, text[found.Target!.Start..found.Target.End]);
    }

    [Fact]
    public void Where_a_report_was_made_does_not_locate_the_act_it_reports()
    {
        const string text = "Turkey said in Ankara on Friday that it had brokered a truce between the two factions.";
        Assert.Null(Event(text, "brokered").Place);
    }

    [Fact]
    public void A_place_in_a_relative_aside_does_not_locate_the_main_verb()
    {
        const string text = "The president, who is on holiday near Sochi, has backed the peace plan.";
        Assert.Null(Event(text, "backed").Place);
    }

    private static AnnotatedDocument Annotate(string text) =>
        Pipeline.Annotate(new Document("d", text, new DocumentMetadata { Published = new DateValue("2024-08-16", DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata }));

    private static EventMention Event(string text, string trigger) =>
        Assert.Single(Annotate(text).Get(Layers.Events), e => text[e.Trigger.Start..e.Trigger.End] is var read && (read == trigger || read.StartsWith(trigger + " ", StringComparison.Ordinal)));
}

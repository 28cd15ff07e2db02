using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Time;
using Sitrep.Extraction.Pipeline;

namespace Sitrep.Extraction.Tests.Attributions;

/// <summary>Whose claim an event or count is, and how far a claim or a denial reaches in its sentence.</summary>
public sealed class AttributionScopeTests
{
    private static readonly Core.Pipeline.AnnotationPipeline Pipeline = StandardPipeline.Create();

    [Theory]
    [InlineData("Gunmen stormed a police post on Saturday, killing four officers, the army's media wing said.", "stormed", "the army's media wing")]
    [InlineData("Police dispersed the crowd on Tuesday, and the Interior Ministry said 40 people were detained.", "detained", "Interior Ministry")]
    [InlineData("Rebels shelled the town on Friday. The army said 12 soldiers died.", "12", "army")]
    [InlineData("The ministry condemned the drills and said it had deployed warships in response.", "deployed", "ministry")]
    [InlineData("The president suspended talks with the rebels on Friday, blaming them for an attack on a convoy.", "attack", "president")]
    [InlineData("Villagers in Tame said gunmen abducted two farmers.", "abducted", "Villagers in Tame")]
    [InlineData("Rebels and troops clashed near the border, officials briefed on the talks said.", "clashed", "officials briefed on the talks")]
    [InlineData("More than 300 fighters died in the battle, according to figures released by the rebels.", "300", "rebels")]
    [InlineData("An armed group on Saturday accused the army of killing six civilians, the news agency reported.", "accused", "news agency")]
    [InlineData("Beijing denied that its coast guard had seized any weapons.", "seized", "Beijing")]
    [InlineData("Prime Minister Abiy Ahmed admitted on Tuesday that atrocities had been committed in Tigray.", "atrocities", "Abiy Ahmed")]
    [InlineData("Yesterday the enemy shelled Nikopol, two persons are injured, informs head of the regional administration Valentyn Reznichenko.", "shelled", "Valentyn Reznichenko")]
    [InlineData("Gunmen killed a community leader in Arauca this Sunday, denounced the Ombudsman's Office.", "killed", "Ombudsman's Office")]
    [InlineData("The leader of the militia, Abu Karim, known as the Sheikh, denied that his men had attacked the camp.", "attacked", "Abu Karim")]
    [InlineData("The minister denied that troops had shelled the village, and accused the rebels of abducting civilians.", "abducting", "minister")]
    [InlineData("In Grozny, the general told Interfax he was suspending the withdrawal of troops.", "suspending", "general")]
    [InlineData("The deal replaced an earlier accord, said Ali Musa, who told reporters that rebels had attacked a convoy.", "attacked", "Ali Musa")]
    [InlineData("Captain Ali Musa, spokesman for the Tutsi-dominated army, told Reuters that rebels had attacked a convoy.", "attacked", "Ali Musa")]
    [InlineData("But the Le Matin newspaper, quoting witnesses, said the bomb killed seven people.", "seven", "Le Matin newspaper")]
    [InlineData("Interfax quoted the Russian military command in Chechnya as saying that 200 troops clashed with rebels.", "clashed", "Russian military command")]
    [InlineData("The Serbian authorities blame Albanian dissidents for the recent spate of attacks.", "attacks", "Serbian authorities")]
    [InlineData("Rebels have established a headquarters in Chuman, \" Faik Nerweyi of the Kurdistan Democratic Party ( KDP ) told Reuters.", "established", "Faik Nerweyi")]
    public void The_claimant_is_who_tells_it(string text, string words, string claimant)
    {
        var annotated = Read(text);
        var by = annotated.Get(Layers.Events).Where(e => text[e.Trigger.Start..e.Trigger.End].StartsWith(words, StringComparison.Ordinal)).Select(e => e.ClaimedBy)
            .Concat(annotated.Get(Layers.Quantities).Where(q => text[q.Span.Start..q.Span.End] == words).Select(q => q.ClaimedBy))
            .First();
        Assert.NotNull(by);
        Assert.Contains(claimant, text[by!.Start..by.End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tehran asked Ankara to withdraw four diplomats accused of spying, and Turkey expelled two Iranian envoys.", "expelled")]
    [InlineData("The arrests were announced after Turkey expelled two Iranian envoys.", "expelled")]
    [InlineData("On Saturday, Russia and Ukraine blamed each other for shelling that damaged the plant.", "shelling")]
    public void A_passive_or_reciprocal_cue_names_no_claimant(string text, string trigger)
    {
        var events = Read(text).Get(Layers.Events).Where(e => text[e.Trigger.Start..e.Trigger.End].StartsWith(trigger, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Null(e.ClaimedBy));
    }

    [Fact]
    public void A_verbal_act_joined_to_a_denial_is_the_deniers_own()
    {
        const string text = "The president said the minister had asked for talks, but Kabul denied that any such request was made and rejected outside mediation.";
        var rejected = Assert.Single(Read(text).Get(Layers.Events), e => text[e.Trigger.Start..e.Trigger.End] == "rejected");
        Assert.Equal(Polarity.Asserted, rejected.Polarity);
    }

    [Fact]
    public void A_verb_that_denounces_an_object_frames_no_claim()
    {
        const string text = "The UN denounced the attack on the convoy.";
        var attack = Assert.Single(Read(text).Get(Layers.Events), e => text[e.Trigger.Start..e.Trigger.End] == "attack");
        Assert.Null(attack.ClaimedBy);
    }

    [Fact]
    public void A_denial_denies_what_follows_it_and_leaves_the_accusation_before_it()
    {
        const string text = "Kyiv on Monday accused Moscow of shelling the dam, and Moscow denied shelling any civilian site.";
        var events = Read(text).Get(Layers.Events);
        var accused = Assert.Single(events, e => text[e.Trigger.Start..e.Trigger.End] == "accused");
        Assert.Equal(Polarity.Asserted, accused.Polarity);
        var claimed = Assert.Single(events, e => e.Trigger.Start == text.IndexOf("shelling the", StringComparison.Ordinal));
        Assert.Equal((Polarity.Asserted, "Kyiv"), (claimed.Polarity, text[claimed.ClaimedBy!.Start..claimed.ClaimedBy.End]));
        var denied = Assert.Single(events, e => e.Trigger.Start == text.IndexOf("shelling any", StringComparison.Ordinal));
        Assert.Equal((Polarity.Denied, "Moscow"), (denied.Polarity, text[denied.ClaimedBy!.Start..denied.ClaimedBy.End]));
    }

    [Fact]
    public void Each_of_coordinated_deniers_denies_its_own_act_and_not_what_happened_around_it()
    {
        const string text = "Armenia and Azerbaijan each denied firing first after troops clashed on the border on Tuesday.";
        var events = Read(text).Get(Layers.Events);
        var firing = events.Where(e => text[e.Trigger.Start..e.Trigger.End].StartsWith("firing", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, firing.Count);
        Assert.All(firing, e => Assert.Equal((Polarity.Denied, e.Source!.EntityId), (e.Polarity, e.ClaimedBy!.EntityId)));
        Assert.All(events.Where(e => text[e.Trigger.Start..e.Trigger.End] == "clashed"), e => Assert.Equal(Polarity.Asserted, e.Polarity));
    }

    [Fact]
    public void A_denial_by_pronoun_answers_the_claim_before_it_in_the_same_sentence()
    {
        const string text = "Kinshasa accused Rwanda of sending troops into North Kivu; Kigali denies it.";
        var events = Read(text).Get(Layers.Events).Where(e => e.Type == EventType.Mobilize).ToList();
        Assert.Contains(events, e => e.Polarity == Polarity.Asserted && text[e.ClaimedBy!.Start..e.ClaimedBy.End] == "Kinshasa");
        Assert.Contains(events, e => e.Polarity == Polarity.Denied && text[e.ClaimedBy!.Start..e.ClaimedBy.End] == "Kigali");
    }

    private static AnnotatedDocument Read(string text) =>
        Pipeline.Annotate(new Document("d", text, new DocumentMetadata { Published = new DateValue("2024-08-16", DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata }));
}

using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Time;
using Sitrep.Extraction.Pipeline;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>Whom an event is done to and where: names after titles, parties behind measures, the harmed, the ground and the destination.</summary>
public sealed class EventObjectTests
{
    private static readonly Core.Pipeline.AnnotationPipeline Pipeline = StandardPipeline.Create();

    [Theory]
    [InlineData("Police arrested former prime minister Nawaz Sharif in Lahore on Tuesday.", "arrested", "Nawaz Sharif")]
    [InlineData("The court sentenced opposition leader Ahmed Ali to five years in prison.", "sentenced", "Ahmed Ali")]
    [InlineData("Militants attacked the British tanker Marlin Luanda in the Gulf of Aden.", "attacked", "Marlin Luanda")]
    [InlineData("Moscow threatened on Friday to take countermeasures against Finland.", "threatened", "Finland")]
    [InlineData("Gazprom halted gas supplies to Austria on Saturday.", "halted", "Austria")]
    [InlineData("Rebels captured the Sudanese side of the Adre border crossing on Monday.", "captured", "Adre border crossing")]
    [InlineData("Four soldiers were killed in an ambush by militants in Tillaberi on Sunday.", "ambush", "soldiers")]
    [InlineData("Russian artillery shelled residential areas of Kherson on Thursday.", "shelled", "residential areas")]
    [InlineData("The opposition demanded that the electoral council publish the results.", "demanded", "electoral council")]
    [InlineData("Armenia and Azerbaijan accused each other of shelling.", "accused", "Azerbaijan")]
    [InlineData("The militias, armed by the government of Sudan, attacked villages in Darfur.", "armed by", "militias")]
    [InlineData("Opposition leader Ahmed Musa, detained since March, began a hunger strike on Monday.", "detained", "Ahmed Musa")]
    [InlineData("The court ordered the release of activist Layla Hassan, who was arrested in June.", "arrested", "Layla Hassan")]
    [InlineData("Twenty fishermen from Gujarat were arrested by the Pakistani navy on Sunday.", "arrested", "Twenty fishermen")]
    [InlineData("Iran denied supplying Venezuela with drones.", "supplying Venezuela with drones", "Venezuela")]
    [InlineData("The navy said attacks on shipping continue in the Red Sea.", "attacks", "shipping")]
    [InlineData("Moscow pledged fresh support for Belarus on Monday.", "pledged", "Belarus")]
    [InlineData("The US eased sanctions after Maduro's government and the opposition reached an agreement in Barbados.", "reached an agreement", "opposition")]
    [InlineData("In a phone call on Thursday, Egyptian President Abdel Fattah al-Sisi and the Emir of Qatar discussed a truce.", "phone call", "Emir of Qatar")]
    [InlineData("Georgian riot police beat and detained over 100 protesters in Tbilisi.", "beat", "protesters")]
    [InlineData("NATO expelled eight members of Russia's mission on Wednesday.", "expelled", "Russia")]
    [InlineData("The ministry warned that it would take decisive measures against any provocation by Armenian forces.", "warned", "Armenian forces")]
    [InlineData("The 137 hostages kidnapped from a school in Kuriga earlier this month have been freed, the governor said.", "freed", "hostages")]
    [InlineData("The 137 hostages kidnapped from a school in Kuriga earlier this month have been freed, the governor said.", "kidnapped", "hostages")]
    [InlineData("The Saudi-led coalition and the Houthis exchanged nearly 900 prisoners last week.", "exchanged nearly 900 prisoners", "Houthis")]
    [InlineData("Hungarian and Serbian police began joint patrols along the border with North Macedonia.", "joint patrols", "Serbian police")]
    public void The_target_is_whom_the_act_is_done_to(string text, string trigger, string target)
    {
        var found = Event(text, trigger);
        Assert.NotNull(found.Target);
        Assert.Equal(target, text[found.Target!.Start..found.Target.End]);
    }

    [Theory]
    [InlineData("Russian artillery shelled residential areas of Kherson on Thursday.", "shelled", "Kherson")]
    [InlineData("Israeli jets struck targets in southern Lebanon overnight.", "struck", "southern Lebanon")]
    [InlineData("NATO deployed 500 troops to Kosovo on Friday.", "deployed", "Kosovo")]
    [InlineData("Gangs stormed the town of Mirebalais on Monday.", "stormed", "Mirebalais")]
    [InlineData("Israeli aircraft bombed northern Gaza on Monday.", "bombed", "northern Gaza")]
    [InlineData("Rebels launched an attack on a Kyiv shopping centre.", "launched an attack", "Kyiv")]
    [InlineData("M23 rebels said they had captured Goma, as fighting continued near the airport.", "fighting", "airport")]
    public void The_place_is_where_it_happened(string text, string trigger, string place)
    {
        var found = Event(text, trigger);
        Assert.NotNull(found.Place);
        Assert.Equal(place, text[found.Place!.Start..found.Place.End]);
    }

    [Fact]
    public void A_mutual_act_blamed_on_each_other_is_one_event()
    {
        const string text = "Armenia and Azerbaijan accused each other of shelling.";
        var found = Event(text, "accused");
        Assert.Equal("Armenia", text[found.Source!.Start..found.Source.End]);
    }

    private static EventMention Event(string text, string trigger)
    {
        var annotated = Pipeline.Annotate(new Document("d", text, new DocumentMetadata { Published = new DateValue("2024-08-16", DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata }));
        // A trigger may be read with a word more or less ("beat and"); the test names the word it starts with.
        return Assert.Single(annotated.Get(Layers.Events), e => text[e.Trigger.Start..e.Trigger.End] is var read && (read == trigger || read.StartsWith(trigger + " ", StringComparison.Ordinal)));
    }
}

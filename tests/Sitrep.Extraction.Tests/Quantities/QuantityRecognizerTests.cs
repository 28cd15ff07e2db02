using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Time;
using Sitrep.Extraction.Pipeline;
using Sitrep.Extraction.Quantities;

namespace Sitrep.Extraction.Tests.Quantities;

/// <summary>How the quantity layer reads what a count of people measures, beyond the spec suite: which word measures it, and which numbers count no people.</summary>
public sealed class QuantityRecognizerTests
{
    private static readonly AnnotationPipeline Pipeline = StandardPipeline.Create();

    [Theory]
    [InlineData("Clashes in Tripoli killed 55 people and wounded 146 earlier this week.", "killed 55; wounded 146")]
    [InlineData("Two security officials and two village guards were killed in the fighting.", "killed 2; killed 2")]
    [InlineData("Rebels killed 31 villagers and seven soldiers on Sunday.", "killed 31; killed 7")]
    [InlineData("Pirates hijacked the tanker off Somalia on Monday along with its 19 crew members.", "detained 19")]
    [InlineData("Gunmen shot the police chief along with his three guards.", "other 3")]
    [InlineData("A strike on a house killed 13 people, including five children.", "killed 13; killed 5")]
    [InlineData("At least 15 people, including three peacekeepers, were killed in two days of unrest.", "killed 15; killed 3")]
    [InlineData("Some 150,000 people -- mostly civilians -- have died since 1993.", "killed 150000")]
    [InlineData("Eight of the rebels were killed in Van province, five in Sirnak and four in Hakkari.", "killed 8; killed 5; killed 4")]
    [InlineData("Some 300 people were detained by the militia, roughly 40 of them children.", "detained 300; detained 40")]
    [InlineData("The death toll from the clashes between the two countries has risen to 59.", "killed 59")]
    [InlineData("The 137 hostages kidnapped from a school earlier this month have been freed.", "other 137")]
    [InlineData("Venezuela freed 10 detained Americans on Friday.", "other 10")]
    [InlineData("Kurdish guerrillas killed two people and took three hostage.", "killed 2; detained 3")]
    [InlineData("Rescuers searched for dozens more under the rubble.", "missing 24")]
    [InlineData("Tens of thousands of Kashmiri Pandits fled the valley.", "displaced 20000")]
    [InlineData("Thousands of displaced Lebanese began returning to their villages.", "displaced 2000")]
    [InlineData("About 30 heavily armed gunmen stormed the village.", "other 30")]
    [InlineData("Hundreds of thousands of Israelis rallied in Tel Aviv.", "other 200000")]
    [InlineData("Twenty-one soldiers were killed in the attack.", "killed 21")]
    [InlineData("Germany expelled 40 Russian diplomats on Monday.", "other 40")]
    [InlineData("The Kurds handed over 150 Islamic State suspects to the authorities.", "detained 150")]
    [InlineData("More than 8.6 million people have been displaced, including 570,000 who crossed into Chad.", "displaced 8600000; displaced 570000")]
    [InlineData("The rebels set ablaze two buses and released all but three passengers.", "detained 3")]
    [InlineData("The genocide in Rwanda of up to a million people haunts the region.", "killed 1000000")]
    [InlineData("17 of the 28 refugees handed over on Friday had been soldiers.", "other 17")]
    [InlineData("Bomb blast kills one, wounds six.", "killed 1; wounded 6")]
    [InlineData("Slovenian police briefly detain two Bosnian opposition leaders.", "detained 2")]
    [InlineData("Ten people gunned down in northwest Colombia.", "killed 10")]
    public void Reads_what_each_count_measures(string sentence, string expected) =>
        Assert.Equal(expected, Describe(Read(sentence)));

    [Theory]
    [InlineData("Indian troops were deployed in Sri Lanka from 1987 to 1990.")]
    [InlineData("Saakashvili, jailed since October 1, has been on hunger strike.")]
    [InlineData("Floods after two dams burst on September 10 swept the city.")]
    [InlineData("Bogota refused to accept two military flights carrying deported migrants.")]
    [InlineData("Commandos captured 26 pirates on three of the skiffs.", "detained 26")]
    [InlineData("Members of the 400 Mawozo gang kidnapped 17 missionaries.", "detained 17")]
    [InlineData("The Serbs make up 10 percent of the province's 1.8 million people.")]
    [InlineData("Fighting broke out between the two main Kurdish rebel groups.")]
    [InlineData("One elderly man said his house was looted.")]
    [InlineData("They said 200 fighter planes were on alert.")]
    [InlineData("The Financial Times-Stock Exchange index of 100 leading British shares ended lower.")]
    public void Leaves_out_numbers_that_count_no_people(string sentence, string expected = "") =>
        Assert.Equal(expected, Describe(Read(sentence)));

    [Theory]
    [InlineData("Two hundred and fifty people were killed.", 250)]
    [InlineData("Half a million people have fled.", 500000)]
    [InlineData("A million people have fled.", 1000000)]
    [InlineData("About 1.2 lakh people were displaced.", 120000)]
    [InlineData("Some 1,20,000 people were displaced.", 120000)]
    [InlineData("As many as 2.5 million people have fled.", 2500000)]
    [InlineData("Forty-two soldiers died.", 42)]
    public void Reads_numbers_in_every_common_form(string sentence, double value) =>
        Assert.Equal(value, Assert.Single(Read(sentence)).Value);

    [Theory]
    [InlineData("The death toll rose above 35,000 on Monday.", Qualifier.MoreThan)]
    [InlineData("Militias have killed up to 14 people.", Qualifier.UpTo)]
    [InlineData("The Kurds handed over 150 suspects.", Qualifier.Exact)]
    [InlineData("Dozens were reported dead.", Qualifier.About)]
    public void Reads_the_qualifier(string sentence, Qualifier qualifier) =>
        Assert.Equal(qualifier, Assert.Single(Read(sentence)).Qualifier);

    [Fact]
    public void Every_measure_word_has_a_known_position_and_every_small_word_a_role()
    {
        var lexicon = QuantityLexicon.Default;
        Assert.All(lexicon.Measures, m => Assert.NotEqual((MeasurePosition)0, m.Value.Position));
        Assert.All(lexicon.PhraseWords, w => Assert.NotEqual(PhraseRole.None, w.Value));
        Assert.Contains("babies", (IReadOnlySet<string>)lexicon.PeopleNouns);
        Assert.True(lexicon.PhraseWords["is"].HasFlag(PhraseRole.Aux | PhraseRole.Toll));
    }

    private static IReadOnlyList<QuantityMention> Read(string text)
    {
        var metadata = new DocumentMetadata { Published = new DateValue("2024-05-12", DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata };
        return Pipeline.Annotate(new Document("test", text, metadata)).Get(Layers.Quantities);
    }

    private static string Describe(IReadOnlyList<QuantityMention> quantities) =>
        string.Join("; ", quantities.Select(q => $"{q.Measure.ToString().ToLowerInvariant()} {q.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
}

using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Time;
using Sitrep.Extraction.Pipeline;

namespace Sitrep.Extraction.Tests.Entities;

/// <summary>Recognition and linking together, on short reports: who and where a text names, however it spells them.</summary>
public sealed class EntityPipelineTests
{
    private static readonly AnnotationPipeline Pipeline = StandardPipeline.Create();

    [Fact]
    public void Links_spelling_variants_of_one_person_to_one_entity()
    {
        var entities = Link("Armenian Prime Minister Nikol Pashinyan met officials. Later, Nicole Pashinyan said talks would go on, and Pashinyan left.", "2022-11-08");
        Assert.Equal(3, entities.Count(e => e.EntityId == "person/nikol-pashinyan"));
    }

    [Fact]
    public void Resolves_a_title_to_the_office_holder_on_the_reports_date()
    {
        var entities = Link("Azerbaijan's president said the operation was over. The army reported no losses.", "2020-11-01");
        var holder = Assert.Single(entities, e => e.Source == MentionSource.Title);
        Assert.Equal("person/ilham-aliyev", holder.EntityId);
        Assert.Equal("Azerbaijan's president", Text(holder));
    }

    [Fact]
    public void Reads_nationality_and_group_nouns_as_a_country_actor_with_a_sector()
    {
        var entities = Link("Azerbaijani forces shelled positions held by Armenian separatists in Nagorno-Karabakh, Russian police said.", "2023-09-20");
        Assert.Contains(entities, e => Text(e) == "Azerbaijani forces" && e.EntityId == "country/AZE" && e.Sector == "MIL");
        Assert.Contains(entities, e => Text(e) == "Armenian separatists" && e.EntityId == "country/XNK" && e.Sector == "SEP");
        Assert.Contains(entities, e => Text(e) == "Russian police" && e.EntityId == "country/RUS" && e.Sector == "COP");
    }

    [Fact]
    public void A_capital_is_the_government_when_it_acts_and_a_place_when_things_happen_in_it()
    {
        var entities = Link("Moscow said it would respond. Talks were held in Moscow on Friday.", "2022-03-10");
        var moscow = entities.Where(e => Text(e) == "Moscow").ToList();
        Assert.Equal(2, moscow.Count);
        Assert.Equal(("country/RUS", "GOV"), (moscow[0].EntityId, moscow[0].Sector));
        Assert.Equal(EntityType.Place, moscow[1].Type);
    }

    [Fact]
    public void The_surname_of_an_office_holder_is_that_person_even_where_the_recogniser_passed_it_over_or_read_it_as_an_organisation()
    {
        var entities = Link("Putin and Trump held talks in Anchorage. Zelensky later met Macron in Paris.", "2025-08-16");
        Assert.Contains(entities, e => Text(e) == "Putin" && e.EntityId == "person/vladimir-putin");
        Assert.Contains(entities, e => Text(e) == "Macron" && e.EntityId == "person/emmanuel-macron");
    }

    [Fact]
    public void Unknown_people_become_new_entities_and_their_surname_joins_them()
    {
        var entities = Link("Local commander Bashir Qandahari Yusufzai said the road was closed. Yusufzai later reopened it.", "2021-05-02");
        var commander = entities.Where(e => e.Type == EntityType.Person).ToList();
        Assert.Equal(2, commander.Count);
        Assert.All(commander, e => Assert.False(e.InKnowledgeBase));
        Assert.Single(commander.Select(e => e.EntityId).Distinct());
        Assert.StartsWith("new/person/", commander[0].EntityId, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transliterated_place_name_links_by_sound()
    {
        var entities = Link("Fighting resumed in Nagurani Qara Baj overnight, Azerbaijan and Armenia said.", "2020-10-12");
        Assert.Contains(entities, e => Text(e) == "Nagurani Qara Baj" && e.EntityId == "country/XNK");
    }

    [Fact]
    public void A_misspelt_surname_the_recogniser_missed_joins_the_person_named_before()
    {
        var entities = Link("Turkish Foreign Minister Mevlut Cavusoglu arrived in Baku. Çavuşolu expressed his pride in the army.", "2020-11-01");
        Assert.Equal(2, entities.Count(e => e.EntityId == "person/mevlut-cavusoglu"));
    }

    private static string Text(EntityMention mention) => CurrentText![mention.Start..mention.End];

    [ThreadStatic]
    private static string? CurrentText;

    private static List<EntityMention> Link(string text, string published)
    {
        CurrentText = text;
        var document = new Document("t", text, new DocumentMetadata { Published = new DateValue(published, DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata });
        return [.. Pipeline.Annotate(document).Get(Layers.Entities)];
    }
}

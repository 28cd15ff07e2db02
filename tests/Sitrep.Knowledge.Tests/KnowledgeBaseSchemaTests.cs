using Sitrep.Knowledge.Model;

namespace Sitrep.Knowledge.Tests;

/// <summary>The shipped knowledge base loads and is internally consistent.</summary>
public sealed class KnowledgeBaseSchemaTests
{
    private static readonly string[] Roles =
    [
        "president", "vice_president", "prime_minister", "deputy_prime_minister", "head_of_state", "head_of_government",
        "foreign_minister", "defence_minister", "interior_minister", "army_chief", "secretary_general", "president_of_body",
        "high_representative", "spokesperson", "envoy", "leader", "ambassador",
    ];

    private static readonly string[] Sectors =
        ["GOV", "MIL", "REB", "SEP", "INS", "PRM", "COP", "SPY", "JUD", "LEG", "OPP", "PTY", "IGO", "NGO", "MED", "CVL", "REF", "BUS", "REL", "HRI", "UAF", "CRM"];

    private static KnowledgeBase Kb => KnowledgeBase.Default;

    [Fact]
    public void Loads_every_kind_in_quantity()
    {
        var counts = Kb.Entities.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(counts[EntityKind.Country] >= 260, $"countries: {counts[EntityKind.Country]}");
        Assert.True(counts[EntityKind.Place] >= 30_000, $"places: {counts[EntityKind.Place]}");
        Assert.True(counts[EntityKind.Person] >= 500, $"people: {counts[EntityKind.Person]}");
        Assert.True(counts[EntityKind.Organization] >= 300, $"organisations: {counts[EntityKind.Organization]}");
        Assert.True(counts[EntityKind.Group] >= 100, $"groups: {counts[EntityKind.Group]}");
    }

    [Fact]
    public void Every_entity_has_an_id_with_its_kind_prefix_and_a_name()
    {
        foreach (var entity in Kb.Entities)
        {
            Assert.False(string.IsNullOrWhiteSpace(entity.Name), entity.Id);
            var prefix = entity.Kind switch
            {
                EntityKind.Person => "person/",
                EntityKind.Country => "country/",
                EntityKind.Place => "place/",
                EntityKind.Group => "group/",
                _ => entity.Id.StartsWith("media/", StringComparison.Ordinal) ? "media/" : "org/",
            };
            Assert.StartsWith(prefix, entity.Id, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Roles_use_known_names_point_at_known_bodies_and_have_ordered_dates()
    {
        var problems = new List<string>();
        foreach (var person in Kb.Entities.Where(e => e.Kind == EntityKind.Person))
        {
            foreach (var role in person.Roles)
            {
                if (!Roles.Contains(role.Role))
                {
                    problems.Add($"{person.Id}: unknown role '{role.Role}'");
                }

                if (Kb.Country(role.Of) is null && Kb.Find(role.Of) is null)
                {
                    problems.Add($"{person.Id}: role of unknown '{role.Of}'");
                }

                if (role.Start is null)
                {
                    problems.Add($"{person.Id}: {role.Role} without a start");
                }

                if (role.Start is { } start && role.End is { } end && end <= start)
                {
                    problems.Add($"{person.Id}: {role.Role} ends {end} before it starts {start}");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Countries_sectors_and_parents_refer_to_known_entries()
    {
        var problems = new List<string>();
        foreach (var entity in Kb.Entities.Where(e => e.Kind is not EntityKind.Place))
        {
            if (entity.Country is { } country && Kb.Country(country) is null)
            {
                problems.Add($"{entity.Id}: unknown country '{country}'");
            }

            if (entity.Sector is { } sector && !Sectors.Contains(sector))
            {
                problems.Add($"{entity.Id}: unknown sector '{sector}'");
            }

            if (entity.Parent is { } parent && Kb.Find(parent) is null)
            {
                problems.Add($"{entity.Id}: unknown parent '{parent}'");
            }

            foreach (var claimant in entity.ClaimedBy)
            {
                if (Kb.Country(claimant) is null)
                {
                    problems.Add($"{entity.Id}: unknown claimant '{claimant}'");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Places_have_coordinates_on_the_globe_and_known_countries()
    {
        foreach (var place in Kb.Entities.Where(e => e.Kind == EntityKind.Place))
        {
            // Gazetteer places always have both; curated regions may lack a point (a sea) or a single country.
            var fromGazetteer = place.Subtype is not ("region" or "area" or "landmark" or "camp" or "crossing" or "base");
            if (fromGazetteer || place.Latitude is not null)
            {
                Assert.InRange(place.Latitude!.Value, -90, 90);
                Assert.InRange(place.Longitude!.Value, -180, 180);
            }

            if (fromGazetteer || place.Country is not null)
            {
                Assert.NotNull(Kb.Country(place.Country));
            }
        }
    }
}

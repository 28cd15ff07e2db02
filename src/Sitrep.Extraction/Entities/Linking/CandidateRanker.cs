using Sitrep.Core.Annotation;
using Sitrep.Knowledge;
using Sitrep.Knowledge.Model;
using Sitrep.Knowledge.Names;
using Sitrep.Knowledge.Roles;

namespace Sitrep.Extraction.Entities.Linking;

/// <summary>A knowledge-base candidate for a mention and how well it fits.</summary>
public readonly record struct RankedCandidate(KbEntity Entity, AliasKind Kind, double Score);

/// <summary>
/// Scores knowledge-base candidates for a name mention: how the name matched (exact, alias, surname, fuzzy), whether the
/// entity's kind fits the recognised type, and what the document says (its countries, roles held on its date, places' size).
/// </summary>
public sealed class CandidateRanker(KnowledgeBase knowledgeBase)
{
    /// <summary>Lowest fuzzy similarity considered at all; the acceptance threshold is applied to the final score.</summary>
    public const double FuzzyFloor = 0.84;

    public IEnumerable<RankedCandidate> Rank(string surface, MentionType type, LinkingContext context)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(context);
        var folded = NameFolding.Fold(surface);
        if (folded.Length == 0)
        {
            yield break;
        }

        var exact = knowledgeBase.Aliases.Lookup(folded).ToArray();
        foreach (var entry in exact)
        {
            var nameScore = NameScore(entry, surface, type, context);
            if (nameScore > 0)
            {
                yield return Scored(entry.Entity, entry.Kind, nameScore, type, context);
            }
        }

        if (exact.Length > 0 || folded.Length < 4)
        {
            yield break;
        }

        foreach (var match in knowledgeBase.Aliases.Similar(folded, FuzzyFloor))
        {
            var entity = match.Entry.Entity;
            var acceptable = match.Entry.Kind switch
            {
                // A surname alone, misspelt, is only worth considering for someone in office or of a country in the report.
                AliasKind.Surname => type == MentionType.Person && match.Similarity >= 0.88 && HasContext(entity, context),
                AliasKind.Demonym => type is MentionType.Misc or MentionType.Nationality,
                AliasKind.Ambiguous or AliasKind.Foreign => false,

                // A misspelt place name is believable for a large place, or one in a country the report is about.
                _ when entity.Kind == EntityKind.Place => match.Similarity >= 0.9
                    && (entity.Population >= 100_000 || entity.Subtype == "ADM1" || (entity.Country is { } home && context.Countries.Contains(home))),
                // A person's misspelt full name must still carry the family name.
                _ => entity.Kind != EntityKind.Person || NameSimilarity.Surnames(folded, match.Alias) >= 0.88,
            };
            if (acceptable)
            {
                var nameScore = match.Entry.Kind == AliasKind.Surname ? 0.82 * match.Similarity : 0.96 * match.Similarity;
                yield return Scored(entity, match.Entry.Kind, nameScore, type, context);
            }
        }
    }

    private static double NameScore(AliasEntry entry, string surface, MentionType type, LinkingContext context) => entry.Kind switch
    {
        AliasKind.Name => 1.0,
        AliasKind.Alias => 0.97,
        AliasKind.Foreign => 0.93,
        AliasKind.Metonym => context.IsLocative ? 0.0 : context.IsAgent ? 1.15 : 0.9,
        AliasKind.Demonym => type is MentionType.Misc or MentionType.Nationality ? 0.97 : 0.7,
        AliasKind.Surname => context.SurnameOfLinkedPerson(entry.Entity.Id) ? 0.97 : 0.75,
        AliasKind.Ambiguous => entry.Entity.Country is { } home && context.Countries.Contains(home) ? 0.82 : surface.Any(char.IsLower) ? 0.55 : 0.75,
        _ => 0.0,
    };

    private static RankedCandidate Scored(KbEntity entity, AliasKind kind, double nameScore, MentionType type, LinkingContext context)
    {
        var typeFit = TypeFit(entity, kind, type);
        if (kind == AliasKind.Surname && type != MentionType.Person && context.Date is { } date && RoleIndex.RolesOn(entity, date).Any())
        {
            typeFit = 1.0; // "Macron" read as an organisation is still the president in office on the report's date
        }

        var score = (nameScore * typeFit) + Bonus(entity, context);
        return new RankedCandidate(entity, kind, score);
    }

    /// <summary>How well a knowledge-base kind fits the recognised mention type (the recogniser can err between ORG and LOC).</summary>
    private static double TypeFit(KbEntity entity, AliasKind kind, MentionType type) => (type, entity.Kind) switch
    {
        (MentionType.Person, EntityKind.Person) => 1.0,
        (MentionType.Person, _) => 0.6,
        (_, EntityKind.Person) => kind switch { AliasKind.Surname => 0.95, AliasKind.Name or AliasKind.Alias => 0.85, _ => 0.5 },
        (MentionType.Organization, EntityKind.Organization or EntityKind.Group) => 1.0,
        (MentionType.Organization, EntityKind.Country) => kind == AliasKind.Metonym ? 1.0 : 0.85,
        (MentionType.Organization, _) => 0.7,
        (MentionType.Location, EntityKind.Country or EntityKind.Place) => 1.0,
        (MentionType.Location, EntityKind.Organization or EntityKind.Group) => 0.8,
        (MentionType.Location, _) => 0.5,
        (MentionType.Misc or MentionType.Nationality, EntityKind.Country) => kind == AliasKind.Demonym ? 1.0 : 0.85,
        (MentionType.Misc, EntityKind.Group or EntityKind.Organization) => 0.9,
        (MentionType.Misc, _) => 0.6,
        _ => 0.5,
    };

    private static bool HasContext(KbEntity person, LinkingContext context) =>
        (person.Country is { } country && context.Countries.Contains(country))
        || (context.Date is { } date && RoleIndex.RolesOn(person, date).Any());

    private static double Bonus(KbEntity entity, LinkingContext context)
    {
        var bonus = 0.0;
        if (entity.Country is { } country && context.Countries.Contains(country))
        {
            bonus += 0.06;
        }

        switch (entity.Kind)
        {
            case EntityKind.Country:
                bonus += entity.ActiveTo is { } dissolved && context.Date is { } onDate && onDate >= dissolved ? -0.1 : 0.04;
                break;
            case EntityKind.Place:
                bonus += Math.Min(0.05, Math.Log10(entity.Population + 1) / 140.0) + (entity.Subtype == "ADM1" ? (context.RegionWordFollows ? 0.12 : 0.02) : 0);

                // A small place abroad is an unlikely reading in a report about other countries.
                if (entity.Population < 50_000 && context.Countries.Count > 0 && entity.Country is { } placeCountry && !context.Countries.Contains(placeCountry))
                {
                    bonus -= 0.25;
                }

                break;
            case EntityKind.Person when context.Date is { } date:
                if (RoleIndex.RolesOn(entity, date).Any())
                {
                    bonus += 0.06;
                }

                if (context.TitleRoles.Count > 0 && RoleIndex.RolesOn(entity, date).Any(role => context.TitleRoles.Contains(role.Role)))
                {
                    bonus += 0.08;
                }

                break;
            case EntityKind.Organization or EntityKind.Group when entity.ActiveTo is { } closed && context.Date is { } reportDate && reportDate >= closed:
                bonus -= 0.05;
                break;
        }

        return bonus;
    }
}

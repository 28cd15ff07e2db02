using Sitrep.Knowledge;
using Sitrep.Knowledge.Model;

namespace Sitrep.Extraction.Entities.Linking;

/// <summary>What the linker knows about the document while resolving one mention: its date, the countries and people linked so far, and the mention's surroundings.</summary>
public sealed class LinkingContext(DateOnly? date)
{
    private readonly Dictionary<string, KbEntity> _linkedPeopleBySurname = new(StringComparer.Ordinal);

    public DateOnly? Date { get; } = date;

    /// <summary>Countries of confidently linked entities (and of the dateline).</summary>
    public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the mention follows a locative preposition ("in Ankara"): a place, not a government.</summary>
    public bool IsLocative { get; set; }

    /// <summary>True when the mention acts or speaks ("Moscow said", "Tehran's response"): a capital then stands for its government.</summary>
    public bool IsAgent { get; set; }

    /// <summary>True when "province", "region", "oblast"… follows the mention: the first-level region, not its seat.</summary>
    public bool RegionWordFollows { get; set; }

    /// <summary>Roles named by a title right before the mention ("Foreign Minister X").</summary>
    public IReadOnlySet<string> TitleRoles { get; set; } = new HashSet<string>();

    public void Linked(KbEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Kind is EntityKind.Country or EntityKind.Place or EntityKind.Person && entity.Country is { } country)
        {
            Countries.Add(country);
        }

        if (entity.Kind == EntityKind.Person)
        {
            foreach (var name in entity.Aliases.Prepend(entity.Name))
            {
                var last = Knowledge.Names.NameFolding.Fold(name).Split(' ')[^1];
                _linkedPeopleBySurname.TryAdd(last, entity);
            }
        }
    }

    /// <summary>True when a person linked earlier in the document by fuller name is this entity.</summary>
    public bool SurnameOfLinkedPerson(string entityId) => _linkedPeopleBySurname.Values.Any(person => person.Id == entityId);
}

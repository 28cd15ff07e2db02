using System.Collections.Frozen;
using Sitrep.Knowledge.Model;

namespace Sitrep.Knowledge.Roles;

/// <summary>Who held an office on a date: "Azerbaijan's president" on 2020-11-01 → Ilham Aliyev.</summary>
public sealed class RoleIndex
{
    private readonly FrozenDictionary<(string Role, string Of), (KbEntity Person, KbRole Role)[]> _holders;

    public RoleIndex(IEnumerable<KbEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        _holders = entities
            .Where(entity => entity.Kind == EntityKind.Person)
            .SelectMany(person => person.Roles.Select(role => (Person: person, Role: role)))
            .GroupBy(item => (item.Role.Role, item.Role.Of))
            .ToFrozenDictionary(group => group.Key, group => group.ToArray());
    }

    /// <summary>The people who held <paramref name="role"/> of <paramref name="of"/> (alpha-3 or organisation id) on <paramref name="date"/>; acting holders last.</summary>
    public IReadOnlyList<KbEntity> HoldersOn(string role, string of, DateOnly date) =>
        _holders.TryGetValue((role, of), out var holders)
            ? [.. holders.Where(h => h.Role.HeldOn(date)).OrderBy(h => h.Role.Acting).Select(h => h.Person).Distinct()]
            : [];

    /// <summary>The roles <paramref name="person"/> held on <paramref name="date"/>.</summary>
    public static IEnumerable<KbRole> RolesOn(KbEntity person, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Roles.Where(role => role.HeldOn(date));
    }
}

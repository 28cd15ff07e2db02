using System.Collections.Frozen;
using Sitrep.Knowledge.Loading;
using Sitrep.Knowledge.Model;
using Sitrep.Knowledge.Names;
using Sitrep.Knowledge.Roles;

namespace Sitrep.Knowledge;

/// <summary>The loaded knowledge base: entities by id, the alias index and who held which office when. Immutable and shared by all threads.</summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Embedded = new(() => new KnowledgeBase(KnowledgeBaseLoader.LoadEmbedded()));

    private readonly FrozenDictionary<string, KbEntity> _byId;
    private readonly FrozenDictionary<string, KbEntity> _countriesByCode;

    public KnowledgeBase(IEnumerable<KbEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        var duplicate = list.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"Knowledge-base id '{duplicate.Key}' is used by {duplicate.Count()} entries.");
        }

        _byId = list.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        _countriesByCode = list.Where(e => e.Kind == EntityKind.Country).ToFrozenDictionary(e => e.Country!, StringComparer.Ordinal);
        Aliases = new AliasIndex(list, PhoneticKey.Default);
        Roles = new RoleIndex(list);
    }

    /// <summary>The knowledge base shipped in data/kb/, loaded once on first use.</summary>
    public static KnowledgeBase Default => Embedded.Value;

    public AliasIndex Aliases { get; }

    public RoleIndex Roles { get; }

    public IEnumerable<KbEntity> Entities => _byId.Values;

    public int Count => _byId.Count;

    public KbEntity? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The country entity for an alpha-3 (or Sitrep X..) code.</summary>
    public KbEntity? Country(string? code) => code is null ? null : _countriesByCode.GetValueOrDefault(code);
}

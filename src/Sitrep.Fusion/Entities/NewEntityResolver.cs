using Sitrep.Core.Annotation;
using Sitrep.Core.Storage;
using Sitrep.Knowledge.Names;

namespace Sitrep.Fusion.Entities;

/// <summary>
/// Across documents, a new (not knowledge-base) entity whose name is a near spelling of one already stored, of the same
/// type, joins it: "Nikolai Pashinian" in one report and "Nikolay Pashinyan" in another are one entity.
/// </summary>
/// <remarks>Candidates share the name's sound skeleton (an indexed lookup), so the cost per entity stays flat as the store grows.</remarks>
public sealed class NewEntityResolver(ISitrepStore store)
{
    /// <summary>Name similarity from which two new entities of the same type are one.</summary>
    public const double MergeThreshold = 0.92;

    private readonly Dictionary<(EntityType, string), List<EntityRecord>> _pending = [];

    /// <summary>The record to store for a new entity named <paramref name="name"/>: an existing one it matches, or itself.</summary>
    public EntityRecord Resolve(string id, string name, EntityType type)
    {
        var folded = NameFolding.Fold(name);
        var skeleton = PhoneticKey.Default.Skeleton(folded);
        var candidates = store.FindNewEntities(type, skeleton).Concat(_pending.GetValueOrDefault((type, skeleton)) ?? []);
        EntityRecord? best = null;
        var bestScore = 0.0;
        foreach (var candidate in candidates)
        {
            if (candidate.Id == id)
            {
                return candidate;
            }

            var other = NameFolding.Fold(candidate.Name);
            var score = NameSimilarity.Score(folded, other, skeleton, candidate.Skeleton ?? PhoneticKey.Default.Skeleton(other));
            if (type == EntityType.Person && NameSimilarity.Surnames(folded, other) < 0.9)
            {
                continue;
            }

            if (score >= MergeThreshold && score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        if (best is not null)
        {
            return best;
        }

        var record = new EntityRecord(id, name, type, false, null, null, null, skeleton);
        if (!_pending.TryGetValue((type, skeleton), out var list))
        {
            _pending[(type, skeleton)] = list = [];
        }

        list.Add(record);
        return record;
    }

    /// <summary>Forgets the batch once written: the store now answers for its entities.</summary>
    public void BatchWritten() => _pending.Clear();
}

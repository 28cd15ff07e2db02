using Sitrep.Core.Storage;

namespace Sitrep.Fusion.Duplicates;

/// <summary>Decides, in ingest order, whether a new document nearly repeats one seen before (a syndicated copy, a re-headlined wire story).</summary>
/// <remarks>
/// Candidates come from shared similarity bands — in the store and among documents of the batch not yet
/// written — so the cost per document stays flat as the corpus grows. A copy of a copy points to the original.
/// </remarks>
public sealed class NearDuplicateDetector(ISitrepStore store, double threshold = NearDuplicateDetector.DefaultThreshold)
{
    /// <summary>Estimated Jaccard similarity of 4-word shingles from which two reports count as one text.</summary>
    public const double DefaultThreshold = 0.6;

    private readonly Dictionary<long, List<DuplicateCandidate>> _pending = [];

    /// <summary>The id of the original this document repeats, or null when it is new.</summary>
    public string? FindOriginal(MinHashSignature signature, IReadOnlyList<long> bandKeys)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(bandKeys);
        var candidates = store.FindDuplicateCandidates(bandKeys)
            .Concat(bandKeys.SelectMany(key => _pending.GetValueOrDefault(key) ?? []))
            .DistinctBy(candidate => candidate.Id)
            .OrderBy(candidate => candidate.Sequence);
        foreach (var candidate in candidates)
        {
            if (!candidate.Signature.IsEmpty && signature.Similarity(MinHashSignature.FromBytes(candidate.Signature.Span)) >= threshold)
            {
                return candidate.DuplicateOf ?? candidate.Id;
            }
        }

        return null;
    }

    /// <summary>Makes a document of the current batch visible to later ones before the batch is written.</summary>
    public void Remember(long sequence, string id, MinHashSignature signature, IReadOnlyList<long> bandKeys, string? duplicateOf)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(bandKeys);
        var candidate = new DuplicateCandidate(sequence, id, signature.ToBytes(), duplicateOf);
        foreach (var key in bandKeys)
        {
            if (!_pending.TryGetValue(key, out var list))
            {
                _pending[key] = list = [];
            }

            list.Add(candidate);
        }
    }

    /// <summary>Forgets the batch once it is written: the store now answers for it.</summary>
    public void BatchWritten() => _pending.Clear();
}

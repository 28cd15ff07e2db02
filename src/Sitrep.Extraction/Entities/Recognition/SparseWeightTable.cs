namespace Sitrep.Extraction.Entities.Recognition;

/// <summary>
/// Feature weights laid out for decoding: an open-addressing table from feature hash to that feature's non-zero tag
/// weights, stored side by side — for one model, or for the recogniser's two passes at once, so that one lookup
/// serves both. Decoding looks up some fifty features per token, so this lookup is the recogniser's hot path.
/// </summary>
internal sealed class SparseWeightTable
{
    // A bit per filter position, set for every known feature: most features a text yields are unknown to the
    // model, and this small array (it stays in cache) turns them away without touching the large table.
    private const int FilterBits = 1 << 21;

    private readonly Slot[] _slots;
    private readonly TagWeight[] _weights;
    private readonly ulong[] _filter = new ulong[FilterBits / 64];
    private readonly int _shift;

    /// <param name="models">Each model's feature rows (hash → row) and its rows × <paramref name="tags"/> weights: one or two models.</param>
    public SparseWeightTable(IReadOnlyList<(IReadOnlyDictionary<ulong, int> Rows, float[] Weights)> models, int tags)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count is < 1 or > 2)
        {
            throw new ArgumentException("one or two models", nameof(models));
        }

        var keys = models.SelectMany(model => model.Rows.Keys).Distinct().ToList();
        var capacity = 16;
        while (capacity < keys.Count * 2)
        {
            capacity <<= 1;
        }

        _shift = 64 - int.Log2(capacity);
        _slots = new Slot[capacity];
        var weights = new List<TagWeight>(keys.Count * 4);
        Span<int> counts = stackalloc int[2];
        foreach (var key in keys)
        {
            var start = weights.Count;
            for (var m = 0; m < models.Count; m++)
            {
                var before = weights.Count;
                if (models[m].Rows.TryGetValue(key, out var row))
                {
                    for (var t = 0; t < tags; t++)
                    {
                        if (models[m].Weights[(row * tags) + t] is var weight and not 0f)
                        {
                            weights.Add(new TagWeight(t, weight));
                        }
                    }
                }

                counts[m] = weights.Count - before;
            }

            if (weights.Count > start)
            {
                var index = Home(key);
                while (!_slots[index].IsEmpty)
                {
                    index = (index + 1) & (capacity - 1);
                }

                _slots[index] = new Slot(key, start, (byte)counts[0], (byte)(models.Count > 1 ? counts[1] : 0));
                var bit = FilterPosition(key);
                _filter[bit >> 6] |= 1UL << (bit & 63);
            }
        }

        _weights = [.. weights];
    }

    /// <summary>Adds the first model's weights for <paramref name="feature"/> (none if unknown) to <paramref name="scores"/>.</summary>
    public void AddTo(Span<float> scores, ulong feature)
    {
        if (Find(feature) is { } slot)
        {
            Add(scores, _weights.AsSpan(slot.Start, slot.FirstCount));
        }
    }

    /// <summary>Adds both models' weights for <paramref name="feature"/> to their score rows, with one lookup.</summary>
    public void AddTo(Span<float> first, Span<float> second, ulong feature)
    {
        if (Find(feature) is { } slot)
        {
            Add(first, _weights.AsSpan(slot.Start, slot.FirstCount));
            Add(second, _weights.AsSpan(slot.Start + slot.FirstCount, slot.SecondCount));
        }
    }

    /// <summary>Adds the second model's weights for <paramref name="feature"/> to <paramref name="scores"/>.</summary>
    public void AddSecondTo(Span<float> scores, ulong feature)
    {
        if (Find(feature) is { } slot)
        {
            Add(scores, _weights.AsSpan(slot.Start + slot.FirstCount, slot.SecondCount));
        }
    }

    private static void Add(Span<float> scores, ReadOnlySpan<TagWeight> weights)
    {
        foreach (var weight in weights)
        {
            scores[weight.Tag] += weight.Weight;
        }
    }

    private Slot? Find(ulong feature)
    {
        var bit = FilterPosition(feature);
        if ((_filter[bit >> 6] & (1UL << (bit & 63))) == 0)
        {
            return null;
        }

        var mask = _slots.Length - 1;
        for (var index = Home(feature); !_slots[index].IsEmpty; index = (index + 1) & mask)
        {
            if (_slots[index].Key == feature)
            {
                return _slots[index];
            }
        }

        return null;
    }

    private static int FilterPosition(ulong hash) => (int)((hash ^ (hash >> 29)) & (FilterBits - 1));

    // Fibonacci hashing: the multiply spreads the feature hash's bits into the table index.
    private int Home(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> _shift);

    private readonly record struct Slot(ulong Key, int Start, byte FirstCount, byte SecondCount)
    {
        public bool IsEmpty => FirstCount == 0 && SecondCount == 0;
    }

    private readonly record struct TagWeight(int Tag, float Weight);
}

using Sitrep.Core.Annotation;
using System.Collections.Frozen;
using System.Text;

namespace Sitrep.Extraction.Entities.Recognition;

/// <summary>A trained linear sequence model: per-feature tag weights, tag-transition weights and BILOU-constrained Viterbi decoding.</summary>
/// <remarks>Immutable once built; one instance serves all threads.</remarks>
public sealed class NerModel
{
    private const string Magic = "SITREP-NER-1";
    private const int Tags = EntityTags.Count;

    private static readonly bool[] Allowed = BuildAllowed();

    private readonly FrozenDictionary<ulong, int> _rows;
    private readonly float[] _weights;
    private readonly float[] _transitions;
    private readonly SparseWeightTable _table;

    /// <param name="rows">Feature hash → row index into <paramref name="weights"/>.</param>
    /// <param name="weights">rows × tags emission weights.</param>
    /// <param name="transitions">(tags + 1) × tags transition weights; the last row is the sentence start.</param>
    public NerModel(IReadOnlyDictionary<ulong, int> rows, float[] weights, float[] transitions)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _rows = rows.ToFrozenDictionary();
        _weights = weights;
        _transitions = transitions;
        _table = new SparseWeightTable([(_rows, weights)], Tags);
    }

    public int FeatureCount => _rows.Count;

    internal IReadOnlyDictionary<ulong, int> Rows => _rows;

    internal float[] Weights => _weights;

    internal float[] Transitions => _transitions;

    /// <summary>The best well-formed tag sequence for a sentence.</summary>
    public int[] Decode(FeatureMatrix sentence) => Decode(sentence, null);

    /// <summary>The best tag sequence for a sentence whose tokens carry <paramref name="extra"/> features beside their own.</summary>
    public int[] Decode(FeatureMatrix sentence, IReadOnlyList<ulong>[]? extra)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var n = sentence.Length;
        if (n == 0)
        {
            return [];
        }

        var emissions = new float[n * Tags];
        for (var i = 0; i < n; i++)
        {
            var row = emissions.AsSpan(i * Tags, Tags);
            AddWeights(row, sentence.Of(i));
            if (extra is not null)
            {
                foreach (var feature in extra[i])
                {
                    AddWeights(row, [feature]);
                }
            }
        }

        return Viterbi(emissions, _transitions, n);
    }

    private void AddWeights(Span<float> row, ReadOnlySpan<ulong> features)
    {
        foreach (var feature in features)
        {
            _table.AddTo(row, feature);
        }
    }

    /// <summary>Viterbi over emission scores with the BILOU constraints; shared by training and recognition.</summary>
    internal static int[] Viterbi(float[] emissions, float[] transitions, int n)
    {
        var score = System.Buffers.ArrayPool<float>.Shared.Rent(n * Tags);
        var back = System.Buffers.ArrayPool<int>.Shared.Rent(n * Tags);
        for (var t = 0; t < Tags; t++)
        {
            score[t] = Allowed[(Tags * Tags) + t] ? transitions[(Tags * Tags) + t] + emissions[t] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var t = 0; t < Tags; t++)
            {
                var best = float.NegativeInfinity;
                var bestPrevious = 0;
                for (var p = 0; p < Tags; p++)
                {
                    if (!Allowed[(p * Tags) + t])
                    {
                        continue;
                    }

                    var candidate = score[((i - 1) * Tags) + p] + transitions[(p * Tags) + t];
                    if (candidate > best)
                    {
                        best = candidate;
                        bestPrevious = p;
                    }
                }

                score[(i * Tags) + t] = best + emissions[(i * Tags) + t];
                back[(i * Tags) + t] = bestPrevious;
            }
        }

        var last = 0;
        var bestFinal = float.NegativeInfinity;
        for (var t = 0; t < Tags; t++)
        {
            var closes = t == EntityTags.Outside || EntityTags.PositionOf(t) is 2 or 3;
            if (closes && score[((n - 1) * Tags) + t] > bestFinal)
            {
                bestFinal = score[((n - 1) * Tags) + t];
                last = t;
            }
        }

        var tags = new int[n];
        tags[n - 1] = last;
        for (var i = n - 1; i > 0; i--)
        {
            tags[i - 1] = back[(i * Tags) + tags[i]];
        }

        System.Buffers.ArrayPool<float>.Shared.Return(score);
        System.Buffers.ArrayPool<int>.Shared.Return(back);
        return tags;
    }

    /// <summary>Writes the model, keeping only features whose weights matter and storing weights as half-precision floats.</summary>
    public void Write(BinaryWriter writer, float minimumWeight = 0.0f)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Magic);
        writer.Write(Tags);
        foreach (var transition in _transitions)
        {
            writer.Write(transition);
        }

        var kept = _rows.Where(pair => RowMatters(pair.Value, minimumWeight)).OrderBy(pair => pair.Key).ToList();
        writer.Write(kept.Count);
        foreach (var (hash, row) in kept)
        {
            writer.Write(hash);
            var weights = _weights.AsSpan(row * Tags, Tags);
            var count = 0;
            for (var t = 0; t < Tags; t++)
            {
                count += Math.Abs(weights[t]) > minimumWeight ? 1 : 0;
            }

            writer.Write((byte)count);
            for (var t = 0; t < Tags; t++)
            {
                if (Math.Abs(weights[t]) > minimumWeight)
                {
                    writer.Write((byte)t);
                    writer.Write((Half)weights[t]);
                }
            }
        }
    }

    public static NerModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadString() != Magic || reader.ReadInt32() != Tags)
        {
            throw new InvalidDataException("Not a Sitrep recogniser model of this version.");
        }

        var transitions = new float[(Tags + 1) * Tags];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var count = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(count);
        var weights = new float[count * Tags];
        for (var row = 0; row < count; row++)
        {
            rows[reader.ReadUInt64()] = row;
            var entries = reader.ReadByte();
            for (var k = 0; k < entries; k++)
            {
                var tag = reader.ReadByte();
                weights[(row * Tags) + tag] = (float)reader.ReadHalf();
            }
        }

        return new NerModel(rows, weights, transitions);
    }

    private bool RowMatters(int row, float minimumWeight)
    {
        var weights = _weights.AsSpan(row * Tags, Tags);
        foreach (var weight in weights)
        {
            if (Math.Abs(weight) > minimumWeight)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Allowed[previous * Tags + next], with previous = Tags standing for the sentence start.</summary>
    private static bool[] BuildAllowed()
    {
        var allowed = new bool[(Tags + 1) * Tags];
        for (var p = 0; p <= Tags; p++)
        {
            for (var t = 0; t < Tags; t++)
            {
                allowed[(p * Tags) + t] = EntityTags.CanFollow(p == Tags ? -1 : p, t);
            }
        }

        return allowed;
    }
}

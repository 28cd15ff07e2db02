using System.Buffers.Binary;

namespace Sitrep.Fusion.Duplicates;

/// <summary>A MinHash signature of a text's word shingles, and the band keys that find similar signatures without comparing all pairs.</summary>
/// <remarks>
/// 64 hash functions over 4-word shingles of lower-cased words; 16 bands of 4 rows. Two texts with Jaccard
/// similarity 0.7 share a band with probability ≈ 0.99, texts at 0.3 with ≈ 0.12; candidates are then
/// confirmed on the full signature.
/// </remarks>
public sealed class MinHashSignature
{
    public const int HashCount = 64;
    public const int BandCount = 16;
    public const int RowsPerBand = HashCount / BandCount;
    private const int ShingleWords = 4;

    private static readonly ulong[] Seeds = CreateSeeds();

    private readonly ulong[] _values;

    private MinHashSignature(ulong[] values) => _values = values;

    public static MinHashSignature Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = new ulong[HashCount];
        Array.Fill(values, ulong.MaxValue);
        var window = new ulong[ShingleWords];
        var words = 0;
        foreach (var word in Words(text))
        {
            window[words % ShingleWords] = word;
            words++;
            if (words >= ShingleWords)
            {
                Add(values, ShingleHash(window, words));
            }
        }

        if (words is > 0 and < ShingleWords)
        {
            Add(values, ShingleHash(window, words));
        }

        return new MinHashSignature(values);
    }

    public static MinHashSignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != HashCount * sizeof(ulong))
        {
            throw new ArgumentException($"A signature is {HashCount * sizeof(ulong)} bytes, not {bytes.Length}.", nameof(bytes));
        }

        var values = new ulong[HashCount];
        for (var i = 0; i < HashCount; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(i * sizeof(ulong))..]);
        }

        return new MinHashSignature(values);
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[HashCount * sizeof(ulong)];
        for (var i = 0; i < HashCount; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)), _values[i]);
        }

        return bytes;
    }

    /// <summary>One key per band; the band index is mixed in so equal rows in different bands do not collide.</summary>
    public long[] BandKeys()
    {
        var keys = new long[BandCount];
        for (var band = 0; band < BandCount; band++)
        {
            var hash = Mix((ulong)band + 0x9E3779B97F4A7C15UL);
            for (var row = 0; row < RowsPerBand; row++)
            {
                hash = Mix(hash ^ _values[(band * RowsPerBand) + row]);
            }

            keys[band] = (long)hash;
        }

        return keys;
    }

    /// <summary>Estimated Jaccard similarity of the two texts' shingle sets.</summary>
    public double Similarity(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var equal = 0;
        for (var i = 0; i < HashCount; i++)
        {
            equal += _values[i] == other._values[i] && _values[i] != ulong.MaxValue ? 1 : 0;
        }

        return equal / (double)HashCount;
    }

    private static void Add(ulong[] values, ulong shingle)
    {
        for (var i = 0; i < HashCount; i++)
        {
            var h = Mix(shingle ^ Seeds[i]);
            if (h < values[i])
            {
                values[i] = h;
            }
        }
    }

    private static ulong ShingleHash(ulong[] window, int words)
    {
        var hash = 0xCBF29CE484222325UL;
        var count = Math.Min(words, ShingleWords);
        for (var k = count; k > 0; k--)
        {
            hash = Mix(hash ^ window[(words - k) % ShingleWords]);
        }

        return hash;
    }

    /// <summary>Hashes of the lower-cased letter/digit runs of the text.</summary>
    private static IEnumerable<ulong> Words(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 0x100000001B3UL;
                inWord = true;
            }
            else if (inWord)
            {
                yield return hash;
                hash = 0xCBF29CE484222325UL;
                inWord = false;
            }
        }

        if (inWord)
        {
            yield return hash;
        }
    }

    /// <summary>The splitmix64 finaliser: a fast, well-spread 64-bit mix.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[HashCount];
        var state = 0x5172E9D1A3B4C5D6UL;
        for (var i = 0; i < HashCount; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}

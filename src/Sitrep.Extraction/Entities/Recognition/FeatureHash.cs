using Sitrep.Core.Annotation;
namespace Sitrep.Extraction.Entities.Recognition;

/// <summary>64-bit FNV-1a hashing of feature templates and values, so features are named without building strings.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 0xCBF29CE484222325UL;
    private const ulong Prime = 0x100000001B3UL;

    public static ulong Start(byte template) => (Offset ^ template) * Prime;

    public static ulong Add(ulong hash, char c) => (((hash ^ (byte)c) * Prime) ^ (byte)(c >> 8)) * Prime;

    public static ulong Add(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            hash = Add(hash, c);
        }

        return hash;
    }

    public static ulong AddLower(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            hash = Add(hash, char.ToLowerInvariant(c));
        }

        return hash;
    }

    /// <summary>Separates the parts of a feature built from several values.</summary>
    public static ulong Separate(ulong hash) => Add(hash, '\u0001');
}

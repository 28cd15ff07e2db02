using Sitrep.Core.Annotation;
namespace Sitrep.Extraction.Entities.Recognition;

/// <summary>The feature hashes of a sentence's tokens: token i's features are Features[Offsets[i]..Offsets[i + 1]].</summary>
public sealed record FeatureMatrix(ulong[] Features, int[] Offsets)
{
    public int Length => Offsets.Length - 1;

    public ReadOnlySpan<ulong> Of(int token) => Features.AsSpan(Offsets[token], Offsets[token + 1] - Offsets[token]);
}

using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Ingest.Normalization;

/// <summary>The document id: the first 64 bits of the SHA-256 of the normalised text, in hex.</summary>
public static class ContentHash
{
    public static string Of(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalizedText), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}

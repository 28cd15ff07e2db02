namespace Sitrep.Ingest.Decoding;

/// <summary>Bytes turned into text, or the reason they could not be.</summary>
public sealed record DecodedText(string? Text, string? FailureReason, string? Note)
{
    public bool Succeeded => Text is not null;

    public static DecodedText Fail(string reason) => new(null, reason, null);
}

namespace Sitrep.Knowledge.Model;

/// <summary>An office a person held: the role (see data/kb/FORMAT.md), of which country or body, from when until when (end exclusive).</summary>
public sealed record KbRole(string Role, string Of, string? Title, DateOnly? Start, DateOnly? End, bool Acting, DateOnly? Checked)
{
    /// <summary>True when the role was held on <paramref name="date"/>; an unknown end counts as still held.</summary>
    public bool HeldOn(DateOnly date) => Start is { } start && start <= date && (End is not { } end || date < end);
}

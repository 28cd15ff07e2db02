using Sitrep.Core.Text;

namespace Sitrep.Core.Annotation;

/// <summary>How a claim is framed: said or reported, denied, or alleged.</summary>
public enum AttributionKind : byte
{
    Said,
    Denied,
}

/// <summary>A stretch of text reported as someone's claim ("X said that …", "according to X, …") or denial ("X denied …").</summary>
/// <param name="Claim">The reported content.</param>
/// <param name="Cue">The reporting words ("said", "according to", "denied").</param>
public sealed record Attribution(TextSpan Claim, TextSpan Cue, ActorReference Speaker, AttributionKind Kind);

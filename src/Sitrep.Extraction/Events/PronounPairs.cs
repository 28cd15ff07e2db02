using Sitrep.Core.Annotation;

namespace Sitrep.Extraction.Events;

/// <summary>
/// "Lebed said he and Maskhadov agreed …": in a mutual act whose pair opens with a pronoun, the one named is the other
/// side (the target); the pronoun names no actor, so the source is left out.
/// </summary>
internal static class PronounPairs
{
    /// <summary>The named second side when the only subject found is joined by "and" to a personal pronoun before it.</summary>
    public static ActorReference? NamedPartner(SentenceView view, IReadOnlyList<ActorReference?> sources)
    {
        if (sources is not [{ } named])
        {
            return null;
        }

        var first = Array.IndexOf(view.Starts, named.Start);
        first = first > 0 ? TitledName.ChainStart(view, first, 0) ?? first : first; // "he and rebel military leader Aslan Maskhadov"
        return first >= 2 && view.Word(first - 1) == "and" && view.Word(first - 2) is "he" or "she" or "we" or "i" or "they" ? named : null;
    }
}

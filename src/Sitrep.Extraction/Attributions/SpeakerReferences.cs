using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Annotation;
using Sitrep.Extraction.Entities.Linking;

namespace Sitrep.Extraction.Attributions;

/// <summary>Turns the words that name a speaker into the actor they refer to.</summary>
internal static class SpeakerReferences
{
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(["he", "she", "it", "they", "we", "i", "you", "who"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotSpeakers = FrozenSet.ToFrozenSet(["time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years", "exile"], StringComparer.Ordinal);

    /// <summary>The speaker a phrase names: the entity mention in it, or the phrase itself; none for a pronoun.</summary>
    public static ActorReference? Of(string text, int[] starts, int[] ends, (int First, int End) phrase, ImmutableArray<EntityMention> entities)
    {
        var start = starts[phrase.First];
        var end = ends[phrase.End - 1];
        var inPhrase = entities.Where(e => e.Start < end && start < e.End).OrderByDescending(e => e.End - e.Start).FirstOrDefault();
        if (inPhrase.EntityId is not null)
        {
            return ActorReference.From(inPhrase) with { Start = Math.Min(start, inPhrase.Start), End = Math.Max(end, inPhrase.End) };
        }

        var words = text[start..end];
        if (Pronouns.Contains(words.ToLowerInvariant()) || NotSpeakers.Contains(words[(words.LastIndexOf(' ') + 1)..].ToLowerInvariant()))
        {
            return null; // "he said", "for the first time said", "a group in exile said": no one named by these words
        }

        return new ActorReference(start, end, NewEntityIds.For(EntityType.Other, words), words, EntityType.Other, null, null);
    }
}

using Sitrep.Core.Annotation;
using Sitrep.Extraction.Entities.Linking;
using Sitrep.Extraction.Syntax;

namespace Sitrep.Extraction.Events;

/// <summary>When no entity names a participant, the noun phrase that does: an entity of type OTHER named by its phrase.</summary>
internal static class PhraseActors
{
    public static ActorReference? After(SentenceView view, int start, int limit) =>
        NounPhrases.After(view.Words, view.IsBoundary, start, limit) is { } phrase ? Reference(view, phrase.First, phrase.End) : null;

    public static ActorReference? Before(SentenceView view, int end, int limit) =>
        NounPhrases.Before(view.Words, view.IsBoundary, end, limit) is { } phrase ? Reference(view, phrase.First, phrase.End) : null;

    public static ActorReference Reference(SentenceView view, int first, int end)
    {
        var phrase = string.Join(' ', view.Words[first..end]).Replace(" 's", "'s", StringComparison.Ordinal).Replace(" ’s", "’s", StringComparison.Ordinal);
        return new ActorReference(view.Starts[first], view.Ends[end - 1], NewEntityIds.For(EntityType.Other, phrase), phrase, EntityType.Other, null, null);
    }
}

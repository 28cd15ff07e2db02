using Sitrep.Core.Annotation;
using Sitrep.Extraction.Entities.Linking;
using Sitrep.Extraction.Syntax;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Events;

/// <summary>
/// When no entity names a participant, the noun phrase that does — an entity of type OTHER named by its phrase —
/// provided the phrase is headed by a noun that can name one (data/lexicon/actor-nouns.txt, target-nouns.txt) or holds a capitalised
/// name: "opened fire on tourists", "torched homes", but not "the fighting affects…" or "more".
/// </summary>
internal static class PhraseActors
{
    public static ActorReference? After(SentenceView view, int start, int limit)
    {
        if (NounPhrases.After(view.Words, view.IsBoundary, start, limit) is not { } phrase)
        {
            return null;
        }

        // The phrase reader stops at "-ing" words, which also head or modify things: "an apartment building", "a shopping centre".
        var end = phrase.End;
        while (end < limit && end - phrase.End < 2 && NounLists.Things.Contains(view.Word(end)) && !view.IsBoundary[end])
        {
            end++;
        }

        return CanName(view, phrase.First, end) ? Reference(view, phrase.First, end) : null;
    }

    public static ActorReference? Before(SentenceView view, int end, int limit) =>
        NounPhrases.Before(view.Words, view.IsBoundary, end, limit) is { } phrase && CanName(view, phrase.First, phrase.End) ? Reference(view, phrase.First, phrase.End) : null;

    public static ActorReference Reference(SentenceView view, int first, int end)
    {
        var phrase = string.Join(' ', view.Words[first..end]).Replace(" 's", "'s", StringComparison.Ordinal).Replace(" ’s", "’s", StringComparison.Ordinal);
        return new ActorReference(view.Starts[first], view.Ends[end - 1], NewEntityIds.For(EntityType.Other, phrase), phrase, EntityType.Other, null, null);
    }

    private static bool CanName(SentenceView view, int first, int end)
    {
        if (NounLists.People.Contains(view.Words[end - 1]) || NounLists.Things.Contains(view.Words[end - 1]))
        {
            return true;
        }

        // A capitalised word names something, unless it is only capitalised because it opens the sentence.
        for (var i = first; i < end; i++)
        {
            if (char.IsUpper(view.Text[view.Starts[i]]) && (i > 0 || !CommonWords.AllCommon(view.Words[i])))
            {
                return true;
            }
        }

        return false;
    }
}

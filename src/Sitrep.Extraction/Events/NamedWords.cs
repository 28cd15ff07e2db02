using Sitrep.Core.Annotation;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Events;

/// <summary>Finding a participant's words: the mention or titled name at a word, a phrase cut after its head noun, the word a reference starts or ends on.</summary>
internal static class NamedWords
{
    /// <summary>The mention at word <paramref name="start"/> (after articles), or the name a title there introduces ("Prime Minister Nikol Pashinyan").</summary>
    internal static ActorReference? NameAt(SentenceView view, int start, int clauseEnd, HashSet<int> used, bool voices)
    {
        while (start < clauseEnd && view.Word(start) is "the" or "a" or "an" or "its" or "their")
        {
            start++;
        }

        if (MentionAt(view, start) is { } at && !used.Contains(at) && (ArgumentFinder.IsActor(view.Mentions[at].Mention) || (voices && view.Mentions[at].Mention.Type == EntityType.Place)))
        {
            return Use(view, TitledName.After(view, at, clauseEnd) ?? at, used);
        }

        for (var k = 0; k < view.Mentions.Length && view.Mentions[k].First < clauseEnd; k++)
        {
            if (view.Mentions[k].First > start && !used.Contains(k) && ArgumentFinder.IsActor(view.Mentions[k].Mention) && TitledName.ChainStart(view, view.Mentions[k].First, start) == start)
            {
                return Use(view, k, used);
            }
        }

        return null;
    }

    /// <summary>A phrase headed by a noun for people or things ("the electoral council"), cut after its head.</summary>
    internal static ActorReference? HeadedPhrase(SentenceView view, int start, int clauseEnd)
    {
        if (Syntax.NounPhrases.After(view.Words, view.IsBoundary, start, clauseEnd) is not var (first, end))
        {
            return null;
        }

        for (var i = first; i < end; i++)
        {
            if (NounLists.People.Contains(view.Word(i)) || NounLists.Things.Contains(view.Word(i)))
            {
                while (i + 1 < end && (NounLists.People.Contains(view.Word(i + 1)) || NounLists.Things.Contains(view.Word(i + 1))))
                {
                    i++;
                }

                return PhraseActors.Reference(view, first, i + 1);
            }
        }

        return null;
    }

    internal static ActorReference Use(SentenceView view, int k, HashSet<int> used)
    {
        used.Add(k);
        return ActorReference.From(view.Mentions[k].Mention);
    }

    /// <summary>The longest mention that starts at word <paramref name="first"/>, or null.</summary>
    internal static int? MentionAt(SentenceView view, int first)
    {
        for (var k = 0; k < view.Mentions.Length; k++)
        {
            if (view.Mentions[k].First == first)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>The word before a reference, past articles and direction words ("to | the | northern | Gaza").</summary>
    internal static int LeadOf(SentenceView view, ActorReference reference)
    {
        var lead = WordAt(view, reference.Start, start: true) - 1;
        while (lead > 0 && (view.Word(lead) is "the" || PlaceFinder.DirectionStart(view, lead + 1, lead) == lead))
        {
            lead--;
        }

        return lead;
    }

    /// <summary>Whether word <paramref name="i"/> exists and starts with a capital letter ("Kidal", not "town" or "2024").</summary>
    internal static bool IsCapitalised(SentenceView view, int i) =>
        i < view.Words.Length && view.Words[i].Length > 0 && char.IsUpper(view.Text[view.Starts[i]]) && char.IsLetter(view.Words[i][0]);

    /// <summary>The word that ends at character <paramref name="offset"/> (or, with <paramref name="start"/>, starts there); -1 if none.</summary>
    internal static int WordAt(SentenceView view, int offset, bool start = false) => start ? Array.IndexOf(view.Starts, offset) : Array.IndexOf(view.Ends, offset);
}

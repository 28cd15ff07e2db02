using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Subjects that a bare mention names only in part: "supporters of the junta rallied" (the supporters act, not the junta),
/// "members of the 400 Mawozo gang" (the name the recogniser missed before its group noun), "the head of the council,
/// Lieutenant General Abdel Fattah al-Burhan, rejected" (the name set beside the title).
/// </summary>
internal static class SubjectPhrases
{
    private static readonly FrozenSet<string> RelationalNouns = NounLists.Load("lexicon/events/relational-nouns.txt");

    /// <summary>"Thousands of supporters of the junta": the people before "of" when they only stand in a relation to the body.</summary>
    public static ActorReference? RelatedPeople(SentenceView view, int first, int clauseStart)
    {
        var lead = first - 1;
        while (lead > clauseStart && view.Word(lead) is "the")
        {
            lead--;
        }

        return view.Word(lead) == "of" && RelationalNouns.Contains(view.Word(lead - 1)) ? PhraseActors.Before(view, lead, clauseStart) : null;
    }

    /// <summary>"Turkey's Kurd rebels kill two": a possessive name before people it does not name is their place, not the doer.</summary>
    public static ActorReference? OwnedPeople(SentenceView view, int first, int end, int verb)
    {
        if (view.Word(end) is not ("'s" or "’s") || end + 1 >= verb || view.Mentions.Any(m => m.First > end && m.First < verb)
            || PhraseActors.After(view, end + 1, verb) is not { } people || people.End != view.Ends[verb - 1] || !NounLists.People.Contains(view.Word(verb - 1)))
        {
            return null;
        }

        return PhraseActors.Reference(view, first, verb);
    }

    /// <summary>"the 400 Mawozo gang": a group noun read alone, with the capitalised words of its name (and a number opening them) before it.</summary>
    public static ActorReference? NamedGroup(SentenceView view, int nounFirst, int clauseStart)
    {
        var first = nounFirst;
        while (first > clauseStart && nounFirst - first < 4 && NamedWords.IsCapitalised(view, first - 1))
        {
            first--;
        }

        if (first == nounFirst || first == 0)
        {
            return null;
        }

        if (first > clauseStart && char.IsDigit(view.Word(first - 1).FirstOrDefault()) && view.Word(first - 2) == "the")
        {
            first--; // a number that opens a name after "the" is part of it, not a count
        }

        if (view.Word(first - 1) != "the" || view.Mentions.Any(m => m.First < nounFirst && m.End > first))
        {
            return null;
        }

        var name = view.Text[view.Starts[first]..view.Ends[nounFirst]];
        return new ActorReference(view.Starts[first], view.Ends[nounFirst], Entities.Linking.NewEntityIds.For(EntityType.Group, name), name, EntityType.Group, null, null);
    }

    /// <summary>"The head of the sovereignty council, Lieutenant General Abdel Fattah al-Burhan, rejected": the aside before the verb is the subject's name.</summary>
    public static int? ApposedName(SentenceView view, int comma, int open)
    {
        for (var k = 0; k < view.Mentions.Length; k++)
        {
            var (mention, first, end) = view.Mentions[k];
            if (end == comma && first > open && mention.Type == EntityType.Person && !ArgumentFinder.IsNested(view, k)
                && Enumerable.Range(open + 1, first - open - 1).All(i => NamedWords.IsCapitalised(view, i)))
            {
                return k;
            }
        }

        return null;
    }
}

using Sitrep.Core.Annotation;
using Sitrep.Core.Data;
using Sitrep.Knowledge;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Names that stand next to a participant without being it: a backer attached to the noun before it ("insurgents linked to
/// Islamic State", data/lexicon/events/actor-attachments.txt) and the owner of a struck thing ("Iran's consular building").
/// </summary>
internal static class AttachedActors
{
    private static readonly string[][] Attachments = [.. DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/events/actor-attachments.txt")
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>Where the attaching phrase before the name at <paramref name="first"/> starts, when a noun stands before it; else null.</summary>
    public static int? AttachmentBefore(SentenceView view, int first, int clauseStart)
    {
        var lead = first;
        while (lead > clauseStart && view.Word(lead - 1) is "the")
        {
            lead--;
        }

        foreach (var phrase in Attachments)
        {
            var start = lead - phrase.Length;
            if (start <= clauseStart)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < phrase.Length && matches; k++)
            {
                matches = view.Word(start + k) == phrase[k];
            }

            // "Insurgents | linked to": a word that is not a verb's auxiliary stands before the phrase.
            if (matches && view.Word(start - 1) is not ("is" or "are" or "was" or "were" or "be" or "been" or "being" or "," or "and"))
            {
                return start;
            }
        }

        return null;
    }

    /// <summary>"destroyed Iran's consular building": the thing owned by the name that ends at <paramref name="nameEnd"/>, as a phrase; else null.</summary>
    public static ActorReference? PossessedThing(SentenceView view, int nameEnd, int clauseEnd)
    {
        // "the German diplomat's home": a person owner is the one attacked; a state's building is the thing struck.
        if (view.Word(nameEnd) is not ("'s" or "’s") || NounLists.People.Contains(view.Word(nameEnd - 1)) || Syntax.NounPhrases.After(view.Words, view.IsBoundary, nameEnd + 1, clauseEnd) is not { } phrase)
        {
            return null;
        }

        // The phrase reader stops at "-ing" words; a thing noun such as "building" still ends the phrase.
        var end = phrase.End < clauseEnd && NounLists.Things.Contains(view.Word(phrase.End)) ? phrase.End + 1 : phrase.End;
        return NounLists.Things.Contains(view.Word(end - 1)) && !NounLists.People.Contains(view.Word(end - 1)) ? PhraseActors.Reference(view, phrase.First, end) : null;
    }
}

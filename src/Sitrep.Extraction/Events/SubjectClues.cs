using Sitrep.Core.Annotation;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Clues to where a clause's subject stands when the nearest name before the verb is not it: a participle's object
/// ("Protesters demanding the departure of UN peacekeepers rioted"), a name the recogniser missed at the clause start
/// ("Wagner fighters"), a subject list that opens its clause.
/// </summary>
internal static class SubjectClues
{
    /// <summary>Whether a subject starting at word <paramref name="first"/> opens its clause (after an article or a comma at most).</summary>
    public static bool OpensSubject(SentenceView view, int first, int clauseStart)
    {
        var lead = first - 1;
        while (lead >= clauseStart && view.Word(lead) is "the")
        {
            lead--;
        }

        return lead < clauseStart || view.Word(lead) is "," or "that";
    }

    /// <summary>The actor that a participle phrase ("demanding …", "carrying …") before word <paramref name="first"/> follows, if any.</summary>
    public static int? ParticipleSubject(SentenceView view, int first, int clauseStart)
    {
        for (var j = first - 1; j > clauseStart && j >= first - 6; j--)
        {
            var word = view.Word(j);
            if (word is "," or "and" || view.IsBoundary[j])
            {
                return null;
            }

            if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && word is not ("including" or "during" or "according" or "following" or "regarding" or "concerning"))
            {
                for (var k = 0; k < view.Mentions.Length; k++)
                {
                    if (view.Mentions[k].End == j && view.Mentions[k].First >= clauseStart && ArgumentFinder.IsActor(view.Mentions[k].Mention) && !ArgumentFinder.IsNested(view, k))
                    {
                        return k;
                    }
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>The run of capitalised words that ends right before <paramref name="end"/> and opens its clause ("Islamic State | fighters").</summary>
    public static ActorReference? NameBefore(SentenceView view, int end, int clauseStart)
    {
        var first = end;
        while (first > clauseStart && end - first < 4 && view.Words[first - 1].Length > 0 && char.IsUpper(view.Text[view.Starts[first - 1]]) && char.IsLetter(view.Words[first - 1][0]))
        {
            first--;
        }

        if (first == end || first != clauseStart || (first == 0 && end - first == 1 && Entities.Linking.CommonWords.AllCommon(view.Words[0])))
        {
            return null;
        }

        var name = view.Text[view.Starts[first]..view.Ends[end - 1]];
        return new ActorReference(view.Starts[first], view.Ends[end - 1], Entities.Linking.NewEntityIds.For(EntityType.Group, name), name, EntityType.Group, null, null);
    }
}

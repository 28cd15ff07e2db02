using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Subjects set apart from their verb: by an aside between commas ("Saakashvili, jailed since October 1, has been on
/// hunger strike"), or named first as the agent of a translated passive ("by units of the Armenian armed forces were
/// subjected to fire").
/// </summary>
internal static class VerbAsides
{
    private const int MaxAside = 8;

    private static readonly FrozenSet<string> PartitiveNouns = NounLists.Load("lexicon/events/partitive-nouns.txt");

    /// <summary>
    /// The actor that ends right before the aside that ends right before the verb at <paramref name="verb"/>; with
    /// <paramref name="relative"/>, only when the aside is a relative clause ("Iran, which denies the allegations, urged").
    /// </summary>
    public static ActorReference? SubjectBefore(SentenceView view, int verb, bool relative = false)
    {
        var close = SharedSubjects.SkipAuxiliaries(view, verb - 1);
        if (view.Word(close) != ",")
        {
            return null;
        }

        for (var open = close - 2; open > 0 && open >= close - MaxAside; open--)
        {
            if (view.Word(open) == "," && relative && view.Word(open + 1) is not ("which" or "who"))
            {
                return null;
            }

            if (view.Word(open) == ",")
            {
                var k = Array.FindIndex(view.Mentions, m => m.End == open && ArgumentFinder.IsActor(m.Mention));
                return k >= 0 && !ArgumentFinder.IsNested(view, k) ? ActorReference.From(view.Mentions[k].Mention) : null;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="actor"/> stands after "by" (past "units of the"), before its passive verb.</summary>
    public static bool AgentFirst(SentenceView view, ActorReference actor)
    {
        var lead = Array.IndexOf(view.Starts, actor.Start) - 1;
        while (lead > 0 && view.Word(lead) is "the")
        {
            lead--;
        }

        if (view.Word(lead) == "of" && (PartitiveNouns.Contains(view.Word(lead - 1)) || NounLists.People.Contains(view.Word(lead - 1))))
        {
            lead -= 2;
        }

        return lead >= 0 && view.Word(lead) == "by";
    }
}

using Sitrep.Core.Annotation;
using Sitrep.Extraction.Syntax;
using Sitrep.Extraction.Text;
using static Sitrep.Extraction.Events.ArgumentFinder;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Reads the parties a trigger names after it rather than before: the agent after "by" and the two sides after "between".
/// </summary>
internal static class AgentFinder
{
    private static readonly System.Collections.Frozen.FrozenSet<string> CourseVerbs = NounLists.Load("lexicon/events/meeting-course-verbs.txt");

    /// <summary>The two sides after "between": entity mentions where there are, else the noun phrases ("between the ELN and FARC dissidents").</summary>
    internal static (ActorReference First, ActorReference Second)? Between(SentenceView view, int next, int clauseEnd, HashSet<int> used)
    {
        // "No meeting took place between X and Y", "talks were held between X and Y".
        if ((view.Word(next), view.Word(next + 1)) is ("took", "place") or ("was", "held") or ("were", "held") or ("was", "planned"))
        {
            next += 2;
        }
        else if (CourseVerbs.Contains(view.Word(next)))
        {
            next++; // "talks opened on Monday between X and Y"
        }

        // "talks on Thursday between X and Y": the day may come first.
        if (view.Word(next) == "on" && CalendarWords.IsWeekday(view.Word(next + 1)))
        {
            next += 2;
        }

        if (next >= clauseEnd || view.Word(next) != "between")
        {
            return null;
        }

        var and = -1;
        for (var j = next + 1; j < Math.Min(clauseEnd, next + 12); j++)
        {
            if (view.Word(j) == "and")
            {
                and = j;
                break;
            }
        }

        if (and < 0)
        {
            return null;
        }

        ActorReference? Side(int from, int to)
        {
            var start = from;
            while (view.Word(start) is "the")
            {
                start++;
            }

            for (var k = 0; k < view.Mentions.Length; k++)
            {
                // A capital right at the side's start speaks for its state ("talks between Moscow and Kyiv").
                var (mention, first, end) = view.Mentions[k];
                if (first >= from && end <= to && (IsActor(mention) || (first == start && mention.Type == EntityType.Place)) && !IsNested(view, k))
                {
                    k = TitledName.After(view, k, to) ?? k; // "Pakistan's foreign minister Bilawal Bhutto Zardari"
                    used.Add(k);
                    return ActorReference.From(view.Mentions[k].Mention);
                }
            }

            return PhraseActors.After(view, from, to);
        }

        return Side(next + 1, and) is { } one && Side(and + 1, clauseEnd) is { } other ? (one, other) : null;
    }

    /// <summary>Where a noun trigger's "by" may stand: right after it ("an attack by militants") or after its "of" phrase ("the release of an officer by the ELN").</summary>
    internal static int NominalByAt(SentenceView view, int next, int clauseEnd) =>
        view.Word(next) == "of" && NounPhrases.After(view.Words, view.IsBoundary, next + 1, clauseEnd) is { End: var end } && view.Word(end) == "by" ? end : next;

    /// <summary>
    /// The agent(s) after "by": anywhere in the clause after a passive verb, but only at <paramref name="byAt"/> when given
    /// ("an attack by militants", not "talks in Doha mediated by Qatar"); "by Qatar and Turkey" is two.
    /// </summary>
    internal static List<ActorReference?> ByAgents(SentenceView view, int triggerEnd, int clauseEnd, int? byAt, HashSet<int> used)
    {
        for (var k = 0; k < view.Mentions.Length; k++)
        {
            var (mention, first, end) = view.Mentions[k];
            if (first > triggerEnd && first < clauseEnd && !IsNested(view, k) && IsActor(mention))
            {
                var lead = first - 1;
                while (view.Word(lead) is "the" or "a" or "an")
                {
                    lead--;
                }

                if (view.Word(lead) == "by" && (byAt is null || lead == byAt))
                {
                    k = TitledName.After(view, k, clauseEnd) ?? k; // "by European Council President Charles Michel"
                    (mention, _, end) = view.Mentions[k];
                    used.Add(k);
                    var result = new List<ActorReference?> { ActorReference.From(mention) };
                    if (view.Word(end) == "and" && Array.FindIndex(view.Mentions, m => m.First == end + 1) is var next and >= 0 && IsActor(view.Mentions[next].Mention) && !IsNested(view, next))
                    {
                        used.Add(next);
                        result.Add(ActorReference.From(view.Mentions[next].Mention));
                    }

                    return result;
                }
            }
        }

        return [];
    }
}

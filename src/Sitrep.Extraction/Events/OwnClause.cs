using System.Collections.Frozen;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Where the words that belong to an act's own clause start, past words that only share its stretch between boundaries:
/// the place and time of a report before its "that" ("The United States said in Washington on Friday that it had brokered
/// …") and a relative aside before the verb ("Yeltsin, who is vacationing outside Moscow, had backed …").
/// </summary>
internal static class OwnClause
{
    private static readonly FrozenSet<string> ReportingVerbs = NounLists.Load("lexicon/events/reporting-verbs.txt");

    /// <summary>Where the clause of the act at word <paramref name="triggerFirst"/> starts, at or after <paramref name="clauseStart"/>.</summary>
    public static int Start(SentenceView view, int clauseStart, int triggerFirst)
    {
        if (clauseStart == 0)
        {
            return clauseStart;
        }

        var opener = view.Word(clauseStart - 1);
        var reported = ReportingVerbs.Contains(opener);
        if (!reported && opener is not ("who" or "which"))
        {
            return clauseStart;
        }

        for (var j = triggerFirst - 1; j >= clauseStart; j--)
        {
            if ((reported && view.Word(j) == "that") || (!reported && view.Word(j) == ","))
            {
                return j + 1;
            }
        }

        return clauseStart;
    }
}

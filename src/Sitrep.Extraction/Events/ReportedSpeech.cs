using System.Collections.Frozen;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Events;

/// <summary>
/// "The United States said in Washington on Friday that it had brokered a ceasefire": where and when a report was made
/// stand between the reporting verb and "that"; the reported act starts after "that" and is not located by them.
/// </summary>
internal static class ReportedSpeech
{
    private static readonly FrozenSet<string> ReportingVerbs = NounLists.Load("lexicon/events/reporting-verbs.txt");

    /// <summary>Where the reported clause holding word <paramref name="triggerFirst"/> starts: after the "that" of a report that opens the clause.</summary>
    public static int ContentStart(SentenceView view, int clauseStart, int triggerFirst)
    {
        if (clauseStart == 0 || !ReportingVerbs.Contains(view.Word(clauseStart - 1)))
        {
            return clauseStart;
        }

        for (var j = clauseStart; j < triggerFirst; j++)
        {
            if (view.Word(j) == "that")
            {
                return j + 1;
            }
        }

        return clauseStart;
    }
}

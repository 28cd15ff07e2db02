using System.Collections.Frozen;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Events;

/// <summary>
/// "with Norway among the guarantor countries", "with Qatar mediating": a "with" phrase that says who else stands by
/// and in what role is an aside about that party, not the partner or object of the act
/// (data/lexicon/events/absolute-with-words.txt).
/// </summary>
internal static class AbsolutePhrases
{
    private static readonly FrozenSet<string> RoleWords = NounLists.Load("lexicon/events/absolute-with-words.txt");

    /// <summary>True when the "with" at <paramref name="with"/>, whose party ends before <paramref name="partyEnd"/>, opens such an aside.</summary>
    public static bool IsAside(SentenceView view, int with, int partyEnd)
    {
        if (view.Word(with) != "with")
        {
            return false;
        }

        // "with Norway, Cuba and Chile among the guarantors": the role follows the whole list.
        var next = partyEnd;
        while (next < view.Words.Length && next < partyEnd + 8 && (view.Word(next) is "," or "and" || view.Mentions.Any(m => m.First <= next && next < m.End)))
        {
            next++;
        }

        return RoleWords.Contains(view.Word(next));
    }
}

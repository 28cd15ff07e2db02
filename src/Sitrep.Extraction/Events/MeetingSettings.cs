using System.Collections.Frozen;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Events;

/// <summary>
/// "In a phone call on Thursday, X and Y discussed …", "During talks in Doha, the two sides discussed …": a verb of what was
/// said, in the clause an opening meeting phrase sets, tells of that meeting; it is not a second one
/// (data/lexicon/events/meeting-content-verbs.txt).
/// </summary>
internal static class MeetingSettings
{
    private static readonly FrozenSet<string> ContentLemmas = NounLists.Load("lexicon/events/meeting-content-verbs.txt");

    /// <summary>The triggers without those that retell a meeting named in the sentence's opening phrase.</summary>
    public static List<TriggerMatch> WithoutRetellings(SentenceView view, List<TriggerMatch> matches)
    {
        var setting = matches.FindIndex(m => m.Pattern.Type == Core.Annotation.EventType.Consult && m.Pattern.IsNominal && OpensSentence(view, m.First));
        if (setting < 0)
        {
            return matches;
        }

        var comma = Array.IndexOf(view.Words, ",", matches[setting].End);
        return comma < 0 ? matches : [.. matches.Where((m, i) => !(i > setting && m.First > comma && IsContentVerb(m.Pattern) && !matches.Skip(setting + 1).Take(i - setting - 1).Any(between => between.First > comma)))];
    }

    private static bool IsContentVerb(TriggerPattern pattern) =>
        pattern.Type == Core.Annotation.EventType.Consult && !pattern.IsNominal && pattern.Source.StartsWith("v:", StringComparison.Ordinal) && ContentLemmas.Contains(pattern.Source[2..]);

    /// <summary>"In a phone call", "During their talks", "At a meeting": the noun stands in a phrase that opens the sentence.</summary>
    private static bool OpensSentence(SentenceView view, int nounFirst)
    {
        var lead = nounFirst - 1;
        while (lead > 0 && lead >= nounFirst - 4 && view.Word(lead) is not ("in" or "during" or "at"))
        {
            lead--;
        }

        return lead == 0 && view.Word(lead) is "in" or "during" or "at";
    }
}

using System.Collections.Frozen;
using Sitrep.Core.Annotation;
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
        var setting = matches.FindIndex(m => m.Pattern.Type == EventType.Consult && m.Pattern.IsNominal && OpensSentence(view, m.First));
        if (setting < 0)
        {
            return matches;
        }

        var comma = Array.IndexOf(view.Words, ",", matches[setting].End);
        return comma < 0 ? matches : [.. matches.Where((m, i) => !(i > setting && m.First > comma && IsContentVerb(m.Pattern) && !matches.Skip(setting + 1).Take(i - setting - 1).Any(between => between.First > comma)))];
    }

    /// <summary>
    /// "The truce was agreed in talks on Thursday between X and Y": the sides of the meeting a mutual act is set in, named
    /// right after it, when the act names none of its own.
    /// </summary>
    public static (ActorReference Source, ActorReference Target)? SidesOfSettingAfter(SentenceView view, TriggerMatch match, List<TriggerMatch> matches)
    {
        var next = matches.FindIndex(m => m.First >= match.End);
        if (next < 0 || matches[next] is not { Pattern: { Type: EventType.Consult, IsNominal: true } } setting || setting.First - match.End > 4)
        {
            return null;
        }

        var lead = setting.First - 1;
        while (lead > match.End && (view.Word(lead) is "the" or "a" or "an" or "their" || GoverningVerbs.IsActModifier(view.Word(lead))))
        {
            lead--;
        }

        return view.Word(lead) is "in" or "during" or "at" && ArgumentFinder.Find(view, setting, nominal: true) is { Sources: [{ } one], Targets: [{ } other] } ? (one, other) : null;
    }

    private static bool IsContentVerb(TriggerPattern pattern) =>
        pattern.Type == EventType.Consult && !pattern.IsNominal && pattern.Source.StartsWith("v:", StringComparison.Ordinal) && ContentLemmas.Contains(pattern.Source[2..]);

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

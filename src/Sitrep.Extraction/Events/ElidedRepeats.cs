using System.Collections.Frozen;
using Sitrep.Core.Annotation;

namespace Sitrep.Extraction.Events;

/// <summary>
/// "North Korea has not conducted a nuclear test since 2017, but could carry out a seventh": a light verb whose noun is left
/// out after a word for one more (data/lexicon/events/repeat-words.txt) does again the act a noun trigger before it named;
/// so does a verb of handing over whose object is a pronoun, after aid named before it.
/// </summary>
internal static class ElidedRepeats
{
    private static readonly FrozenSet<string> RepeatWords = Text.NounLists.Load("lexicon/events/repeat-words.txt");
    private static readonly FrozenSet<string> GivingVerbs = Text.NounLists.Load("lexicon/events/giving-verbs.txt");

    public static List<TriggerMatch> Add(SentenceView view, List<TriggerMatch> matches)
    {
        if (matches.Count == 0)
        {
            return matches;
        }

        List<TriggerMatch>? added = null;
        for (var i = matches[0].End; i < view.Words.Length; i++)
        {
            // "… accused Tehran of delivering them": a verb of handing over with a pronoun object gives again the aid named before.
            if (GivingVerbs.Contains(view.Words[i]) && view.Word(i + 1) is "them" or "it" && !matches.Any(m => m.First <= i && i < m.End)
                && matches.LastOrDefault(m => m.End <= i && m.Pattern.Type == EventType.Aid) is { Pattern: not null } aid)
            {
                (added ??= []).Add(new TriggerMatch(aid.Pattern, i, i + 1));
                continue;
            }

            // "… could carry out a seventh.": read from the word for one more, back past its article to the light verb.
            if (!RepeatWords.Contains(view.Words[i]) || view.Word(i - 1) is not ("a" or "an") || !IsEnd(view.Word(i + 1)))
            {
                continue;
            }

            for (var length = 1; length <= 3; length++)
            {
                var verb = i - 1 - length;
                if (verb >= 0 && NounTriggerVerbs.LightVerbAt(view, verb) == length && !matches.Any(m => m.First <= i && m.End > verb)
                    && matches.LastOrDefault(m => m.End <= verb && m.Pattern.IsNominal) is { Pattern: not null } named)
                {
                    (added ??= []).Add(new TriggerMatch(named.Pattern, verb, verb + length));
                    break;
                }
            }
        }

        return added is null ? matches : [.. matches.Concat(added).OrderBy(m => m.First)];
    }

    private static bool IsEnd(string word) => word is "" or "." or "," or ";" or ":";
}

using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using static Sitrep.Extraction.Events.NamedWords;

namespace Sitrep.Extraction.Events;

/// <summary>
/// "over the shelling of Jermuk, which it blamed on Azerbaijani forces": an act named by a noun and laid on its doer in the
/// relative clause after it. The one who lays it — a name, or with "it"/"they" the subject of the sentence — claims the
/// act; the one it is laid on did it.
/// </summary>
internal static class BlameRelatives
{
    private const int MaxComplementWords = 5;

    private static readonly FrozenDictionary<string, string> Verbs = Core.Data.DataFileReader.ReadLines(typeof(Knowledge.KnowledgeBase).Assembly, "lexicon/events/blame-on-verbs.tsv")
        .Select(line => line.Split('\t')).ToFrozenDictionary(cells => cells[0], cells => cells[1], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="verb"/> followed by <paramref name="preposition"/> lays an act on its doer ("blamed on", "ascribed to").</summary>
    public static bool LaysOn(string verb, string preposition) => Verbs.TryGetValue(verb, out var its) && its == preposition;

    public static (ActorReference? Claimant, ActorReference? Doer)? Find(SentenceView view, TriggerMatch trigger, IReadOnlyList<EventMention> earlier)
    {
        // "bomb attacks blamed on Moslem guerrillas": the participle lays the act on its doer, no one named as laying it.
        if (LaysOn(view.Word(trigger.End), view.Word(trigger.End + 1)))
        {
            var start = trigger.End + 2;
            var end = view.ClauseEnd(start);
            return (NameAt(view, start, end, [], voices: false) ?? PhraseActors.After(view, start, end)) is { } doer ? (null, doer) : null;
        }

        var comma = trigger.End;
        while (comma < view.Words.Length && comma < trigger.End + MaxComplementWords && view.Word(comma) != "," && !view.IsBoundary[comma])
        {
            comma++;
        }

        if (view.Word(comma) != "," || view.Word(comma + 1) is not ("which" or "that"))
        {
            return null;
        }

        var blamer = comma + 2;
        ActorReference? claimant;
        int verb;
        if (view.Word(blamer) is "it" or "they")
        {
            // The pronoun stands for the sentence's subject: the doer of its first act told before the noun.
            claimant = earlier.FirstOrDefault(e => e.Evidence == view.Sentence.Span && e.Source is not null && e.Trigger.End <= view.Starts[trigger.First])?.Source;
            verb = blamer + 1;
        }
        else if (MentionAt(view, blamer) is { } k && ArgumentFinder.IsActor(view.Mentions[k].Mention))
        {
            claimant = ActorReference.From(view.Mentions[k].Mention);
            verb = view.Mentions[k].End;
        }
        else
        {
            return null;
        }

        if (claimant is null || !LaysOn(view.Word(verb), view.Word(verb + 1)))
        {
            return null;
        }

        return (claimant, NameAt(view, verb + 2, view.ClauseEnd(verb + 2), [], voices: false));
    }
}

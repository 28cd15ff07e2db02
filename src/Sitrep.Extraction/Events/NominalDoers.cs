using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Extraction.Text;
using static Sitrep.Extraction.Events.NamedWords;

namespace Sitrep.Extraction.Events;

/// <summary>
/// The doer a noun trigger names after it rather than before: who asks in "at the request of President Tokayev", "on the
/// call of the Hurriyat Conference", "despite calls from Brussels"; who moves in "the withdrawal of Russian troops".
/// </summary>
internal static class NominalDoers
{
    private const int MaxReach = 9;


    private static readonly FrozenSet<string> DoerNouns = NounLists.Load("lexicon/events/doer-nouns.txt");

    public static ActorReference? After(SentenceView view, TriggerMatch trigger, int clauseEnd, HashSet<int> used)
    {
        if (trigger.Pattern.IsNominal && (Leader(view, trigger) ?? BlamedOn(view, trigger, used)) is { } doer)
        {
            return doer;
        }

        var request = trigger.Pattern.Type == EventType.Request;
        if (!request && !(trigger.Pattern.Type == EventType.Retreat && trigger.Pattern.Mode == "withdraw"))
        {
            return null;
        }

        bool Introduces(int at) => view.Word(at) == "of" || (request && view.Word(at) == "from");
        var next = Introduces(trigger.End - 1) && trigger.End - trigger.First > 1 ? trigger.End : Introduces(trigger.End) ? trigger.End + 1 : -1;
        return next > 0 && next < clauseEnd ? NameAt(view, next, clauseEnd, used, voices: request) : null;
    }

    /// <summary>"Christian Malanga, the leader of an attack on the palace": the name set beside the one who led it.</summary>
    private static ActorReference? Leader(SentenceView view, TriggerMatch trigger)
    {
        var lead = trigger.First - 1;
        while (view.Word(lead) is "the" or "a" or "an" || GoverningVerbs.IsAdjective(view.Word(lead)))
        {
            lead--;
        }

        if (view.Word(lead) != "of" || !DoerNouns.Contains(view.Word(lead - 1)))
        {
            return null;
        }

        var comma = view.Word(lead - 2) == "the" ? lead - 3 : lead - 2;
        return view.Word(comma) == "," && Array.FindIndex(view.Mentions, m => m.End == comma && ArgumentFinder.IsActor(m.Mention)) is var k and >= 0 && !ArgumentFinder.IsNested(view, k)
            ? ActorReference.From(view.Mentions[k].Mention)
            : null;
    }

    /// <summary>
    /// "the shelling of Jermuk, which it blamed on Azerbaijani forces", "continuing attacks are generally ascribed to renegade
    /// soldiers": the one a following relative clause or passive names as the doer.
    /// </summary>
    private static ActorReference? BlamedOn(SentenceView view, TriggerMatch trigger, HashSet<int> used)
    {
        var relative = false;
        for (var j = trigger.End; j < Math.Min(view.Words.Length - 2, trigger.End + MaxReach); j++)
        {
            var word = view.Word(j);
            if (BlameRelatives.LaysOn(word, view.Word(j + 1))
                && (relative || view.Word(j - 1) is "is" or "are" or "was" or "were" or "been" || (view.Word(j - 1).EndsWith("ly", StringComparison.Ordinal) && view.Word(j - 2) is "is" or "are" or "was" or "were" or "been")))
            {
                var end = view.ClauseEnd(j + 2);
                return NameAt(view, j + 2, end, used, voices: true) ?? (relative ? null : PhraseActors.After(view, j + 2, end));
            }

            relative |= word is "which" or "that";
            if (word is ";" or "." || (view.IsBoundary[j] && word is not ("which" or "that")))
            {
                return null;
            }
        }

        return null;
    }
}

using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Extraction.Text;
using static Sitrep.Extraction.Events.NamedWords;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Clues to whom an act is done when the words right after its trigger do not name it: the people a force acts on to
/// break them up ("used tear gas to disperse protesters"), the party a finding is about ("determined that the RSF had …"),
/// the status a recognition grants ("recognised the independence of Donetsk"), a person a strike killed, an object set
/// after an adverbial ("received in Port Sudan the minister"), and where goods a measure covers go.
/// </summary>
internal static class ObjectClues
{
    private const int MaxPurposeReach = 8;

    private static readonly FrozenSet<string> DispersalVerbs = NounLists.Load("lexicon/events/dispersal-verbs.txt");
    private static readonly FrozenSet<string> StatusNouns = NounLists.Load("lexicon/events/status-nouns.txt");

    /// <summary>"fired tear gas on Tuesday to disperse thousands of protesters": the people a coercive act is meant to break up.</summary>
    public static ActorReference? Dispersed(SentenceView view, TriggerMatch trigger, int clauseEnd, HashSet<int> used)
    {
        if (trigger.Pattern.Type is not (EventType.Coerce or EventType.Assault))
        {
            return null;
        }

        for (var j = trigger.End; j < Math.Min(clauseEnd - 2, trigger.End + MaxPurposeReach); j++)
        {
            if (view.Word(j) == "to" && DispersalVerbs.Contains(view.Word(j + 1)))
            {
                var start = SkipCounts(view, j + 2, clauseEnd);
                return NameAt(view, start, clauseEnd, used, voices: false) ?? PeoplePhrase(view, start, clauseEnd);
            }
        }

        return null;
    }

    /// <summary>"determined that the RSF had committed genocide", "concluded that Russia was responsible": whom a finding accuses.</summary>
    public static ActorReference? Accused(SentenceView view, TriggerMatch trigger, HashSet<int> used)
    {
        // The finding's "that" may close the clause as a cue of reported speech; the accused opens the clause after it.
        var that = trigger.End;
        return trigger.Pattern.Type == EventType.Accuse && !trigger.Pattern.IsNominal && view.Word(that) == "that" && that + 1 < view.Words.Length
            ? NameAt(view, that + 1, view.ClauseEnd(that + 1), used, voices: true)
            : null;
    }

    /// <summary>"assassinated to the social leader": the personal "to" of a translated report before the person an act is done to.</summary>
    public static ActorReference? PersonalObject(SentenceView view, TriggerMatch trigger, int clauseEnd, HashSet<int> used)
    {
        if (trigger.Pattern.IsNominal || trigger.Pattern.Type is not (EventType.Assault or EventType.Coerce) || view.Word(trigger.End) != "to"
            || view.Word(trigger.End + 1) is not ("the" or "a" or "an") || TriggerMatcher.IsPassive(view.Words, trigger.First))
        {
            return null;
        }

        return PeoplePhrase(view, trigger.End + 1, clauseEnd) is { } people ? NameAt(view, trigger.End + 1, clauseEnd, used, voices: false) ?? people : null;
    }

    /// <summary>"recognised the independence of the separatist Donetsk and Luhansk regions": the lands or bodies whose status is recognised.</summary>
    public static List<ActorReference?>? Recognised(SentenceView view, TriggerMatch trigger, int clauseEnd, HashSet<int> used)
    {
        var noun = trigger.End;
        while (view.Word(noun) is "the" or "a" or "an")
        {
            noun++;
        }

        if (trigger.Pattern.Type != EventType.Support || !StatusNouns.Contains(view.Word(noun)) || view.Word(noun + 1) != "of")
        {
            return null;
        }

        var first = noun + 2;
        while (first < clauseEnd && first < noun + 5 && MentionAt(view, first) is null && (view.Word(first) is "the" || char.IsLower(view.Text[view.Starts[first]])))
        {
            first++; // "the separatist | Donetsk"
        }

        if (MentionAt(view, first) is not { } k || used.Contains(k) || view.Mentions[k].Mention.Type == EntityType.Other)
        {
            return null;
        }

        var lands = new List<ActorReference?> { Use(view, k, used) };
        var next = view.Mentions[k].End;
        if (view.Word(next) == "and" && MentionAt(view, next + 1) is { } other && !used.Contains(other) && view.Mentions[other].Mention.Type != EntityType.Other)
        {
            lands.Add(Use(view, other, used));
        }

        return lands;
    }

    /// <summary>"A US drone strike on a car … killed Abu Baqir al-Saadi": a person named as killed by a strike, rather than the thing it hit.</summary>
    public static ActorReference? NamedVictim(SentenceView view, TriggerMatch trigger, int clauseEnd, HashSet<int> used)
    {
        if (trigger.Pattern.Type != EventType.Assault || NounTriggerVerbs.ObjectOfImpactAfter(view, trigger.End, clauseEnd) is not { } start)
        {
            return null;
        }

        while (view.Word(start) is "the" or "a" or "an")
        {
            start++;
        }

        return MentionAt(view, start) is { } k && !used.Contains(k) && view.Mentions[k].Mention.Type == EntityType.Person ? Use(view, k, used) : null;
    }

    /// <summary>
    /// Where a verb's object starts when an adverbial stands between them ("received in Port Sudan | the minister",
    /// "attacked with drones | the city Sumy"): the object then opens with an article; null otherwise.
    /// </summary>
    public static int? DisplacedObjectStart(SentenceView view, TriggerMatch trigger, int clauseEnd)
    {
        var lead = trigger.End;
        if (trigger.Pattern.IsNominal || trigger.Pattern.Mutual || view.Word(lead) is not ("in" or "at" or "with"))
        {
            return null;
        }

        var after = lead + 1;
        if (view.Word(lead) == "with")
        {
            after = Syntax.NounPhrases.After(view.Words, view.IsBoundary, lead + 1, clauseEnd) is { } instrument ? instrument.End : -1;
        }
        else if (MentionAt(view, after) is { } k && view.Mentions[k].Mention.Type is EntityType.Place or EntityType.Country)
        {
            after = view.Mentions[k].End;
        }
        else
        {
            return null;
        }

        return after > lead + 1 && after + 1 < clauseEnd && view.Word(after) is "the" or "a" or "an" ? after : null;
    }

    /// <summary>"export controls on advanced chips to China", "a ban on arms sales to Israel": the party goods a measure covers go to.</summary>
    public static ActorReference? GoodsDestination(SentenceView view, int preposition, int clauseEnd, HashSet<int> used)
    {
        if (view.Word(preposition) != "on")
        {
            return null;
        }

        for (var j = preposition + 2; j < Math.Min(clauseEnd - 1, preposition + 6); j++)
        {
            if (view.Word(j) is "to" or "for")
            {
                return NameAt(view, j + 1, clauseEnd, used, voices: true);
            }

            if (!char.IsLetter(view.Word(j).FirstOrDefault()) || Syntax.NounPhrases.IsStopWord(view.Word(j)) || MentionAt(view, j) is not null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"has taken in 600,000 refugees": the particle of a head-only verb pattern, after which its object follows as it would the verb.</summary>
    public static bool IsHeadParticle(TriggerPattern pattern, string word) =>
        pattern.HeadOnly && pattern.TargetPrepositions.Count == 0 && word is "in" or "out" or "up" or "down" or "off" or "over" or "that"
        && pattern.Source.Split(' ') is [_, var particle, ..] && particle == word;

    private static int SkipCounts(SentenceView view, int start, int clauseEnd)
    {
        while (start < clauseEnd && (view.Word(start) is "the" or "a" or "an" || ObjectFinder.IsCountWord(view, start)))
        {
            start++;
        }

        return start;
    }

    private static ActorReference? PeoplePhrase(SentenceView view, int start, int clauseEnd) =>
        HeadedPhrase(view, start, clauseEnd) is { } phrase && WordAt(view, phrase.End) is var head and >= 0 && NounLists.People.Contains(view.Word(head)) ? phrase : null;
}

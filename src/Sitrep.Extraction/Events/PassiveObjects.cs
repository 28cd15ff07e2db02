using Sitrep.Core.Annotation;
using Sitrep.Extraction.Text;
using static Sitrep.Extraction.Events.NamedWords;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Targets that stand before their trigger: the subject of a perfect passive ("the plane had been shot down"), the people
/// harmed in a named attack ("civilians were killed in air strikes"), the one a participle or relative clause describes
/// ("Mikheil Saakashvili, jailed since October 1", "Roman Protasevich, who was detained"), the one "armed by" someone, and
/// people named with where they come from ("fishermen from Tamil Nadu were arrested").
/// </summary>
internal static class PassiveObjects
{
    private static readonly System.Collections.Frozen.FrozenSet<string> HarmParticiples = NounLists.Load("lexicon/events/harm-participles.txt");

    public static (IReadOnlyList<ActorReference?> Sources, ActorReference? Target) Orient(SentenceView view, TriggerMatch trigger, bool nominal,
        IReadOnlyList<ActorReference?> sources, ActorReference? target, int clauseStart, int clauseEnd, HashSet<int> used)
    {
        if (nominal || sources.Count != 1)
        {
            return (sources, target);
        }

        // "militias armed by the government": a pattern that ends in "by" is passive, its object the doer.
        if (view.Word(trigger.End - 1) == "by" && trigger.End - trigger.First >= 2)
        {
            var described = sources[0] ?? PhraseActors.Before(view, view.Word(trigger.First - 1) == "," ? trigger.First - 1 : trigger.First, clauseStart);
            return ([target], described);
        }

        // "Mikheil Saakashvili, jailed since October 1, has been": a participle set off after a name describes what was done to it.
        if (target is null && sources[0] is { } named && view.Word(trigger.First - 1) == "," && trigger.End - trigger.First == 1 && view.Word(trigger.First).EndsWith("ed", StringComparison.Ordinal)
            && WordAt(view, named.End) == trigger.First - 2 && (trigger.End >= clauseEnd || view.Word(trigger.End) is "," or "since" or "in" or "for" or "on" or "at" or "after" or "over" or "last"))
        {
            var agent = view.Word(trigger.End) == "by" ? NameAt(view, trigger.End + 1, clauseEnd, used, voices: false) : null;
            return ([agent], named);
        }

        // "The Saudi-led coalition and the Houthis exchanged prisoners": a mutual act's first party may be named by a phrase only.
        if (trigger.Pattern.Mutual && target is null && sources[0] is { } second && WordAt(view, second.Start, start: true) is var secondFirst and > 0)
        {
            var and = view.Word(secondFirst - 1) == "the" ? secondFirst - 2 : secondFirst - 1;
            if (view.Word(and) == "and" && PhraseActors.Before(view, and, clauseStart) is { } firstParty)
            {
                return ([firstParty], second);
            }
        }

        // "Maduro's government and the opposition reached an agreement": the second party named by a phrase only.
        if (trigger.Pattern.Mutual && target is null && sources[0] is { } firstNamed && WordAt(view, firstNamed.End) is var firstEnd and >= 0 && view.Word(firstEnd + 1) == "and"
            && firstEnd + 2 < trigger.First && (NameAt(view, firstEnd + 2, trigger.First, used, voices: true) ?? PhraseActors.After(view, firstEnd + 2, trigger.First)) is { } other)
        {
            return (sources, other);
        }

        // "The 137 hostages kidnapped from a school have been freed": a participle right after the people it describes.
        if (target is null && ReducedRelative(view, trigger, clauseStart, clauseEnd) is { } subjects)
        {
            return (sources is [{ } own] && own.Start == subjects.Start ? [null] : sources, subjects);
        }

        // "journalist Roman Protasevich, who was detained": the one the relative clause is about.
        if (target is null && clauseStart > 0 && view.Word(clauseStart - 1) is "who" && TriggerMatcher.IsPassive(view.Words, trigger.First))
        {
            var end = view.Word(clauseStart - 2) == "," ? clauseStart - 2 : clauseStart - 1;
            for (var k = 0; k < view.Mentions.Length; k++)
            {
                if (view.Mentions[k].End == end && ArgumentFinder.IsActor(view.Mentions[k].Mention) && !ArgumentFinder.IsNested(view, k))
                {
                    return (sources, Use(view, k, used));
                }
            }
        }

        // "A dozen fishermen from Tamil Nadu were arrested": the people, not where they come from.
        if (MovementPlaces.GroundOf(view, target) is not null && WordAt(view, target!.Start, start: true) is var first and > 0 && view.Word(first - 1) == "from"
            && PhraseActors.Before(view, first - 1, clauseStart) is { } people && WordAt(view, people.End) is var head and >= 0 && NounLists.People.Contains(view.Word(head)))
        {
            return (sources, people);
        }

        return (sources, target);
    }

    /// <summary>
    /// The people a reduced relative clause describes: "[the hostages] kidnapped from a school … have been freed" for both
    /// "kidnapped" (the participle after them) and "freed" (the clause's passive verb), when the clause opens with them.
    /// </summary>
    private static ActorReference? ReducedRelative(SentenceView view, TriggerMatch trigger, int clauseStart, int clauseEnd)
    {
        if (Syntax.NounPhrases.After(view.Words, view.IsBoundary, clauseStart, clauseEnd) is not var (first, end) || !NounLists.People.Contains(view.Word(end - 1))
            || !view.Word(end).EndsWith("ed", StringComparison.Ordinal) || !Syntax.NounPhrases.IsStopWord(view.Word(end + 1)))
        {
            return null;
        }

        // The clause's own verb follows: "have been freed", "were released".
        // Not past "that": "the ministry admitted on Saturday that its troops had withdrawn" is a verb and its complement.
        var that = Array.IndexOf(view.Words, "that", end + 1);
        var limit = that > 0 && that < clauseEnd ? that : clauseEnd;
        var finite = Enumerable.Range(end + 2, Math.Max(0, limit - end - 2)).FirstOrDefault(j => view.Word(j) is "have" or "has" or "had" or "was" or "were" or "is" or "are", -1);
        var isParticiple = trigger.First == end;
        var isMainPassive = finite >= 0 && trigger.First > finite && trigger.First <= finite + 2 && TriggerMatcher.IsPassive(view.Words, trigger.First);
        return finite >= 0 && (isParticiple || isMainPassive) ? PhraseActors.Reference(view, first, end) : null;
    }

    /// <summary>"the plane had been shot down", "people have been evacuated": the subject before a perfect passive.</summary>
    internal static ActorReference? PassiveSubject(SentenceView view, TriggerMatch trigger, int clauseStart, HashSet<int> used)
    {
        if (view.Word(trigger.First - 1) != "been" || !TriggerMatcher.IsPassive(view.Words, trigger.First))
        {
            return null;
        }

        var auxiliary = trigger.First - 1;
        while (auxiliary > clauseStart && view.Word(auxiliary - 1) is "have" or "has" or "had" or "been")
        {
            auxiliary--;
        }

        for (var k = 0; k < view.Mentions.Length; k++)
        {
            if (view.Mentions[k].End == auxiliary && ArgumentFinder.IsActor(view.Mentions[k].Mention) && !ArgumentFinder.IsNested(view, k) && !used.Contains(k))
            {
                return Use(view, k, used);
            }
        }

        return PhraseActors.Before(view, auxiliary, clauseStart);
    }


    /// <summary>"up to 50 civilians were killed in Pakistani air strikes": the people a passive harm verb before a noun trigger names.</summary>
    internal static ActorReference? Victims(SentenceView view, TriggerMatch trigger, int clauseStart, HashSet<int> used)
    {
        // "killed in the attack" looks back at an attack told of before, which is not a new event to give a target;
        // "killed in the fighting with PKK guerrillas" names whom it was with, and tells it anew.
        var determiner = trigger.First - 1;
        while (determiner > clauseStart && determiner >= trigger.First - 3 && view.Word(determiner) is not ("the" or "a" or "an" or "in" or "during"))
        {
            determiner--;
        }

        if (view.Word(determiner) == "the" && !(trigger.Pattern.Mutual && view.Word(trigger.End) == "with"))
        {
            return null;
        }

        var sawIn = false;
        for (var j = trigger.First - 1; j > clauseStart && j >= trigger.First - 12; j--)
        {
            sawIn |= view.Word(j) is "in" or "during";
            if (!HarmParticiples.Contains(view.Word(j)) || !sawIn)
            {
                continue;
            }

            var auxiliary = j - 1;
            while (auxiliary > clauseStart && view.Word(auxiliary - 1) is "have" or "has" or "had" or "been" or "reportedly" or "allegedly")
            {
                auxiliary--;
            }

            if (view.Word(j - 1) is not ("were" or "was" or "been" or "are" or "is"))
            {
                return null;
            }

            for (var k = 0; k < view.Mentions.Length; k++)
            {
                if (view.Mentions[k].End == auxiliary && ArgumentFinder.IsActor(view.Mentions[k].Mention) && !ArgumentFinder.IsNested(view, k))
                {
                    return Use(view, k, used);
                }
            }

            return PhraseActors.Before(view, auxiliary, clauseStart) is { } phrase && WordAt(view, phrase.End) is var head and >= 0 && NounLists.People.Contains(view.Word(head)) ? phrase : null;
        }

        return null;
    }
}

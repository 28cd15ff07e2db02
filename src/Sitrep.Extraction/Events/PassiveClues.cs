using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Extraction.Text;
using static Sitrep.Extraction.Events.NamedWords;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Targets told around passive and intransitive verbs of harm: the one who died in an attack, each of a pair harmed in a
/// fight with a named party, a participle listed after a passive, and the object of a translated passive that names its
/// agent first.
/// </summary>
internal static class PassiveClues
{
    private static readonly FrozenSet<string> DeathVerbs = NounLists.Load("lexicon/events/death-verbs.txt");

    /// <summary>"Darya Dugina, the daughter of …, died in a car bombing": the one who died in the attack a noun trigger names.</summary>
    public static ActorReference? DiedIn(SentenceView view, TriggerMatch trigger, int clauseStart, HashSet<int> used)
    {
        var preposition = trigger.First - 1;
        while (preposition > clauseStart && preposition >= trigger.First - 3 && view.Word(preposition) is not ("in" or "during"))
        {
            preposition--;
        }

        // "died in the attack" looks back at an attack told of before.
        if (view.Word(preposition) is not ("in" or "during") || view.Word(preposition + 1) is "the" || !DeathVerbs.Contains(view.Word(preposition - 1)))
        {
            return null;
        }

        var subjectEnd = preposition - 1;
        if (view.Word(subjectEnd - 1) == ",")
        {
            // Past an apposition set off by commas: "Darya Dugina, the daughter of …, died".
            var comma = subjectEnd - 3;
            while (comma > clauseStart && comma > subjectEnd - 12 && view.Word(comma) != ",")
            {
                comma--;
            }

            if (view.Word(comma) != ",")
            {
                return null;
            }

            subjectEnd = comma;
        }

        for (var k = 0; k < view.Mentions.Length; k++)
        {
            if (view.Mentions[k].End == subjectEnd && view.Mentions[k].First >= clauseStart && ArgumentFinder.IsActor(view.Mentions[k].Mention) && !ArgumentFinder.IsNested(view, k))
            {
                return Use(view, k, used);
            }
        }

        return PhraseActors.Before(view, subjectEnd, clauseStart) is { } phrase && WordAt(view, phrase.End) is var head and >= 0 && NounLists.People.Contains(view.Word(head)) ? phrase : null;
    }

    /// <summary>"Two security officials and two village guards were killed in the fighting": people named before "and" who were harmed too.</summary>
    public static ActorReference? FirstConjunct(SentenceView view, ActorReference victims, int clauseStart, HashSet<int> used)
    {
        var and = WordAt(view, victims.Start, start: true) - 1;
        while (and > clauseStart && ObjectFinder.IsCountWord(view, and))
        {
            and--;
        }

        if (and <= clauseStart || view.Word(and) != "and")
        {
            return null;
        }

        for (var k = 0; k < view.Mentions.Length; k++)
        {
            if (view.Mentions[k].End == and && !used.Contains(k) && ArgumentFinder.IsActor(view.Mentions[k].Mention) && !ArgumentFinder.IsNested(view, k))
            {
                return Use(view, k, used);
            }
        }

        return PhraseActors.Before(view, and, clauseStart) is { } phrase && WordAt(view, phrase.End) is var head and >= 0 && NounLists.People.Contains(view.Word(head)) ? phrase : null;
    }

    /// <summary>
    /// "by units of the Armenian armed forces were subjected to fire from mortars the positions of the Azerbaijani Army": a
    /// translated passive that named its agent first (<see cref="VerbAsides.AgentFirst"/>) puts its object after the verb's complement.
    /// </summary>
    public static ActorReference? ObjectAfterComplement(SentenceView view, TriggerMatch trigger, int clauseEnd, HashSet<int> used)
    {
        if (view.Word(trigger.End) is not ("from" or "with")
            || Syntax.NounPhrases.After(view.Words, view.IsBoundary, trigger.End + 1, clauseEnd) is not { } complement
            || view.Word(complement.End) is not ("the" or "a" or "an") || PhraseActors.After(view, complement.End, clauseEnd) is not { } phrase)
        {
            return null;
        }

        return ObjectFinder.OwnerOf(view, phrase, clauseEnd, used) ?? phrase;
    }

    /// <summary>"Peacekeepers were harassed, killed and taken hostage": a participle listed after a passive one shares its subject.</summary>
    public static ActorReference? ListedPassiveSubject(SentenceView view, TriggerMatch trigger, int clauseStart, HashSet<int> used)
    {
        var listed = false;
        for (var j = trigger.First - 1; j > clauseStart && j >= trigger.First - 8; j--)
        {
            if (view.Word(j) is "," or "and" or "then")
            {
                listed = true;
                continue;
            }

            if (!listed || !(view.Word(j).EndsWith("ed", StringComparison.Ordinal) || view.Word(j).EndsWith("en", StringComparison.Ordinal)))
            {
                return null;
            }

            if (!TriggerMatcher.IsPassive(view.Words, j))
            {
                continue; // "beaten, robbed and …": the first of the list carries the auxiliary
            }

            var auxiliary = j - 1;
            while (auxiliary > clauseStart && view.Word(auxiliary) is not ("were" or "was" or "are" or "is" or "been"))
            {
                auxiliary--;
            }

            while (auxiliary > clauseStart && view.Word(auxiliary - 1) is "have" or "has" or "had" or "been")
            {
                auxiliary--;
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

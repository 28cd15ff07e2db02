using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Extraction.Entities.Linking;
using Sitrep.Extraction.Text;
using static Sitrep.Extraction.Events.MovementPlaces;
using static Sitrep.Extraction.Events.NamedWords;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Completes a trigger's target and place once its subject and object are read: the party behind a measure ("sanctions on
/// Venezuela"), the subject of a demanded act ("demanded that Moscow admit"), the people harmed in a named attack ("were
/// killed in an air strike"), and the places an act moves to or from or strikes ("deployed troops to Kosovo").
/// </summary>
internal static class ObjectReading
{
    private const int MaxMeasureReach = 9;

    private static readonly FrozenSet<string> MeasureNouns = NounLists.Load("lexicon/events/measure-nouns.txt");
    private static readonly FrozenSet<string> ActNouns = NounLists.Load("lexicon/events/act-nouns.txt");
    private static readonly FrozenSet<string> MeasurePrepositions = FrozenSet.ToFrozenSet(["against", "on", "with", "to", "from", "for"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> Passages = FrozenSet.ToFrozenSet(["to", "into", "from", "of", "in"], StringComparer.Ordinal);

    public static EventArguments Complete(SentenceView view, TriggerMatch trigger, bool nominal, IReadOnlyList<ActorReference?> sources, IReadOnlyList<ActorReference?> targets,
        int clauseStart, int clauseEnd, HashSet<int> used)
    {
        // "Russia and Ukraine blamed each other": one event, the second party as target.
        // "Hungarian and Serbian police began joint patrols": a joint act is mutual, whatever else it is done with.
        if (sources.Count == 2 && ((targets is [null] && (view.Word(trigger.End), view.Word(trigger.End + 1)) is ("each", "other") or ("one", "another")) || view.Word(trigger.First) == "joint"))
        {
            (sources, targets) = ([sources[0]], [sources[1]]);
        }

        if (targets is [null] && ObjectClues.Recognised(view, trigger, clauseEnd, used) is { } lands)
        {
            targets = lands;
        }

        if (targets.Count != 1)
        {
            return new EventArguments(sources, targets, PlaceFinder.Find(view, clauseStart, clauseEnd, trigger.First, trigger.End, used));
        }

        var target = targets[0];
        (sources, target) = PassiveObjects.Orient(view, trigger, nominal, sources, target, clauseStart, clauseEnd, used);
        if (nominal && trigger.Pattern.Mutual && sources is [null] && target is null && IntroducedPair(view, trigger, clauseEnd, used) is var (one, other))
        {
            (sources, target) = ([one], other);
        }
        var pair = trigger.Pattern.Mutual && sources.Count > 1; // "Moscow and Kyiv signed a deal": the second party is the target
        target ??= pair ? null : PassiveObjects.PassiveSubject(view, trigger, clauseStart, used);
        if (target is null)
        {
            target = pair ? null : SubjectOfDemand(view, trigger, clauseEnd, used) ?? ObjectClues.Accused(view, trigger, used) ?? TargetOfAct(view, trigger, clauseEnd, used) ?? OwnObject(view, trigger, clauseEnd, used) ?? BlamedOn(view, trigger, clauseEnd, used) ?? Partner(view, trigger, clauseEnd, used) ?? SharedObject(view, trigger, nominal, clauseEnd, used)
                ?? PartyOfMeasure(view, trigger.First, trigger.End, Math.Min(clauseEnd, trigger.End + MaxMeasureReach), clauseEnd, used) ?? GroundNamed(view, trigger, clauseEnd, used)
                ?? ObjectClues.Dispersed(view, trigger, clauseEnd, used) ?? ObjectClues.PersonalObject(view, trigger, clauseEnd, used)
                ?? (trigger.Pattern.Type is EventType.Assault or EventType.Coerce && ObjectFinder.ObjectPhraseStart(view, trigger, clauseEnd, nominal) is { } objectStart
                    ? HeadedPhrase(view, objectStart, clauseEnd) : null); // "attacks on shipping continue": what was struck or seized
        }
        else if (WordAt(view, target.End) is var last and >= 0 && MeasureNouns.Contains(view.Word(last)) && PartyOfMeasure(view, last, last, last + 1, clauseEnd, used) is { } party)
        {
            target = party; // "halted gas supplies to Moldova", "suspended the Indus Waters Treaty with Pakistan"
        }
        else if ((target.Type == EntityType.Other || IsLowerAt(view, target.End)) && Apposed(view, target, clauseEnd, used) is { } named)
        {
            target = named;
        }

        // Where an act goes to or comes from, or the ground an operation is in, is its place, not whom it is done to.
        ActorReference? place = null;
        if (GroundOf(view, target) is { } ground && (IsMovement(trigger) || trigger.Pattern.Type == EventType.Assault)
            && LeadOf(view, ground) is var lead && (trigger.Pattern.Type == EventType.Assault ? view.Word(lead) == "in" : Passages.Contains(view.Word(lead))))
        {
            (place, target) = (ground, null);
        }

        ActorReference? harmedToo = null;
        if (nominal && (target is null || (trigger.Pattern.Mutual && sources is [null])) && (PassiveObjects.Victims(view, trigger, clauseStart, used) ?? PassiveClues.DiedIn(view, trigger, clauseStart, used)) is { } victims)
        {
            if (target is not null)
            {
                // "two officials and two guards were killed in the fighting with PKK guerrillas": each harmed by the party named.
                harmedToo = PassiveClues.FirstConjunct(view, victims, clauseStart, used);
                // "peacekeepers were injured in clashes with protesters": those harmed are the target, whom they clashed with the source.
                (sources, target) = ([target], victims);
            }
            else
            {
                // "three terrorists were killed in an operation", "civilians were killed in Pakistani air strikes"
                target = victims;
            }
        }

        place ??= IsMovement(trigger) ? Destination(view, trigger, clauseEnd, used) : null;
        place ??= PlaceFinder.Find(view, clauseStart, clauseEnd, trigger.First, trigger.End, used);
        var settlement = target is not null && IsGround(target) && view.Word(LeadOf(view, target)) == "of" && PlaceFinder.SettlementNouns.Contains(view.Word(LeadOf(view, target) - 1));
        if (target is not null && (settlement || (target.Type == EntityType.Place && (place is null || place.Start < view.Starts[trigger.First]))))
        {
            // "Gangs stormed the town of Mirebalais", "attacked the town of Palma in Cabo Delgado": the settlement struck is where;
            // a bare place struck is where unless a wider place is named after it.
            place = target;
        }
        else if (target is { Type: EntityType.Other } && MentionAt(view, WordAt(view, target.Start, start: true)) is { } k && view.Mentions[k].Mention.Type == EntityType.Place
            && (place is null || place.Start < view.Starts[trigger.First]))
        {
            place = ActorReference.From(view.Mentions[k].Mention); // "an arson attack on a Warsaw shopping centre"
        }
        else if (target is { Type: EntityType.Other })
        {
            place ??= GroundOf(view, target); // "pounded southern Lebanon"
        }

        return new EventArguments(sources, harmedToo is null ? [target] : [harmedToo, target], place);
    }

    /// <summary>"In a phone call on Thursday, Egyptian President Abdel Fattah al-Sisi and the Emir of Qatar discussed …": an opening phrase's mutual act is the pair's that follows.</summary>
    private static (ActorReference, ActorReference)? IntroducedPair(SentenceView view, TriggerMatch trigger, int clauseEnd, HashSet<int> used)
    {
        var opening = trigger.First - 1;
        while (opening > 0 && opening >= trigger.First - 3 && view.Word(opening) is not ("in" or "during"))
        {
            opening--;
        }

        if (view.Word(opening) is not ("in" or "during") || opening != view.ClauseStart(opening) || Array.FindIndex(view.Words, trigger.End, w => w == ",") is not (var comma and > 0) || comma >= clauseEnd)
        {
            return null;
        }

        return NameAt(view, comma + 1, clauseEnd, used, voices: false) is { } one && WordAt(view, one.End) is var oneEnd and >= 0 && view.Word(oneEnd + 1) == "and"
            && NameAt(view, oneEnd + 2, clauseEnd, used, voices: false) is { } other
            ? (one, other)
            : null;
    }

    /// <summary>"Baku demanded that Yerevan first change its constitution": whom a demand is made of.</summary>
    private static ActorReference? SubjectOfDemand(SentenceView view, TriggerMatch trigger, int clauseEnd, HashSet<int> used) =>
        trigger.Pattern.Type == EventType.Request && view.Word(trigger.End) == "that" ? NameAt(view, trigger.End + 1, clauseEnd, used, voices: true) ?? HeadedPhrase(view, trigger.End + 1, clauseEnd) : null;

    /// <summary>"demanding the resignation of Prime Minister Nikol Pashinyan": the one a demanded act is done to.</summary>
    private static ActorReference? TargetOfAct(SentenceView view, TriggerMatch trigger, int clauseEnd, HashSet<int> used)
    {
        var noun = trigger.End;
        while (view.Word(noun) is "the" or "a" or "an" or "immediate")
        {
            noun++;
        }

        if (!ActNouns.Contains(view.Word(noun)) || view.Word(noun + 1) != "of")
        {
            noun = trigger.End - 1; // the act noun inside the pattern: "called for the release" + "of"
        }

        return ActNouns.Contains(view.Word(noun)) && view.Word(noun + 1) == "of" && noun + 2 < clauseEnd
            ? NameAt(view, noun + 2, clauseEnd, used, voices: false) ?? HeadedPhrase(view, noun + 2, clauseEnd)
            : null;
    }

    /// <summary>"the shelling of Jermuk, which it blamed on Azerbaijani forces": the one blamed.</summary>
    private static ActorReference? BlamedOn(SentenceView view, TriggerMatch trigger, int clauseEnd, HashSet<int> used) =>
        trigger.Pattern.Type == EventType.Accuse && view.Word(trigger.End) == "on" ? NameAt(view, trigger.End + 1, clauseEnd, used, voices: true) ?? PhraseActors.After(view, trigger.End + 1, clauseEnd) : null;

    /// <summary>"police beat and detained over 100 protesters": two verbs joined by "and" share the object after the second.</summary>
    private static ActorReference? SharedObject(SentenceView view, TriggerMatch trigger, bool nominal, int clauseEnd, HashSet<int> used)
    {
        var verb = view.Word(trigger.End - 1) == "and" ? trigger.End : view.Word(trigger.End) == "and" ? trigger.End + 1 : -1;
        return !nominal && verb > 0 && view.Word(verb).EndsWith("ed", StringComparison.Ordinal) && verb + 1 < clauseEnd
            ? NameAt(view, verb + 1, clauseEnd, used, voices: false) ?? HeadedPhrase(view, verb + 1, clauseEnd)
            : null;
    }

    /// <summary>"the deal that Addis Ababa signed with Somaliland": the other party to an agreement, meeting or joint act.</summary>
    private static ActorReference? Partner(SentenceView view, TriggerMatch trigger, int clauseEnd, HashSet<int> used) =>
        trigger.Pattern.Type is EventType.Agree or EventType.Consult or EventType.Cooperate && view.Word(trigger.End) == "with" ? NameAt(view, trigger.End + 1, clauseEnd, used, voices: true) : null;

    /// <summary>"freed 10 detained Americans", "blocked the Lachin corridor", "withdrawal from ECOWAS": a pattern that holds its own object.</summary>
    private static ActorReference? OwnObject(SentenceView view, TriggerMatch trigger, int clauseEnd, HashSet<int> used)
    {
        for (var k = 0; k < view.Mentions.Length; k++)
        {
            var (mention, first, end) = view.Mentions[k];
            if (first <= trigger.First || end > trigger.End || used.Contains(k) || ArgumentFinder.IsNested(view, k) || view.Word(first - 1) is "that" or "which")
            {
                continue;
            }

            // "supplying Russia with ballistic missiles": the verb's own object inside the pattern.
            if (end == trigger.End || (first == trigger.First + 1 && ArgumentFinder.IsActor(mention) && trigger.Pattern.Source.StartsWith("v:", StringComparison.Ordinal)))
            {
                used.Add(k);
                return ActorReference.From(mention);
            }

            // "the closure of the Russian consulate": the thing the nationality names.
            if (end == trigger.End - 1 && NounLists.Things.Contains(view.Word(end)))
            {
                used.Add(k);
                return PhraseActors.Reference(view, first, trigger.End);
            }
        }

        return null;
    }

    /// <summary>
    /// The party named after a measure noun in [<paramref name="from"/>, <paramref name="to"/>) and its preposition: "countermeasures against
    /// South Korea", "peace talks with the ELN", "measures against any provocation by Armenian forces".
    /// </summary>
    private static ActorReference? PartyOfMeasure(SentenceView view, int from, int objectStart, int to, int clauseEnd, HashSet<int> used)
    {
        for (var j = from; j < to; j++)
        {
            // The measure is the verb's own object ("threatened on Sunday to take countermeasures"), not one in a later phrase ("a deal in Istanbul to unblock exports").
            if (j > objectStart && Syntax.NounPhrases.IsStopWord(view.Word(j - 1)) && view.Word(j - 1) is not ("to" or "its" or "their" or "his" or "her" or "that" or "it" or "they" or "would" or "will" or "could" or "might")
                && !CalendarWords.IsWeekday(view.Word(j - 1)) && !(view.Word(j - 1) == "on" && CalendarWords.IsWeekday(view.Word(j))))
            {
                return null;
            }

            var preposition = view.Word(j + 1) is "'" or "’" or "\"" or "”" ? j + 2 : j + 1;
            if (!MeasureNouns.Contains(view.Word(j)) || !MeasurePrepositions.Contains(view.Word(preposition)) || preposition + 1 >= clauseEnd)
            {
                continue;
            }

            // "export controls on advanced chips to China": what the measure covers, then the party it is aimed at.
            if ((ObjectClues.GoodsDestination(view, preposition, clauseEnd, used) ?? NameAt(view, preposition + 1, clauseEnd, used, voices: true) ?? HeadedPhrase(view, preposition + 1, clauseEnd)) is { } party)
            {
                return party;
            }

            // "against any provocation by Armenian forces": the party whose act the measure answers.
            var by = preposition + 1;
            while (by < Math.Min(clauseEnd, preposition + 5) && view.Word(by) != "by")
            {
                by++;
            }

            // The agent reader may have taken that name for an active verb's clause; it is free to name the party here.
            return view.Word(by) == "by" ? NameAt(view, by + 1, clauseEnd, [], voices: false) : null;
        }

        return null;
    }

    /// <summary>"retook the regional capital, Mekelle", "seized the town of Lalibela": the named ground a pattern's own object stands for.</summary>
    private static ActorReference? GroundNamed(SentenceView view, TriggerMatch trigger, int clauseEnd, HashSet<int> used) =>
        NounLists.Ground.Contains(view.Word(trigger.End - 1)) && view.Word(trigger.End) is "," or "of" && MentionAt(view, trigger.End + 1) is { } k && !used.Contains(k)
            && view.Mentions[k].Mention.Type is EntityType.Place or EntityType.Country && trigger.End + 1 < clauseEnd
            ? Use(view, k, used)
            : null;

    /// <summary>Whether the word ending at <paramref name="offset"/> is in lower case: a role ("the Egyptian foreign minister"), not a name.</summary>
    private static bool IsLowerAt(SentenceView view, int offset) => WordAt(view, offset) is var word and >= 0 && char.IsLower(view.Text[view.Starts[word]]);

    /// <summary>"imposed sanctions on its leader, Mohamed Hamdan Dagalo": the name set beside a role.</summary>
    private static ActorReference? Apposed(SentenceView view, ActorReference phrase, int clauseEnd, HashSet<int> used)
    {
        var last = WordAt(view, phrase.End);
        return last >= 0 && NounLists.People.Contains(view.Word(last)) && view.Word(last + 1) == "," && last + 2 < clauseEnd && MentionAt(view, last + 2) is { } k && !used.Contains(k)
            && view.Mentions[k].Mention.Type is EntityType.Person
            ? Use(view, k, used)
            : null;
    }

}

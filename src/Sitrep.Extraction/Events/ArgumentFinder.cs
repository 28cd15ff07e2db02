using Sitrep.Core.Annotation;
using Sitrep.Extraction.Syntax;
using Sitrep.Extraction.Text;
using static Sitrep.Extraction.Events.AgentFinder;
using static Sitrep.Extraction.Events.ObjectFinder;
using static Sitrep.Extraction.Events.SubjectFinder;

namespace Sitrep.Extraction.Events;

/// <summary>The participants of one trigger: source(s), target(s) and place, read from the entity mentions of its clause.</summary>
internal sealed record EventArguments(IReadOnlyList<ActorReference?> Sources, IReadOnlyList<ActorReference?> Targets, ActorReference? Place);

/// <summary>
/// Reads who did what to whom around a trigger, without a parser: the subject is the nearest actor before the trigger in
/// its clause (a coordinated pair is two actors), the object the first actor after it (or after the pattern's
/// preposition); the passive swaps them ("were killed by X"); a place is a location after "in", "near", "at".
/// </summary>
internal static class ArgumentFinder
{
    public static EventArguments Find(SentenceView view, TriggerMatch trigger, bool nominal)
    {
        var clauseStart = view.ClauseStart(trigger.First);
        var clauseEnd = view.ClauseEnd(trigger.End);
        var passive = !nominal && TriggerMatcher.IsPassive(view.Words, trigger.First);
        var used = new HashSet<int>();
        var listed = !nominal && !passive ? PassiveClues.ListedPassiveSubject(view, trigger, clauseStart, used) : null;
        passive |= listed is not null;

        // "talks mediated by Qatar and Turkey", "civilians killed by shelling": a participle right before "by" is passive
        // without its auxiliary; what it describes is its target only when named right before it.
        var reduced = !nominal && !passive && view.Word(trigger.End) == "by" && trigger.End - trigger.First == 1 && view.Word(trigger.First - 1) is not ("has" or "have" or "had");
        // "talks hosted by Charles Michel": a pattern may end in its own "by".
        var byAt = nominal ? (view.Word(trigger.End - 1) == "by" ? trigger.End - 1 : NominalByAt(view, trigger.End, clauseEnd)) : reduced ? trigger.End : (int?)null;
        var agents = ByAgents(view, byAt < trigger.End ? byAt.Value : trigger.End, clauseEnd, byAt, used);
        if (reduced && agents.Count > 0)
        {
            passive = true;
        }

        var before = ActorsBefore(view, clauseStart, trigger.First, nominal, used);
        if (reduced && passive && !(before.Count > 0 && view.Mentions.Any(m => m.End == trigger.First && m.Mention.Start == before[^1]?.Start)))
        {
            before.Clear();
        }

        // "at the request of President Tokayev", "the withdrawal of Russian troops": the doer named after the noun.
        var namedAfter = nominal || !trigger.Pattern.Source.StartsWith("v:", StringComparison.Ordinal) ? NominalDoers.After(view, trigger, clauseEnd, used) : null;
        if (namedAfter is not null)
        {
            before = [namedAfter];
        }

        // "by units of the Armenian armed forces were subjected to fire": a translated passive may name its agent first.
        var agentFirst = passive && agents.Count == 0 && before is [{ } early] && VerbAsides.AgentFirst(view, early) ? early : null;
        if (agentFirst is not null)
        {
            agents.Add(agentFirst);
            before.Clear();
        }

        var after = ActorsAfter(view, trigger, clauseEnd, nominal, used);
        var agent = agents.Count > 0 ? agents[0] : null;

        // "clashes between X and Y", "talks between X and Y": the two sides, first as source.
        if (nominal && before.Count == 0 && Between(view, trigger.End, clauseEnd, used) is { } sides)
        {
            return new EventArguments([sides.First], [sides.Second], PlaceFinder.Find(view, clauseStart, clauseEnd, trigger.First, trigger.End, used));
        }

        // "drew condemnation from Washington and Tokyo", "support from the EU": who condemns or gives is named after "from".
        if (nominal && trigger.Pattern.Type is EventType.Accuse or EventType.Support or EventType.Aid or EventType.Reject or EventType.Threaten
            && view.Word(trigger.End) == "from" && ActorAt(view, trigger.End + 1, clauseEnd, used, voices: true) is { } giver)
        {
            var givers = new List<ActorReference?> { giver };
            var giverEnd = Array.FindIndex(view.Ends, e => e == giver.End) + 1;
            if (view.Word(giverEnd) == "and" && ActorAt(view, giverEnd + 1, clauseEnd, used, voices: true) is { } other)
            {
                givers.Add(other);
            }

            return new EventArguments(givers, [null], PlaceFinder.Find(view, trigger.End, clauseEnd, trigger.End, trigger.End, used));
        }

        // "The gang carried out Saturday's attack": a noun trigger after a light verb takes the verb's subject.
        if (nominal && before.Count == 0 && GoverningVerbs.OwnerInside(view, trigger.First, trigger.End) is { } owner)
        {
            before.Add(owner); // "China's military drills": the name's phrase runs into the trigger
        }

        if (nominal && before.Count == 0 && GoverningVerbs.LightVerbBefore(view, trigger.First, trigger.End) is { } lightVerb)
        {
            // The light verb may be a claim cue that opens the clause ("JNIM claimed the attack"): its subject is before it.
            var verbClauseStart = view.ClauseStart(Math.Max(0, lightVerb - 1));
            before = ActorsBefore(view, verbClauseStart, lightVerb, nominal: false, used);
            if (before.Count == 0 && PhraseActors.Before(view, lightVerb, verbClauseStart) is { } doer)
            {
                before.Add(doer);
            }

            if (before.Count == 0 && VerbAsides.SubjectBefore(view, lightVerb) is { } described)
            {
                before.Add(described); // "Saakashvili, jailed since October 1, has been on hunger strike"
            }
        }

        // "Iran, which denies the allegations, urged": the subject before a relative clause set off by commas.
        if (!nominal && !passive && VerbAsides.SubjectBefore(view, trigger.First, relative: true) is { } antecedent)
        {
            before = [antecedent]; // a name inside the relative clause ("which is backed by Iran") is not the subject
        }

        // No entity names the participant: the noun phrase does ("opened fire on tourists").
        if (before.Count == 0 && PhraseActors.Before(view, trigger.First, clauseStart) is { } subject && !nominal
            && !(reduced && IsInLocativePhrase(view, Array.IndexOf(view.Starts, subject.Start))))
        {
            // "Russian-backed forces in South Ossetia detained": the doer stands before the place it is in.
            var subjectFirst = Array.IndexOf(view.Starts, subject.Start);
            var preposition = subjectFirst - 1;
            while (preposition > clauseStart && (view.Word(preposition) is "the" || (view.Word(preposition).Contains('-') && char.IsLetter(view.Word(preposition)[0]))))
            {
                preposition--;
            }

            before.Add(IsInLocativePhrase(view, subjectFirst) && PhraseActors.Before(view, preposition, clauseStart) is { } located ? located : subject);
        }
        else if (before.Count == 0 && nominal && agents.Count == 0 && PhraseActors.Before(view, trigger.First, Math.Max(clauseStart, trigger.First - 2)) is { } modifier && NamesAGroup(view, modifier))
        {
            before.Add(modifier); // "Houthi attacks"; not "violent battles", "humanitarian truces"
        }

        if ((passive || nominal) && agent is null && (byAt ?? trigger.End) is var by && view.Word(by) == "by" && PhraseActors.After(view, by + 1, clauseEnd) is { } agentPhrase)
        {
            agent = agentPhrase; // "were killed by gang members", "an attack by Iran-backed militants"
        }

        if (after.Count == 0 && ObjectPhraseStart(view, trigger, clauseEnd, nominal) is { } objectStart && PhraseActors.After(view, objectStart, clauseEnd) is { } phrase)
        {
            after.Add(OwnerOf(view, phrase, clauseEnd, used) ?? phrase);
        }

        // "freed 24 hostages", "released 39 Palestinian prisoners": the pattern's own object names the people it was done to.
        if (!nominal && !passive && !trigger.Pattern.Mutual && after.Count == 0 && trigger.End - trigger.First >= 2 && NounLists.People.Contains(view.Word(trigger.End - 1))
            && view.Word(trigger.First + 1) is not ("its" or "their" or "his" or "her") // "recalled its ambassador": its own, not the target
            && NounPhrases.After(view.Words, view.IsBoundary, trigger.First + 1, trigger.End) is { End: var objectEnd } && objectEnd == trigger.End
            && PhraseActors.After(view, trigger.First + 1, trigger.End) is { } own)
        {
            after.Add(own);
        }

        // "An air strike hit the hospital", "a drone attack set fire to a refinery": the struck is the verb's object.
        if (nominal && after.Count == 0 && NounTriggerVerbs.ObjectOfImpactAfter(view, trigger.End, clauseEnd) is { } struckStart)
        {
            after.AddRange(ActorAt(view, struckStart, clauseEnd, used) is { } struck ? [struck] : PhraseActors.After(view, struckStart, clauseEnd) is { } thing ? [thing] : []);
        }

        // "A US drone strike on a car … killed Abu Baqir al-Saadi": the person a strike killed, not the thing it hit.
        if (nominal && after is [{ Type: EntityType.Other }] && ObjectClues.NamedVictim(view, trigger, clauseEnd, used) is { } victim)
        {
            after = [victim];
        }

        if (namedAfter is null && SharedSubjects.Find(view, trigger, nominal, passive, clauseStart) is { Count: > 0 } shared)
        {
            before = shared;
        }

        if (listed is not null)
        {
            before = [listed]; // "Peacekeepers were harassed, killed and taken hostage"
        }

        IReadOnlyList<ActorReference?> sources, targets;
        IReadOnlyList<ActorReference?> agentList = agents.Count > 0 ? agents : agent is null ? [null] : [agent];
        if (agentFirst is not null && PassiveClues.ObjectAfterComplement(view, trigger, clauseEnd, used) is { } positions)
        {
            (sources, targets) = ([agentFirst], [positions]); // "by units of X were subjected to fire … the positions of Y"
        }
        else if (passive)
        {
            (sources, targets) = (agentList, before.Count > 0 ? before : [null]);
        }
        else
        {
            sources = before.Count > 0 && !(agents.Count > 0 && DoerRightAfter(view, trigger, agents[0])) ? before : agentList;
            targets = after.Count > 0 ? after : [null];
        }

        var arguments = ObjectReading.Complete(view, trigger, nominal, sources, targets, clauseStart, clauseEnd, used);
        return namedAfter is null ? arguments : arguments with { Targets = [.. arguments.Targets.Select(t => t is not null && t.Start < namedAfter.End && namedAfter.Start < t.End ? null : t)] };
    }

    /// <summary>"unprovoked firing by Pakistan Rangers": a trigger that is no verb names its doer in a "by" right after it.</summary>
    private static bool DoerRightAfter(SentenceView view, TriggerMatch trigger, ActorReference? agent) =>
        !trigger.Pattern.Source.StartsWith("v:", StringComparison.Ordinal) && view.Word(trigger.End) == "by" && agent is not null
        && Array.IndexOf(view.Starts, agent.Start) is var first && first > trigger.End && first <= trigger.End + 2 && view.Word(first - 1) is "by" or "the";

    /// <summary>Places are where events happen, not who does them; countries, people, bodies and groups act.</summary>
    internal static bool IsActor(EntityMention mention) => mention.Type is not EntityType.Place and not EntityType.Other;

    internal static bool IsInLocativePhrase(SentenceView view, int first)
    {
        var lead = first - 1;
        while (view.Word(lead) is "the" || (view.Word(lead).Contains('-') && char.IsLetter(view.Word(lead)[0])))
        {
            lead--; // "at the state-owned Belaruskali potash plant"
        }

        return PlaceFinder.Locatives.Contains(view.Word(lead)) || (view.Word(lead) == "of" && view.Word(lead - 1) is "north" or "south" or "east" or "west" or "outskirts");
    }

    /// <summary>A mention inside a longer one (a nationality inside "Azerbaijani forces") is read through the longer one.</summary>
    internal static bool IsNested(SentenceView view, int k)
    {
        var (_, first, end) = view.Mentions[k];
        for (var j = 0; j < view.Mentions.Length; j++)
        {
            if (j != k && view.Mentions[j].First <= first && view.Mentions[j].End >= end && (view.Mentions[j].End - view.Mentions[j].First) > (end - first))
            {
                return true;
            }
        }

        return false;
    }
}

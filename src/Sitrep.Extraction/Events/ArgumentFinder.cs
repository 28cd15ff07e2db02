using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Extraction.Syntax;
using Sitrep.Extraction.Text;

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

        // "talks mediated by Qatar and Turkey", "civilians killed by shelling": a participle right before "by" is passive
        // without its auxiliary; what it describes is its target only when named right before it.
        var reduced = !nominal && !passive && view.Word(trigger.End) == "by" && trigger.End - trigger.First == 1 && view.Word(trigger.First - 1) is not ("has" or "have" or "had");
        var byAt = nominal ? NominalByAt(view, trigger.End, clauseEnd) : reduced ? trigger.End : (int?)null;
        var agents = ByAgents(view, trigger.End, clauseEnd, byAt, used);
        if (reduced && agents.Count > 0)
        {
            passive = true;
        }

        var before = ActorsBefore(view, clauseStart, trigger.First, nominal, used);
        if (reduced && passive && !(before.Count > 0 && view.Mentions.Any(m => m.End == trigger.First && m.Mention.Start == before[^1]?.Start)))
        {
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
        if (nominal && before.Count == 0 && NounTriggerVerbs.LightVerbBefore(view, trigger.First, 0) is { } lightVerb)
        {
            // The light verb may be a claim cue that opens the clause ("JNIM claimed the attack"): its subject is before it.
            var verbClauseStart = view.ClauseStart(Math.Max(0, lightVerb - 1));
            before = ActorsBefore(view, verbClauseStart, lightVerb, nominal: false, used);
            if (before.Count == 0 && PhraseActors.Before(view, lightVerb, verbClauseStart) is { } doer)
            {
                before.Add(doer);
            }
        }

        // No entity names the participant: the noun phrase does ("opened fire on tourists").
        if (before.Count == 0 && PhraseActors.Before(view, trigger.First, clauseStart) is { } subject && !nominal
            && !(reduced && IsInLocativePhrase(view, Array.IndexOf(view.Starts, subject.Start))))
        {
            // "Russian-backed forces in South Ossetia detained": the doer stands before the place it is in.
            var subjectFirst = Array.IndexOf(view.Starts, subject.Start);
            var preposition = subjectFirst - 1;
            while (preposition > clauseStart && view.Word(preposition) is "the")
            {
                preposition--;
            }

            before.Add(IsInLocativePhrase(view, subjectFirst) && PhraseActors.Before(view, preposition, clauseStart) is { } located ? located : subject);
        }
        else if (before.Count == 0 && nominal && PhraseActors.Before(view, trigger.First, Math.Max(clauseStart, trigger.First - 2)) is { } modifier && NamesAGroup(view, modifier))
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

        IReadOnlyList<ActorReference?> sources, targets;
        IReadOnlyList<ActorReference?> agentList = agents.Count > 0 ? agents : agent is null ? [null] : [agent];
        if (passive)
        {
            (sources, targets) = (agentList, before.Count > 0 ? before : [null]);
        }
        else
        {
            sources = before.Count > 0 ? before : agentList;
            targets = after.Count > 0 ? after : [null];
        }

        var place = PlaceFinder.Find(view, clauseStart, clauseEnd, trigger.First, trigger.End, used);
        return new EventArguments(sources, targets, place);
    }

    /// <summary>"the headquarters of Turkish Aerospace Industries", "the village of Wad al-Nourah": the named owner or place of a thing phrase.</summary>
    private static ActorReference? OwnerOf(SentenceView view, ActorReference phrase, int clauseEnd, HashSet<int> used)
    {
        var end = Array.FindIndex(view.Ends, e => e == phrase.End);
        if (end < 0 || view.Word(end + 1) != "of" || !NounLists.Things.Contains(view.Word(end)))
        {
            return null;
        }

        var start = end + 2;
        while (start < clauseEnd && view.Word(start) is "the" or "a" or "an")
        {
            start++;
        }

        for (var k = 0; k < view.Mentions.Length; k++)
        {
            if (view.Mentions[k].First == start && !IsNested(view, k))
            {
                used.Add(k);
                return ActorReference.From(view.Mentions[k].Mention);
            }
        }

        return null;
    }

    /// <summary>
    /// An actor named right at <paramref name="start"/> (after determiners); with <paramref name="voices"/> a place too, as the
    /// government that speaks for it ("condemnation from Washington").
    /// </summary>
    private static ActorReference? ActorAt(SentenceView view, int start, int clauseEnd, HashSet<int> used, bool voices = false)
    {
        while (start < clauseEnd && view.Word(start) is "the" or "a" or "an" or "its" or "their")
        {
            start++;
        }

        for (var k = 0; k < view.Mentions.Length; k++)
        {
            var (mention, first, end) = view.Mentions[k];
            if (first == start && (IsActor(mention) || (voices && mention.Type == EntityType.Place)) && !IsNested(view, k))
            {
                used.Add(k);
                return AttachedActors.PossessedThing(view, end, clauseEnd) ?? ActorReference.From(mention);
            }
        }

        return null;
    }

    /// <summary>The two sides after "between": entity mentions where there are, else the noun phrases ("between the ELN and FARC dissidents").</summary>
    private static (ActorReference First, ActorReference Second)? Between(SentenceView view, int next, int clauseEnd, HashSet<int> used)
    {
        if (next >= clauseEnd || view.Word(next) != "between")
        {
            return null;
        }

        var and = -1;
        for (var j = next + 1; j < Math.Min(clauseEnd, next + 12); j++)
        {
            if (view.Word(j) == "and")
            {
                and = j;
                break;
            }
        }

        if (and < 0)
        {
            return null;
        }

        ActorReference? Side(int from, int to)
        {
            for (var k = 0; k < view.Mentions.Length; k++)
            {
                var (mention, first, end) = view.Mentions[k];
                if (first >= from && end <= to && IsActor(mention) && !IsNested(view, k))
                {
                    used.Add(k);
                    return ActorReference.From(mention);
                }
            }

            return PhraseActors.After(view, from, to);
        }

        return Side(next + 1, and) is { } one && Side(and + 1, clauseEnd) is { } other ? (one, other) : null;
    }

    /// <summary>A phrase that names a group: by a proper name (a word capitalised in the text) or by a group noun ("junta", "rebel").</summary>
    private static bool NamesAGroup(SentenceView view, ActorReference phrase)
    {
        var head = phrase.Name[(phrase.Name.LastIndexOf(' ') + 1)..];
        if (Entities.Linking.GenericActorFinder.Default.IsGroupNoun(head) || Entities.Linking.SectorLexicon.Default.SectorOf(head) is not null)
        {
            return true;
        }

        for (var i = 1; i < view.Words.Length; i++)
        {
            if (view.Starts[i] >= phrase.Start && view.Ends[i] <= phrase.End && char.IsUpper(view.Text[view.Starts[i]]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subject: the actor (or pair joined by "and") nearest before the trigger, not inside a prepositional phrase of place.</summary>
    private static List<ActorReference?> ActorsBefore(SentenceView view, int clauseStart, int triggerFirst, bool nominal, HashSet<int> used)
    {
        var result = new List<ActorReference?>();
        if (!nominal && view.Word(triggerFirst - 1) == "," && Array.LastIndexOf(view.Words, ",", triggerFirst - 2) is var open && open > clauseStart)
        {
            triggerFirst = open; // "The Janjaweed militias, armed by the government, killed …": the subject stands before the aside.
        }

        for (var k = view.Mentions.Length - 1; k >= 0; k--)
        {
            var (mention, first, end) = view.Mentions[k];
            var modifiesTrigger = nominal && (end == triggerFirst || (end + 1 == triggerFirst && view.Word(end) is "'s" or "’s"));
            if (end > triggerFirst || first < clauseStart || !IsActor(mention) || (IsInLocativePhrase(view, first) && !modifiesTrigger) || IsNested(view, k))
            {
                continue;
            }

            // "Wagner fighters", "Junta troops": a force noun the recogniser read apart from the name before it is that name's.
            if (end - first == 1 && Entities.Linking.NewEntityIds.IsNew(mention.EntityId) && Entities.Linking.GenericActorFinder.Default.IsGroupNoun(view.Word(first))
                && k > 0 && view.Mentions[k - 1].End == first && view.Mentions[k - 1].First >= clauseStart && IsActor(view.Mentions[k - 1].Mention) && !IsNested(view, k - 1))
            {
                k--;
                (mention, first, end) = view.Mentions[k];
            }
            else if (end - first == 1 && Entities.Linking.NewEntityIds.IsNew(mention.EntityId) && Entities.Linking.GenericActorFinder.Default.IsGroupNoun(view.Word(first))
                && SubjectClues.NameBefore(view, first, clauseStart) is { } name)
            {
                used.Add(k);
                return [name]; // "Wagner fighters have captured": a name the recogniser missed at the sentence start
            }

            // "Protesters demanding the departure of UN peacekeepers rioted": a name inside the participle's object is not the doer.
            if (!nominal && SubjectClues.ParticipleSubject(view, first, clauseStart) is { } doer)
            {
                used.Add(doer);
                return [ActorReference.From(view.Mentions[doer].Mention)];
            }

            // "Insurgents linked to Islamic State attacked": the backer named after the noun is not the doer.
            if (!nominal && AttachedActors.AttachmentBefore(view, first, clauseStart) is { } attachment)
            {
                used.Add(k);
                var attached = ActorsBefore(view, clauseStart, attachment, nominal: false, used);
                if (attached.Count == 0 && PhraseActors.Before(view, attachment, clauseStart) is { } noun)
                {
                    attached.Add(noun);
                }

                return attached;
            }

            used.Add(k);
            result.Add(ActorReference.From(mention));
            // A nominal trigger takes its actor from right before it ("Russian strikes", "Israel's offensive").
            if (nominal && !modifiesTrigger)
            {
                result.Clear();
                used.Remove(k);
                break;
            }

            // "Venezuela's government and the opposition signed": a named actor and a noun phrase that opens the subject.
            if (!nominal && view.Word(end) == "and" && SubjectClues.OpensSubject(view, first, clauseStart)
                && NounPhrases.After(view.Words, view.IsBoundary, end + 1, triggerFirst) is { } second && second.End == triggerFirst
                && PhraseActors.After(view, end + 1, triggerFirst) is { } secondPhrase)
            {
                result.Add(secondPhrase);
            }

            // "Pashinyan and Azerbaijani President Ilham Aliyev", "the United States, Japan and South Korea": every actor of the list.
            var current = k;
            while (JoinBefore(view, view.Mentions[current].First, clauseStart) is { } join)
            {
                if (Coordinated(view, join, clauseStart) is { } other && !used.Contains(other))
                {
                    used.Add(other);
                    result.Insert(0, ActorReference.From(view.Mentions[other].Mention));
                    current = other;
                    continue;
                }

                // "Putin and Trump held talks" (a name the recogniser missed), "the Saudi-led coalition and the Houthis": the
                // phrase that opens the subject.
                if (view.Word(join) == "and" && NounPhrases.Before(view.Words, view.IsBoundary, join, clauseStart) is { } phrase && phrase.End == join
                    && SubjectClues.OpensSubject(view, phrase.First, clauseStart) && PhraseActors.Before(view, join, clauseStart) is { } firstPhrase)
                {
                    result.Insert(0, firstPhrase);
                }

                break;
            }

            break;
        }

        return result;
    }

    /// <summary>The "and" or comma that joins the actor starting at <paramref name="first"/> to one before it, past its title and article.</summary>
    private static int? JoinBefore(SentenceView view, int first, int clauseStart)
    {
        for (var j = first - 1; j > clauseStart && j >= first - 4; j--)
        {
            var word = view.Word(j);
            if (word is "and" or ",")
            {
                return j;
            }

            var titled = char.IsUpper(view.Text[view.Starts[j]]) || view.Mentions.Any(m => m.First <= j && j < m.End) || Entities.Linking.TitleLexicon.Default.RolesOf(word) is not null;
            if (word is not ("the" or "its" or "their") && !titled)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A person named after a nationality and capitalised title words ("Russian | President Vladimir Putin").</summary>
    private static int? PersonAfterTitle(SentenceView view, int end)
    {
        for (var j = end; j < Math.Min(view.Words.Length, end + 4); j++)
        {
            for (var k = 0; k < view.Mentions.Length; k++)
            {
                if (view.Mentions[k].First == j && view.Mentions[k].Mention.Type == EntityType.Person)
                {
                    return k;
                }
            }

            // "U.S. envoy Howard Wolpe": a lower-case title between the nationality and the name.
            if (!char.IsUpper(view.Text[view.Starts[j]]) && view.Word(j) is not ("prime" or "foreign" or "defence" or "defense" or "interior" or "deputy")
                && Entities.Linking.TitleLexicon.Default.RolesOf(view.Word(j)) is null)
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsCountWord(SentenceView view, int i) =>
        view.Word(i) is var word && (char.IsDigit(word.Length > 0 ? word[0] : ' ') || (word is "at" && view.Word(i + 1) is "least" or "most") || (word is "more" or "fewer" or "less" && view.Word(i + 1) == "than")
            || (word == "up" && view.Word(i + 1) == "to") || (word == "to" && view.Word(i - 1) == "up") || word is "least" or "most" or "than" or "about" or "nearly" or "almost" or "some"
            or "around" or "dozens" or "hundreds" or "thousands" or "scores" or "tens" or "two" or "three" or "four" or "five" or "six"
            or "seven" or "eight" or "nine" or "ten" or "twelve" or "twenty" or "dozen" or "hundred" or "thousand" or "million"
            || (word == "of" && view.Word(i - 1) is "dozens" or "hundreds" or "thousands" or "scores" or "tens" or "millions"));

    /// <summary>The actor that ends right before the joining word at <paramref name="join"/> ("Ankara | and Baku").</summary>
    private static int? Coordinated(SentenceView view, int join, int clauseStart)
    {
        for (var j = view.Mentions.Length - 1; j >= 0; j--)
        {
            var (mention, otherFirst, otherEnd) = view.Mentions[j];
            // "… in Russia, Armenian Prime Minister Pashinyan and …": a place phrase before a comma opens the clause, it is no list item.
            if (otherEnd == join && otherFirst >= clauseStart && IsActor(mention) && !IsNested(view, j) && !IsInLocativePhrase(view, otherFirst))
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>The object: the first actor after the trigger, directly or after one of the pattern's prepositions.</summary>
    private static List<ActorReference?> ActorsAfter(SentenceView view, TriggerMatch trigger, int clauseEnd, bool nominal, HashSet<int> used)
    {
        var prepositions = trigger.Pattern.TargetPrepositions;
        for (var k = 0; k < view.Mentions.Length; k++)
        {
            var (mention, first, end) = view.Mentions[k];
            if (first < trigger.End || first >= clauseEnd || IsNested(view, k) || used.Contains(k))
            {
                continue;
            }

            var lead = first - 1;
            while (lead >= trigger.End && (view.Word(lead) is "the" or "a" or "an" or "its" or "their" || IsCountWord(view, lead)))
            {
                lead--; // "killed at least nine Palestinians"
            }

            var direct = lead < trigger.End && !nominal;
            var viaPreposition = lead >= trigger.End && prepositions.Contains(view.Word(lead));
            if (view.Word(lead) == "by")
            {
                continue; // the agent of a passive, not the object
            }

            if (!IsActor(mention) || (!direct && !viaPreposition))
            {
                if (view.Word(lead) is "and" || lead >= trigger.End + 4)
                {
                    break;
                }

                continue;
            }

            // "met Russian President Vladimir Putin": the person the nationality and title introduce.
            if (mention.Type is EntityType.Country && PersonAfterTitle(view, end) is { } person && !used.Contains(person))
            {
                (k, mention, end) = (person, view.Mentions[person].Mention, view.Mentions[person].End);
            }

            used.Add(k);
            if (trigger.Pattern.Type == EventType.Assault && AttachedActors.PossessedThing(view, end, clauseEnd) is { } owned)
            {
                return [owned]; // "shelled Ukraine's power plants": what was struck, not its owner
            }

            var result = new List<ActorReference?> { ActorReference.From(mention) };
            if (view.Word(end) is "and" && k + 1 < view.Mentions.Length && view.Mentions[k + 1].First == end + 1 && IsActor(view.Mentions[k + 1].Mention) && !(trigger.Pattern.Mutual && view.Word(lead) == "between"))
            {
                used.Add(k + 1);
                result.Add(ActorReference.From(view.Mentions[k + 1].Mention));
            }

            return result;
        }

        return [];
    }

    /// <summary>Where the object phrase starts: right after a verb trigger, or after one of the pattern's prepositions.</summary>
    private static int? ObjectPhraseStart(SentenceView view, TriggerMatch trigger, int clauseEnd, bool nominal)
    {
        var next = trigger.End;
        if (nominal && view.Word(next) == "by")
        {
            // "an attack by militants on a base": the target's preposition follows the agent.
            for (var j = next + 1; j < Math.Min(clauseEnd, next + 7); j++)
            {
                if (trigger.Pattern.TargetPrepositions.Contains(view.Word(j)))
                {
                    return j + 1;
                }
            }
        }

        if (next >= clauseEnd)
        {
            return null;
        }

        if (trigger.Pattern.TargetPrepositions.Contains(view.Word(next)))
        {
            return next + 1;
        }

        return nominal || TriggerMatcher.IsPassive(view.Words, trigger.First) ? null : next;
    }

    /// <summary>Where a noun trigger's "by" may stand: right after it ("an attack by militants") or after its "of" phrase ("the release of an officer by the ELN").</summary>
    private static int NominalByAt(SentenceView view, int next, int clauseEnd) =>
        view.Word(next) == "of" && NounPhrases.After(view.Words, view.IsBoundary, next + 1, clauseEnd) is { End: var end } && view.Word(end) == "by" ? end : next;

    /// <summary>
    /// The agent(s) after "by": anywhere in the clause after a passive verb, but only at <paramref name="byAt"/> when given
    /// ("an attack by militants", not "talks in Doha mediated by Qatar"); "by Qatar and Turkey" is two.
    /// </summary>
    private static List<ActorReference?> ByAgents(SentenceView view, int triggerEnd, int clauseEnd, int? byAt, HashSet<int> used)
    {
        for (var k = 0; k < view.Mentions.Length; k++)
        {
            var (mention, first, end) = view.Mentions[k];
            if (first > triggerEnd && first < clauseEnd && !IsNested(view, k) && IsActor(mention))
            {
                var lead = first - 1;
                while (view.Word(lead) is "the" or "a" or "an")
                {
                    lead--;
                }

                if (view.Word(lead) == "by" && (byAt is null || lead == byAt))
                {
                    used.Add(k);
                    var result = new List<ActorReference?> { ActorReference.From(mention) };
                    if (view.Word(end) == "and" && Array.FindIndex(view.Mentions, m => m.First == end + 1) is var next and >= 0 && IsActor(view.Mentions[next].Mention) && !IsNested(view, next))
                    {
                        used.Add(next);
                        result.Add(ActorReference.From(view.Mentions[next].Mention));
                    }

                    return result;
                }
            }
        }

        return [];
    }

    /// <summary>Places are where events happen, not who does them; countries, people, bodies and groups act.</summary>
    internal static bool IsActor(EntityMention mention) => mention.Type is not EntityType.Place and not EntityType.Other;

    private static bool IsInLocativePhrase(SentenceView view, int first)
    {
        var lead = first - 1;
        while (view.Word(lead) is "the")
        {
            lead--;
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

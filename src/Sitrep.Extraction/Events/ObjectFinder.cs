using Sitrep.Core.Annotation;
using Sitrep.Extraction.Syntax;
using Sitrep.Extraction.Text;
using static Sitrep.Extraction.Events.ArgumentFinder;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Reads the object of a trigger: the first actor after it, directly or after one of its pattern's prepositions, and the
/// thing or person an object phrase names ("the headquarters of X", "Russian President Vladimir Putin").
/// </summary>
internal static class ObjectFinder
{
    private static readonly System.Collections.Frozen.FrozenSet<string> PartitiveNouns = NounLists.Load("lexicon/events/partitive-nouns.txt");
    private static readonly System.Collections.Frozen.FrozenSet<string> PartNouns = NounLists.Load("lexicon/events/part-nouns.txt");

    /// <summary>"the headquarters of Turkish Aerospace Industries", "the village of Wad al-Nourah": the named owner or place of a thing phrase.</summary>
    internal static ActorReference? OwnerOf(SentenceView view, ActorReference phrase, int clauseEnd, HashSet<int> used)
    {
        var end = Array.FindIndex(view.Ends, e => e == phrase.End);
        if (end < 0 || view.Word(end + 1) != "of" || !(NounLists.Things.Contains(view.Word(end)) || PartitiveNouns.Contains(view.Word(end))))
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
                // "residential areas of Kharkiv": a part of a place is what was struck, and the place where; "the town of X" is X.
                if (view.Mentions[k].Mention.Type == EntityType.Place && !PlaceFinder.SettlementNouns.Contains(view.Word(end)))
                {
                    return null;
                }

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
    internal static ActorReference? ActorAt(SentenceView view, int start, int clauseEnd, HashSet<int> used, bool voices = false)
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

    /// <summary>A person named after a nationality and capitalised title words ("Russian | President Vladimir Putin").</summary>
    internal static int? PersonAfterTitle(SentenceView view, int end)
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

    internal static bool IsCountWord(SentenceView view, int i) =>
        view.Word(i) is var word && (char.IsDigit(word.Length > 0 ? word[0] : ' ') || (word is "at" && view.Word(i + 1) is "least" or "most") || (word is "more" or "fewer" or "less" && view.Word(i + 1) == "than")
            || (word is "up" && view.Word(i + 1) == "to") || (word is "over" or "upwards" && IsCountWord(view, i + 1)) || (word == "to" && view.Word(i - 1) == "up") || word is "least" or "most" or "than" or "about" or "nearly" or "almost" or "some"
            or "around" or "dozens" or "hundreds" or "thousands" or "scores" or "tens" or "two" or "three" or "four" or "five" or "six"
            or "seven" or "eight" or "nine" or "ten" or "twelve" or "twenty" or "dozen" or "hundred" or "thousand" or "million"
            || (word == "of" && view.Word(i - 1) is "dozens" or "hundreds" or "thousands" or "scores" or "tens" or "millions"));

    /// <summary>The object: the first actor after the trigger, directly or after one of the pattern's prepositions.</summary>
    internal static List<ActorReference?> ActorsAfter(SentenceView view, TriggerMatch trigger, int clauseEnd, bool nominal, HashSet<int> used)
    {
        var prepositions = trigger.Pattern.TargetPrepositions;
        var displaced = nominal ? null : ObjectClues.DisplacedObjectStart(view, trigger, clauseEnd); // "received in Port Sudan the minister"
        for (var k = 0; k < view.Mentions.Length; k++)
        {
            var (mention, first, end) = view.Mentions[k];
            if (first < trigger.End || first >= clauseEnd || IsNested(view, k) || used.Contains(k))
            {
                continue;
            }

            var lead = first - 1;
            // "killed at least nine Palestinians"; but "handed over 150 suspects": a head pattern's particle is no count.
            while (lead >= trigger.End && (view.Word(lead) is "the" or "a" or "an" or "its" or "their" || IsCountWord(view, lead))
                && !(lead == trigger.End && trigger.Pattern.HeadOnly && view.Word(lead) == "over"))
            {
                lead--;
            }

            var direct = (lead < trigger.End || lead == displaced - 1 || (lead == trigger.End && ObjectClues.IsHeadParticle(trigger.Pattern, view.Word(lead)))) && !nominal;
            var viaPreposition = lead >= trigger.End && prepositions.Contains(view.Word(lead));
            if (!direct && !viaPreposition && IsActor(mention) && TitledName.ChainStart(view, first, trigger.End) is { } chainStart)
            {
                // "arrested former prime minister Imran Khan": the name a title introduces stands where the object does.
                lead = chainStart - 1;
                while (lead >= trigger.End && (view.Word(lead) is "the" or "a" or "an" or "its" or "their" || IsCountWord(view, lead)))
                {
                    lead--;
                }

                direct = lead < trigger.End && !nominal;
                viaPreposition = lead >= trigger.End && prepositions.Contains(view.Word(lead));
            }

            if (view.Word(lead) == "by" || (viaPreposition && AbsolutePhrases.IsAside(view, lead, end)))
            {
                continue; // the agent of a passive, or a party standing by ("with Norway among the guarantors"), not the object
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
            else if (TitledName.After(view, k, clauseEnd) is { } titled && !used.Contains(titled))
            {
                (k, mention, end) = (titled, view.Mentions[titled].Mention, view.Mentions[titled].End); // "Bosnian Serb leader Milorad Dodik"
            }

            used.Add(k);
            if (PartNouns.Contains(view.Word(end - 1)) && view.Word(end) == "of"
                && (ActorAt(view, end + 1, clauseEnd, used) ?? PhraseActors.After(view, end + 1, clauseEnd)) is { } whole)
            {
                return [whole]; // "seized the Palestinian side of the Rafah crossing": the crossing, not the side's namesake
            }

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

    /// <summary>"launched a massive attack": a verb pattern that ends in its noun, whose agent and target follow as a noun trigger's do.</summary>
    private static bool EndsInNoun(TriggerPattern pattern) => pattern.Source.Split(' ')[^1].TrimStart('{').StartsWith("n:", StringComparison.Ordinal);

    /// <summary>Where the object phrase starts: right after a verb trigger, or after one of the pattern's prepositions.</summary>
    internal static int? ObjectPhraseStart(SentenceView view, TriggerMatch trigger, int clauseEnd, bool nominal)
    {
        var next = trigger.End;
        if ((nominal || EndsInNoun(trigger.Pattern)) && view.Word(next) == "by")
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

        return nominal || TriggerMatcher.IsPassive(view.Words, trigger.First) ? null : ObjectClues.DisplacedObjectStart(view, trigger, clauseEnd) ?? next;
    }
}

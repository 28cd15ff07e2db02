using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Extraction.Entities.Linking;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Where an event happened: the place the clause introduces with "in", "near", "at"… — after the trigger first ("struck
/// targets in Yemen", "detained two men near the village of Khurvaleti"), then before it — named by the recogniser or only
/// capitalised ("in the Yangtse area"); failing that, the first place the clause names.
/// </summary>
internal static class PlaceFinder
{
    public static readonly FrozenSet<string> Locatives = FrozenSet.ToFrozenSet(["in", "at", "near", "outside", "around", "inside", "across", "throughout", "off", "along"], StringComparer.Ordinal);

    private const int MaxPathReach = 6;

    // Where an act crosses into or over a place ("air-dropped food over northern Gaza", "convoys into Gaza"); not locatives for subjects.
    private static readonly FrozenSet<string> PathWords = FrozenSet.ToFrozenSet(["over", "into"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Directions = NounLists.Load("lexicon/places/directions.txt");

    /// <summary>Nouns a place name follows as their own name ("the town of Mirebalais"), not as the owner of a part.</summary>
    public static readonly FrozenSet<string> SettlementNouns = NounLists.Load("lexicon/places/settlement-nouns.txt");


    public static ActorReference? Find(SentenceView view, int clauseStart, int clauseEnd, int triggerFirst, int triggerEnd, HashSet<int> used)
    {
        clauseStart = OwnClause.Start(view, clauseStart, triggerFirst);
        return Introduced(view, clauseStart, triggerEnd, clauseEnd, used) ?? Introduced(view, clauseStart, clauseStart, triggerFirst, used) ?? FirstNamed(view, clauseStart, clauseEnd, used);
    }

    /// <summary>The first place in [<paramref name="from"/>, <paramref name="to"/>) that a locative word introduces.</summary>
    private static ActorReference? Introduced(SentenceView view, int clauseStart, int from, int to, HashSet<int> used)
    {
        (ActorReference? unknown, var unknownEnd) = (null, 0);
        for (var i = Math.Max(from, 1); i < to; i++)
        {
            if (unknown is not null && i > unknownEnd + MaxPathReach)
            {
                break;
            }

            // "a plan to unite the region in northern Iraq": a later infinitive is another act, with its own place ("threatened to blow it up in Cyprus" is one).
            if (i - 1 > from && IsInfinitive(view, i - 1))
            {
                break;
            }

            // "in the north", "in northern Iraq": direction words narrow the place and belong to it.
            var (lead, regionStart, withArticle) = (i - 1, i, false);
            while (lead > clauseStart && (view.Word(lead) is "the" || Directions.Contains(view.Word(lead))))
            {
                withArticle |= view.Word(lead) is "the";
                regionStart = view.Word(lead) is "the" ? regionStart : lead;
                lead--;
            }

            var locative = Locatives.Contains(view.Word(lead)) || (PathWords.Contains(view.Word(lead)) && lead >= from && lead - from < MaxPathReach);
            // "the town of Arbil" names the town; "the Kurdish region of northern Iraq" only says where the region lies.
            var settled = view.Word(lead) == "of" && SettlementNouns.Contains(view.Word(lead - 1)) && regionStart == i;
            var partOf = view.Word(lead) == "of" && (NounLists.Things.Contains(view.Word(lead - 1)) || view.Word(lead - 1) is "outskirts"); // "residential areas of Kharkiv"
            var named = locative || settled;
            var k = Array.FindIndex(view.Mentions, m => m.First == i);
            if (unknown is not null && !Locatives.Contains(view.Word(lead)))
            {
                continue; // "in the Yangtse area of Arunachal Pradesh": only a place set by its own locative is preferred to the unknown one
            }

            if (!named && !(partOf && k >= 0 && view.Mentions[k].Mention.Type == EntityType.Place))
            {
                continue;
            }

            // "fighting continued near the airport": a landmark named by its common noun right after a locative.
            if (k < 0 && unknown is null && withArticle && regionStart == i && view.Word(lead) is "near" or "outside" or "around" or "inside" && NounLists.Ground.Contains(view.Word(i))
                && !char.IsUpper(view.Text[view.Starts[i]]) && view.Word(i + 1) != "of" && (i + 1 >= to || !NounLists.Ground.Contains(view.Word(i + 1))))
            {
                (unknown, unknownEnd) = (new ActorReference(view.Starts[i], view.Ends[i], NewEntityIds.For(EntityType.Place, view.Word(i)), view.Word(i), EntityType.Place, null, null), i + 1);
                continue;
            }

            if (k >= 0)
            {
                // "in Russia's Krasnodar region": the part named after the possessive is where it happened.
                if (view.Word(view.Mentions[k].End) is "'s" or "’s" && Array.FindIndex(view.Mentions, m => m.First == view.Mentions[k].End + 1 && m.Mention.Type is EntityType.Place) is var part and >= 0)
                {
                    (k, regionStart) = (part, view.Mentions[part].First);
                }

                var mention = view.Mentions[k].Mention;
                // A country names a place ("in Syria", "in the West Bank"), but not as an adjective ("in the Nigerian capital") or through an
                // institution of it ("outside the Chinese embassy").
                var isLocation = mention.Type is EntityType.Place || (mention.Type is EntityType.Country && mention.Sector is null or "GOV" && (!withArticle || (view.Mentions[k].End - i > 1 && NamedWords.IsCapitalised(view, view.Mentions[k].End - 1))));
                // "in Mir Ali, North Waziristan", "in the Krishna Ghati sector": a name the knowledge base lacks, where a place stands, is one.
                var unknownName = NewEntityIds.IsNew(mention.EntityId) && mention.Type is EntityType.Person or EntityType.Organization && mention.Sector is null && (view.Word(lead) is "in" or "near" || (locative && PathWords.Contains(view.Word(lead))));
                if ((isLocation || unknownName) && !used.Contains(k) && !ArgumentFinder.IsNested(view, k))
                {
                    return isLocation ? Region(view, mention, regionStart) : new ActorReference(mention.Start, mention.End, NewEntityIds.For(EntityType.Place, mention.Name), mention.Name, EntityType.Place, null, null);
                }

                continue;
            }

            // An unknown capitalised name is a place only where a locative or a settlement noun sets it ("in the Yangtse area").
            if ((Locatives.Contains(view.Word(lead)) || settled) && NamedWords.IsCapitalised(view, i) && !CalendarWords.IsCalendarName(view.Word(i)) && !view.Mentions.Any(m => m.First <= i && i < m.End))
            {
                var end = i + 1;
                while (end < to && end - i < 4 && (NamedWords.IsCapitalised(view, end) || (view.Word(end) is "de" or "al" or "el" or "la" && NamedWords.IsCapitalised(view, end + 1))) && !view.Mentions.Any(m => m.First == end))
                {
                    end++;
                }

                // "along the International Border in Samba district": a place the recogniser knows, named next, is surer.
                var name = view.Text[view.Starts[i]..view.Ends[end - 1]];
                unknown ??= new ActorReference(view.Starts[i], view.Ends[end - 1], NewEntityIds.For(EntityType.Place, name), name, EntityType.Place, null, null);
                (i, unknownEnd) = unknown.End == view.Ends[end - 1] ? (end - 1, end) : (i, unknownEnd);
            }
        }

        return unknown;
    }

    /// <summary>The place <paramref name="mention"/> names, widened to the direction words before it from word <paramref name="start"/> ("northern Iraq").</summary>
    public static ActorReference Region(SentenceView view, EntityMention mention, int start)
    {
        var reference = ActorReference.From(mention);
        return view.Starts[start] < mention.Start ? reference with { Start = view.Starts[start], Name = view.Text[view.Starts[start]..mention.End] } : reference;
    }

    /// <summary>Where the direction words before word <paramref name="first"/> begin ("southern | Lebanon"), or <paramref name="first"/>.</summary>
    public static int DirectionStart(SentenceView view, int first, int floor)
    {
        while (first - 1 >= floor && Directions.Contains(view.Word(first - 1)))
        {
            first--;
        }

        return first;
    }

    /// <summary>The first place the clause names at all ("a Houthi missile hit a ship off Hodeidah's coast").</summary>
    private static ActorReference? FirstNamed(SentenceView view, int clauseStart, int clauseEnd, HashSet<int> used)
    {
        for (var k = 0; k < view.Mentions.Length; k++)
        {
            var (mention, first, _) = view.Mentions[k];
            if (first >= clauseStart && first < clauseEnd && mention.Type is EntityType.Place && !used.Contains(k) && !ArgumentFinder.IsNested(view, k))
            {
                return ActorReference.From(mention);
            }
        }

        return null;
    }

    private static bool IsInfinitive(SentenceView view, int i) =>
        view.Word(i) == "to" && view.Word(i + 1) is { Length: > 2 } next && char.IsLower(view.Text[view.Starts[i + 1]]) && char.IsLetter(next[0])
        && next is not ("the" or "an" or "its" or "their" or "his" or "her" or "within" or "nearby") && !Directions.Contains(next) && !NounLists.Things.Contains(next) && !NounLists.People.Contains(next);
}

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

    private static readonly FrozenSet<string> CalendarWords = FrozenSet.ToFrozenSet(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "spring", "summer", "autumn", "fall", "winter", "ramadan", "christmas", "easter"],
        StringComparer.Ordinal);

    public static ActorReference? Find(SentenceView view, int clauseStart, int clauseEnd, int triggerFirst, int triggerEnd, HashSet<int> used) =>
        Introduced(view, clauseStart, triggerEnd, clauseEnd, used) ?? Introduced(view, clauseStart, clauseStart, triggerFirst, used) ?? FirstNamed(view, clauseStart, clauseEnd, used);

    /// <summary>The first place in [<paramref name="from"/>, <paramref name="to"/>) that a locative word introduces.</summary>
    private static ActorReference? Introduced(SentenceView view, int clauseStart, int from, int to, HashSet<int> used)
    {
        for (var i = Math.Max(from, 1); i < to; i++)
        {
            var lead = i - 1;
            while (lead > clauseStart && view.Word(lead) is "the")
            {
                lead--;
            }

            var locative = Locatives.Contains(view.Word(lead));
            var named = locative || (view.Word(lead) == "of" && view.Word(lead - 1) is "village" or "town" or "city" or "district" or "area" or "region" or "camp");
            if (!named)
            {
                continue;
            }

            var k = Array.FindIndex(view.Mentions, m => m.First == i);
            if (k >= 0)
            {
                var mention = view.Mentions[k].Mention;
                // A country names a place ("in Syria", "in the West Bank"), but not as an adjective ("in the Nigerian capital") or through an
                // institution of it ("outside the Chinese embassy").
                var isLocation = mention.Type is EntityType.Place || (mention.Type is EntityType.Country && mention.Sector is null or "GOV" && (lead == i - 1 || (view.Mentions[k].End - i > 1 && IsCapitalised(view, view.Mentions[k].End - 1))));
                // "in Mir Ali, North Waziristan", "in the Krishna Ghati sector": a name the knowledge base lacks, where a place stands, is one.
                var unknownName = NewEntityIds.IsNew(mention.EntityId) && mention.Type is EntityType.Person or EntityType.Organization && mention.Sector is null && view.Word(lead) is "in" or "near";
                if ((isLocation || unknownName) && !used.Contains(k) && !ArgumentFinder.IsNested(view, k))
                {
                    return isLocation ? ActorReference.From(mention) : new ActorReference(mention.Start, mention.End, NewEntityIds.For(EntityType.Place, mention.Name), mention.Name, EntityType.Place, null, null);
                }

                continue;
            }

            if (IsCapitalised(view, i) && !CalendarWords.Contains(view.Word(i)) && !view.Mentions.Any(m => m.First <= i && i < m.End))
            {
                var end = i + 1;
                while (end < to && end - i < 4 && (IsCapitalised(view, end) || (view.Word(end) is "de" or "al" or "el" or "la" && IsCapitalised(view, end + 1))) && !view.Mentions.Any(m => m.First == end))
                {
                    end++;
                }

                var name = view.Text[view.Starts[i]..view.Ends[end - 1]];
                return new ActorReference(view.Starts[i], view.Ends[end - 1], NewEntityIds.For(EntityType.Place, name), name, EntityType.Place, null, null);
            }
        }

        return null;
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

    private static bool IsCapitalised(SentenceView view, int i) =>
        i < view.Words.Length && view.Words[i].Length > 0 && char.IsUpper(view.Text[view.Starts[i]]) && char.IsLetter(view.Words[i][0]);
}

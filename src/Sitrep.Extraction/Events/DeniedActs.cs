using Sitrep.Core.Annotation;
using Sitrep.Core.Data;
using Sitrep.Core.Text;
using Sitrep.Extraction.Attributions;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Events;

/// <summary>
/// How a denial that names no act of its own finds the act it answers: what it points back with ("denied involvement",
/// "dismissed the reports as groundless"), and whether its speaker speaks for the act's doer ("Eritrea's information
/// minister" for Eritrean troops, "the gang's leader" for the Grand Ravine gang).
/// </summary>
internal static class DeniedActs
{
    private static readonly ILookup<string, string> Refutations = DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/events/refutations.tsv")
        .Select(line => line.Split('\t')).ToLookup(cells => cells[0], cells => cells[1], StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string> StruckParticiples = Text.NounLists.Load("lexicon/events/struck-participles.txt");

    private static readonly HashSet<string> RefutingClaims = [.. Refutations["subject"].SelectMany(subject => Refutations["predicate"].Select(predicate => subject + " " + predicate))];
    private static readonly int LongestRefutingClaim = RefutingClaims.Max(claim => claim.Length);

    /// <summary>"it", "involvement", "the reports", or only a characterisation after the cue ("as groundless", "as a smear").</summary>
    public static bool PointsBack(string claim)
    {
        var words = claim.Trim().TrimEnd('.', ',', ';').Trim();
        return AttributionWords.Default.DenialObjects.Contains(words.ToLowerInvariant()) || words.StartsWith("as ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when <paramref name="speaker"/> is, belongs to or speaks for <paramref name="doer"/>.</summary>
    public static bool SpeaksFor(SentenceView view, ActorReference speaker, ActorReference? doer)
    {
        if (doer is null)
        {
            return false;
        }

        if (doer.EntityId == speaker.EntityId || (doer.Country is { } country && country == speaker.Country))
        {
            return true;
        }

        // "Eritrea's information minister Yemane Gebremeskel": a speaker named by the country that employs him.
        if (doer.Country is { } doers && view.Mentions.Any(m => m.Mention.Start >= speaker.Start && m.Mention.End <= speaker.End
            && m.Mention.Type == EntityType.Country && m.Mention.Country == doers))
        {
            return true;
        }

        // "the gang's leader" for "the Grand Ravine gang": the body a spokesman or leader heads, by its head noun.
        var said = view.Text[speaker.Start..speaker.End].ToLowerInvariant();
        var apostrophe = said.IndexOfAny(['\'', '’']);
        // The doer's name and the word after it: "the Red Hand gang".
        var after = view.Text.IndexOf(' ', Math.Min(view.Text.Length, doer.End + 1));
        var done = view.Text[doer.Start..(after < 0 ? view.Text.Length : after)].ToLowerInvariant();
        if (apostrophe <= 4 || !said.StartsWith("the ", StringComparison.Ordinal) || said.IndexOf(' ', 4) is var gap && gap >= 0 && gap < apostrophe)
        {
            return false;
        }

        var head = " " + said[4..apostrophe];
        return done.EndsWith(head, StringComparison.Ordinal) || view.Text[doer.Start..doer.End].ToLowerInvariant().EndsWith(head, StringComparison.Ordinal);
    }

    /// <summary>
    /// "… blamed Ukrainian special services for Saturday's truck bombing. Kyiv denied carrying out the attack.": a denied attack
    /// named with a definite noun and no weapon is the attack claimed before, and is made the way that one was.
    /// </summary>
    public static List<EventMention> WithAnsweredMode(SentenceView view, List<EventMention> found, List<EventMention> earlier)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var denial = found[i];
            // A denial answered across sentences keeps the claimed act's trigger, which lies before this sentence.
            if (denial is not { Polarity: Polarity.Denied, Type: EventType.Assault, Mode: null, Source: { } denier }
                || denial.Trigger.End <= view.Sentence.Start || !DefiniteNoun(view.Text[view.Sentence.Start..denial.Trigger.End]))
            {
                continue;
            }

            var answered = earlier.LastOrDefault(e => e is { Type: EventType.Assault, Polarity: Polarity.Asserted, Mode: not null } && SpeaksFor(view, denier, e.Source));
            if (answered is not null)
            {
                found[i] = denial with { Mode = answered.Mode, Cameo = answered.Cameo };
            }
        }

        return found;
    }

    /// <summary>"… carrying out the attack", "launching the attack": the trigger's last word is a noun after "the".</summary>
    private static bool DefiniteNoun(string upToTrigger)
    {
        var words = upToTrigger.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[^2].Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "X denied that Rwandan troops were fighting in North Kivu, as a UN experts' report had said": the claim the denial
    /// answers is told too, asserted by the one it is attributed to after "as".
    /// </summary>
    public static IEnumerable<EventMention> ClaimsAnswered(SentenceView view, List<Attribution> attributions, List<EventMention> found)
    {
        foreach (var denial in attributions.Where(a => a.Kind == AttributionKind.Denied && a.Claim != a.Cue))
        {
            var claim = attributions.FirstOrDefault(a => a.Kind == AttributionKind.Said && a.Cue.Start >= denial.Claim.End
                && view.Text.AsSpan(denial.Claim.End, a.Cue.Start - denial.Claim.End).TrimStart(" ,").StartsWith("as ", StringComparison.Ordinal));
            if (claim is null)
            {
                continue;
            }

            foreach (var denied in found.Where(e => e.Polarity == Polarity.Denied && denial.Claim.Contains(e.Trigger) && ReferenceEquals(e.ClaimedBy, denial.Speaker)))
            {
                yield return denied with { Polarity = Polarity.Asserted, ClaimedBy = claim.Speaker };
            }
        }
    }

    /// <summary>
    /// "The information does not correspond to reality, stated the Armenian Defense Ministry.": a speaker who calls the report
    /// before untrue denies the act it told; the denial names no trigger of its own, so it keeps the act's.
    /// </summary>
    public static IEnumerable<EventMention> Refuted(SentenceView view, List<Attribution> attributions, List<EventMention> earlier)
    {
        foreach (var said in attributions.Where(a => a.Kind == AttributionKind.Said && a.Claim != a.Cue))
        {
            // The claim up to its first comma: "The information is not true, the Front stated" reads "…, the" into the claim.
            // Most claims are long reports: only a short one is read (this runs on every reported sentence).
            var whole = view.Text.AsSpan(said.Claim.Start, said.Claim.Length);
            var stop = whole.IndexOfAny(',', '.', ';');
            var part = (stop >= 0 ? whole[..stop] : whole).Trim();
            if (part.Length > LongestRefutingClaim || !RefutingClaims.Contains(part.ToString().ToLowerInvariant()))
            {
                continue;
            }

            var speaker = said.Speaker;
            var told = earlier.Where(e => e.Polarity == Polarity.Asserted && e.Type != EventType.Accuse && e.ClaimedBy is { } teller && teller.EntityId != speaker.EntityId).ToList();
            var answered = told.LastOrDefault(e => SpeaksFor(view, speaker, e.Source)) ?? told.LastOrDefault();
            if (answered is not null)
            {
                yield return answered with { Polarity = Polarity.Denied, ClaimedBy = speaker, Evidence = view.Sentence.Span, Quantities = [], ContradictedBy = [] };
            }
        }
    }

    /// <summary>
    /// "The Houthis claimed to have targeted the aircraft carrier …, but a US official denied the carrier had been hit": a denial
    /// that the target named before was struck denies that attack, told by the participle.
    /// </summary>
    public static IEnumerable<EventMention> DeniedStrikes(SentenceView view, List<Attribution> attributions, List<EventMention> found)
    {
        foreach (var denial in attributions.Where(a => a.Kind == AttributionKind.Denied && a.Claim != a.Cue && !found.Exists(e => a.Claim.Contains(e.Trigger))))
        {
            var first = Array.FindIndex(view.Starts, s => s >= denial.Claim.Start);
            if (first < 0)
            {
                continue;
            }

            var j = view.Word(first) == "that" ? first + 1 : first;
            if (view.Word(j) != "the")
            {
                continue;
            }

            var noun = view.Word(j + 1);
            var k = j + 2;
            while (view.Word(k) is "had" or "has" or "have" or "been" or "was" or "were" or "is" or "are")
            {
                k++;
            }

            if (k == j + 2 || !StruckParticiples.Contains(view.Word(k)) || view.Ends[k] > denial.Claim.End)
            {
                continue;
            }

            var answered = found.LastOrDefault(e => e is { Type: EventType.Assault, Polarity: Polarity.Asserted, Target: { } target } && e.Trigger.End <= denial.Cue.Start
                && NamedAs(view, target, noun));
            if (answered is not null)
            {
                yield return answered with { Trigger = new TextSpan(view.Starts[k], view.Ends[k]), Polarity = Polarity.Denied, ClaimedBy = denial.Speaker, Quantities = [], ContradictedBy = [] };
            }
        }
    }

    /// <summary>"the aircraft carrier USS Dwight D. Eisenhower" is "the carrier": the noun is in the target or among the words just before it.</summary>
    private static bool NamedAs(SentenceView view, ActorReference target, string noun)
    {
        var first = Array.FindIndex(view.Starts, s => s >= target.Start);
        var last = Array.FindLastIndex(view.Ends, e => e <= target.End);
        return first >= 0 && last >= first && Enumerable.Range(Math.Max(0, first - 3), last - Math.Max(0, first - 3) + 1).Any(i => view.Words[i] == noun);
    }
}

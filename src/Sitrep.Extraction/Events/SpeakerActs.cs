using Sitrep.Core.Annotation;
using Sitrep.Core.Text;

namespace Sitrep.Extraction.Events;

/// <summary>
/// A verb joined by "and" after a report or a denial is the speaker's own next act once the reported clause has run its
/// course: "Vucic denied that Belgrade had any role in the attack and accused Kurti", "Aliyev said the plane had been shot
/// down by Russia and demanded …", "Israel said the terms were far from its demands and pressed on with strikes".
/// </summary>
internal static class SpeakerActs
{
    /// <summary>The report or denial whose claim ends last before the trigger, once for each of its speakers.</summary>
    public static List<Attribution> Ended(List<Attribution> attributions, TextSpan trigger)
    {
        var before = attributions.Where(a => a.Claim != a.Cue && a.Claim.End <= trigger.Start && a.Cue.End <= trigger.Start).ToList();
        var last = before.MaxBy(a => a.Claim.End);
        return last is null ? [] : [.. before.Where(a => a.Claim == last.Claim && a.Cue == last.Cue)];
    }

    /// <summary>Whether the act at <paramref name="match"/> is the next act of the speaker of <paramref name="claim"/>, not part of the claim.</summary>
    public static bool Continues(SentenceView view, TriggerMatch match, Attribution claim, bool nominal)
    {
        if ((nominal ? GoverningVerbs.LightVerbBefore(view, match.First, match.End) : match.First) is not { } verb
            || !Inflector.IsPastForm(view.Word(verb)) || TriggerMatcher.IsPassive(view.Words, verb))
        {
            return false;
        }

        var join = verb - 1;
        while (view.Word(join) is "also" or "then" or "later")
        {
            join--;
        }

        var said = Array.FindIndex(view.Starts, start => start >= claim.Cue.End);
        if (view.Word(join) != "and" || said < 0 || said >= join)
        {
            return false;
        }

        // A claim that ended before the trigger must end at the joining "and" ("denied that Belgrade had any role in the attack | and accused").
        if (claim.Claim.End <= view.Starts[match.First] && Array.FindIndex(view.Ends, end => end > claim.Claim.End) is var next && next >= 0 && next < join && view.Word(next) != ",")
        {
            return false;
        }

        var verbal = match.Pattern.Type is EventType.Reject or EventType.Request or EventType.Threaten or EventType.Accuse or EventType.Support;
        if (claim.Kind == AttributionKind.Denied)
        {
            return verbal;
        }

        // The reported clause's own verb: with no actor as its subject, only the speaker is left to do the next act; in the
        // past perfect, a plain past verb after it goes back to the speaker's time, unless it is an act of force that the
        // reported doer goes on with ("said rebels had stormed the town and killed five").
        var first = view.Word(said) == "that" ? said + 1 : said;
        if (SharedSubjects.FirstVerb(view, first, join) is not { } finite)
        {
            return false;
        }

        // "said it had brokered a ceasefire … and persuaded them": a pronoun for the speaker keeps the next act inside the claim.
        if (view.Word(finite - 1) is "it" or "they" or "he" or "she" or "we")
        {
            return false;
        }

        var actorSubject = view.Mentions.Any(m => m.First >= first && m.First < finite && ArgumentFinder.IsActor(m.Mention))
            || Enumerable.Range(first, finite - first).Any(i => Text.NounLists.People.Contains(view.Word(i)));
        var force = match.Pattern.Type is EventType.Assault or EventType.Coerce or EventType.Mobilize or EventType.Retreat or EventType.Protest;
        return !actorSubject || (view.Word(finite) == "had" && !force);
    }
}

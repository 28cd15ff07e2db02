using System.Collections.Immutable;
using Sitrep.Core.Annotation;

namespace Sitrep.Extraction.Events;

/// <summary>
/// "denied that Turkish forces had taken part in the September 19 offensive": the act a pattern of taking part names is
/// its own event only when the text knows it by its own date; then it is told as a fact, outside the claim or denial that
/// is about the taking part. Undated, it is only what was taken part in, and the taking part carries it.
/// </summary>
internal static class PresupposedActs
{
    private const int MaxContext = 10;

    /// <summary>The triggers with each undated act taken part in joined to its taking part ("taken part in the genocide" is one trigger).</summary>
    public static List<TriggerMatch> JoinUndated(SentenceView view, List<TriggerMatch> matches, ImmutableArray<TimeExpression> times)
    {
        var kept = new List<TriggerMatch>();
        foreach (var match in matches)
        {
            if (kept.Count > 0 && match.Pattern.IsNominal && IsPeekedBy(view, match, kept[^1]) && !DatedByModifier(view, match.First, times))
            {
                kept[^1] = kept[^1] with { End = match.End };
                continue;
            }

            kept.Add(match);
        }

        return kept;
    }

    /// <summary>True when <paramref name="match"/> is an act taken part in that the text knows by its own date: a fact outside the claim.</summary>
    public static bool IsKnownAct(SentenceView view, TriggerMatch match, List<TriggerMatch> matches, ImmutableArray<TimeExpression> times) =>
        match.Pattern.IsNominal && matches.IndexOf(match) is var index and > 0 && IsPeekedBy(view, match, matches[index - 1]) && DatedByModifier(view, match.First, times);

    /// <summary>The nominal stands in the context a head pattern of the same type only read ("taken | part in the offensive").</summary>
    private static bool IsPeekedBy(SentenceView view, TriggerMatch match, TriggerMatch head)
    {
        if (!head.Pattern.HeadOnly || !head.Pattern.Peeks || head.Pattern.Type != match.Pattern.Type || match.First - head.End > MaxContext)
        {
            return false;
        }

        for (var j = head.End; j < match.First; j++)
        {
            if (view.IsBoundary[j])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"the September 19 offensive", "Saturday's attack": a time expression right before the noun names the act.</summary>
    private static bool DatedByModifier(SentenceView view, int first, ImmutableArray<TimeExpression> times)
    {
        var before = view.Word(first - 1) is "'s" or "’s" ? first - 2 : first - 1;
        return before >= 0 && times.Any(t => t.End == view.Ends[before] && t.Start >= view.Sentence.Start);
    }
}

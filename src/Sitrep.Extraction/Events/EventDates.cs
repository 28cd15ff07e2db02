using System.Collections.Immutable;
using Sitrep.Core.Annotation;
using Sitrep.Core.Text;

namespace Sitrep.Extraction.Events;

/// <summary>Dates an event from the time expressions of its clause and sentence.</summary>
internal static class EventDates
{
    /// <summary>
    /// The date of the time expression nearest the trigger within its clause, else the time a "when" clause hangs on
    /// ("since August 25, when insurgents attacked"), else the sentence's only date. A year that modifies a noun ("the 2015
    /// nuclear deal") dates the thing, not the act.
    /// </summary>
    internal static Core.Time.DateValue? DateOf(SentenceView view, TriggerMatch match, ImmutableArray<TimeExpression> times)
    {
        var clauseFirst = view.ClauseStart(match.First);
        var clauseStart = view.Starts[clauseFirst];
        var clauseEndIndex = view.ClauseEnd(match.End);
        var clauseEnd = clauseEndIndex < view.Ends.Length ? view.Ends[clauseEndIndex] : view.Sentence.End;
        var (trigger, triggerEnd) = (view.Starts[match.First], view.Ends[match.End - 1]);
        var dated = times.Where(t => t.Kind == TimeKind.Date && t.Value is not null && view.Sentence.Span.Contains(t.Span) && !IsModifier(view, t, match)).ToList();
        // "recalled its envoy on Tuesday and rejected the deal …": a time before an "and" dates the verb before it.
        var inClause = dated.Where(t => t.Start >= clauseStart && t.End <= clauseEnd)
            .OrderBy(t => t.End <= trigger && view.Text.AsSpan(t.End, trigger - t.End).Contains(" and ", StringComparison.Ordinal))
            .ThenBy(t => !IsRightAfter(view, t, triggerEnd))
            .ThenBy(t => t.Start >= triggerEnd ? t.Start - triggerEnd : Math.Abs(trigger - t.End)).ToList();
        if (inClause.Count > 0)
        {
            return inClause[0].Value;
        }

        if (view.Word(clauseFirst - 1) == "when" && clauseFirst >= 2)
        {
            var before = view.Word(clauseFirst - 2) == "," ? clauseFirst - 3 : clauseFirst - 2;
            if (before >= 0 && dated.Find(t => t.End == view.Ends[before]) is { } hung)
            {
                return hung.Value;
            }
        }

        return dated.Count == 1 ? dated[0].Value : null;
    }

    /// <summary>"took effect on Saturday": a time whose preposition follows the trigger is its own, before one nearer behind it ("signed on Friday").</summary>
    private static bool IsRightAfter(SentenceView view, TimeExpression time, int triggerEnd)
    {
        var gap = view.Text.AsSpan(triggerEnd, Math.Max(0, time.Start - triggerEnd)).Trim();
        return time.Start >= triggerEnd && gap is "on" or "at" or "in" or "";
    }

    /// <summary>
    /// "the 2015 nuclear deal", "a 2019 ceasefire": a time between an article and a lower-case word names a thing, and
    /// dates another trigger only when that thing is the trigger ("the September 19 offensive").
    /// </summary>
    private static bool IsModifier(SentenceView view, TimeExpression time, TriggerMatch match)
    {
        var first = Array.FindIndex(view.Starts, s => s >= time.Start);
        var end = Array.FindIndex(view.Starts, s => s >= time.End);
        return first > 0 && end > first && view.Word(first - 1) is "the" or "a" or "an" or "its" or "their"
            && char.IsLower(view.Text[view.Starts[end]]) && char.IsLetter(view.Text[view.Starts[end]])
            && !(match.First <= first && end <= match.End) && !(match.First >= end && match.First <= end + 2);
    }
}

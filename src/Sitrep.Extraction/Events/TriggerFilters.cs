using System.Collections.Immutable;
using Sitrep.Core.Annotation;
using Sitrep.Core.Text;

namespace Sitrep.Extraction.Events;

/// <summary>Decides which trigger matches are events of their own: not words inside names or dates, not what a request embeds, not a toll that belongs to an attack, not background.</summary>
internal static class TriggerFilters
{
    /// <summary>A trigger word inside a multi-word name ("Rapid Support Forces", "Joint Operations Command") or a date ("in March") is not one.</summary>
    internal static bool InsideNameOrDate(SentenceView view, TriggerMatch match, ImmutableArray<TimeExpression> times)
    {
        foreach (var (_, first, end) in view.Mentions)
        {
            if (first <= match.First && match.End <= end && end - first > match.End - match.First)
            {
                return true;
            }
        }

        var start = view.Starts[match.First];
        var stop = view.Ends[match.End - 1];
        return times.Any(t => t.Start <= start && stop <= t.End);
    }

    /// <summary>
    /// Drops triggers the reading already covers: what a request, threat, promise or refusal embeds (but not a standing act it
    /// asks to undo, <see cref="StandingEvents"/>), and a death word ("killed") where an attack word in the same clause carries
    /// the event ("an air strike killed ten").
    /// </summary>
    internal static List<TriggerMatch> Suppress(SentenceView view, List<TriggerMatch> matches, ImmutableArray<TimeExpression> times)
    {
        var kept = new List<TriggerMatch>();
        foreach (var match in matches)
        {
            var embeddedBy = kept.LastOrDefault(k => k.Pattern.Embeds && k.End <= match.First && view.ClauseEnd(k.End) >= match.First && IsComplement(view, k, match)
                && !matches.Any(between => between.First >= k.End && between.End <= match.First)
                && !(match.Pattern.Embeds && view.Word(match.First - 1) is "and" or "but")); // "demanded an end to X and urged Y" is two requests
            if (embeddedBy.Pattern is not null && !StandingEvents.IsStanding(view, match, matches, times))
            {
                continue;
            }

            kept.Add(match);
        }

        // The death word is the attack's toll when it follows the attack ("an air strike killed ten", "shelled the town,
        // killing ten") or is "killed in/by" the attack ("were killed in air strikes"); "killed two people and took
        // three hostage" is two acts.
        // "A drone attack set fire to a refinery": the verb after an attack noun is that attack, not another one.
        return [.. kept.Where(m => (!m.Pattern.Killing || !kept.Any(other => other.Pattern.Type == EventType.Assault && !other.Pattern.Killing && IsTollOf(view, m, other)))
            && !(m.Pattern.Type == EventType.Assault && !m.Pattern.IsNominal && kept.Any(other => other.Pattern.Type == EventType.Assault && other.Pattern.IsNominal
                && other.End <= m.First && m.First - other.End <= 6 && view.ClauseStart(other.First) == view.ClauseStart(m.First))))];
    }

    private static bool IsTollOf(SentenceView view, TriggerMatch death, TriggerMatch attack)
    {
        if (attack.End <= death.First)
        {
            return view.ClauseStart(attack.First) == view.ClauseStart(death.First) || death.First - attack.End <= 3 || view.Words[death.First].EndsWith("ing", StringComparison.Ordinal);
        }

        var between = Enumerable.Range(death.End, Math.Max(0, attack.First - death.End));
        return (view.ClauseStart(attack.First) == view.ClauseStart(death.First) && between.Any(j => view.Words[j] is "in" or "by" or "during" or "from"))
            || (attack.First - death.End <= 8 && between.Any(j => view.Words[j] is "when" or "after")); // "were killed when a drone hit"
    }

    /// <summary>True when <paramref name="inner"/> is what <paramref name="outer"/> asks, threatens, promises or refuses: its "to …"/"for …" complement.</summary>
    private static bool IsComplement(SentenceView view, TriggerMatch outer, TriggerMatch inner)
    {
        for (var j = outer.End; j < inner.First; j++)
        {
            if (view.Words[j] is "to" or "for" or "that" or "on")
            {
                return true;
            }
        }

        return inner.First == outer.End;
    }

    /// <summary>A figure (not a year or an age) as the subject of a passive death word ("at least 185 people had been killed", "1,800 wounded"): the sentence counts the dead.</summary>
    internal static bool IsBareToll(SentenceView view, int first)
    {
        if (!TriggerMatcher.IsPassive(view.Words, first) && !(view.Word(first - 1) is [>= '0' and <= '9', ..] && view.Word(first).EndsWith("ed", StringComparison.Ordinal)))
        {
            return false;
        }

        for (var j = first - 1; j >= Math.Max(0, first - 8); j--)
        {
            var word = view.Words[j];
            if (word is "he" or "she" or "they" or "it" or "who")
            {
                return false;
            }

            if (word.Length > 0 && char.IsDigit(word[0]) && !(word.Length == 4 && word[0] is '1' or '2' && word.All(char.IsDigit)) && !word.Contains("-year", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The fighting", "the ceasefire", "six years of fighting": a noun trigger with no actor, place or date of its own
    /// that the text refers back to (a definite article) or measures (a length of time) is background, not a new event.
    /// </summary>
    internal static bool IsBackground(SentenceView view, TriggerMatch match, bool dated, bool ownTime)
    {
        var before = view.Word(match.First - 1);
        var twoBefore = view.Word(match.First - 2);
        return (!ownTime && before is "the" or "this" or "that" or "its" or "their")
            || (!dated && before is "of" && twoBefore is "years" or "months" or "weeks" or "days" or "decades");
    }
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Annotation;
using Sitrep.Core.Time;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Noun triggers that only name an event as the setting or topic of another ("after deadly border clashes", "since the
/// 2021 coup", "a suspect in the killing of X"): with no doer and no time of their own they are not coded.
/// </summary>
internal static class NamedOnly
{
    private static readonly FrozenSet<string> SettingWords = FrozenSet.ToFrozenSet(["after", "since", "following"], StringComparer.Ordinal);

    /// <summary>
    /// A date written on the noun itself: before it ("Saturday's attack", "the September 19 offensive") or right after it
    /// ("clashes on Saturday"). A bare year after an article ("the 2021 coup") only names which one it was.
    /// </summary>
    public static bool HasOwnTime(SentenceView view, TriggerMatch match, ImmutableArray<TimeExpression> times)
    {
        var from = view.Starts[Math.Max(0, match.First - 3)];
        var to = view.Ends[Math.Min(view.Words.Length - 1, match.End + 3)];
        foreach (var time in times)
        {
            if (time.Kind != TimeKind.Date || time.Value is null || time.End <= from || time.Start >= to)
            {
                continue;
            }

            var before = time.End <= view.Starts[match.First];
            var first = Array.FindIndex(view.Starts, s => s >= time.Start);
            if (before && time.Value.Granularity == DateGranularity.Year && view.Word(first - 1) is "the" or "a" or "an")
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>"had any role in the attack", "took part in the fighting": a noun whose doer the words before it name.</summary>
    public static bool HasDoerPhrase(SentenceView view, TriggerMatch match) =>
        view.Word(match.First - 2) == "in" && view.Word(match.First - 3) is "role" or "part" or "involvement" or "hand" or "participation";

    /// <summary>"after deadly border clashes", "since the 2021 coup": the noun is what a preposition of time hangs the clause on.</summary>
    public static bool IsSetting(SentenceView view, TriggerMatch match, ImmutableArray<TimeExpression> times)
    {
        // A verb pattern read on a plural noun ("after deadly border clashes"), not on a participle ("after attacking").
        var word0 = view.Words[match.First];
        if (!match.Pattern.IsNominal && (!word0.EndsWith('s') || word0.EndsWith("ing", StringComparison.Ordinal)))
        {
            return false;
        }

        // "after a civil war between communists and Islamists": the parties it names make it an event of its own.
        if (view.Word(match.End) is "between" or "by" or "with" or "against" or "in" or "on")
        {
            return false;
        }

        // A bare noun right after the preposition ("closes university after protests") is the cause told, not a setting named.
        for (var j = match.First - 1; j >= Math.Max(0, match.First - 4); j--)
        {
            var word = view.Word(j);
            if (SettingWords.Contains(word))
            {
                // "after an 87-day hunger strike": a length measured is an act told, not only named.
                var (from, to) = (view.Ends[j], view.Starts[match.First]);
                return j < match.First - 1 && !times.Any(t => t.Kind != TimeKind.Date && t.Start >= from && t.End <= to);
            }

            if (word.Length == 0 || !char.IsLetterOrDigit(word[0]) || view.IsBoundary[j] || word is "of" or "and" or "or" or "to")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"identified X as a suspect in the killing of Y", "blamed X for the attack": the act an accusation is about, named after it.</summary>
    public static bool IsTopicOfAccusation(SentenceView view, TriggerMatch match, IReadOnlyList<TriggerMatch> matches) =>
        view.Word(match.First - 1) == "the" && view.Word(match.First - 2) is "in" or "for"
        && matches.Any(m => m.Pattern.Type == EventType.Accuse && m.End <= match.First);
}

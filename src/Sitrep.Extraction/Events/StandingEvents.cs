using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Annotation;

namespace Sitrep.Extraction.Events;

/// <summary>
/// An act or policy a request asks to undo ("urged Israel to halt its offensive in Rafah", "called for the ban, in place
/// since 2022, to be lifted") already stands: it is coded when it has a doer or a time of its own, though what is asked is not.
/// </summary>
internal static class StandingEvents
{
    private static readonly FrozenSet<string> Undoing = Text.NounLists.Load("lexicon/events/undoing-verbs.txt");

    public static bool IsStanding(SentenceView view, TriggerMatch match, IReadOnlyList<TriggerMatch> matches, ImmutableArray<TimeExpression> times)
    {
        if (!match.Pattern.IsNominal)
        {
            return false;
        }

        var determiner = view.Word(match.First - 1);
        var verb = determiner is "the" or "its" or "their" or "his" or "her" ? match.First - 2 : match.First - 1;
        var undone = Undoing.Contains(view.Word(verb))
            || (view.Word(match.End) == "to" && view.Word(match.End + 1) == "be" && Undoing.Contains(view.Word(match.End + 2)));
        if (!undone)
        {
            return false;
        }

        if (determiner is "its" or "their" or "his" or "her")
        {
            return true;
        }

        // "the ban …, which has been in place since December 2022": a date told of the noun before any other act is named.
        var next = matches.Where(m => m.First >= match.End).Select(m => view.Starts[m.First]).DefaultIfEmpty(view.Sentence.End).Min();
        return times.Any(t => t.Kind == TimeKind.Date && t.Value is not null && t.Start >= view.Ends[match.End - 1] && t.End <= next && t.End <= view.Sentence.End);
    }
}

using System.Collections.Frozen;
using Sitrep.Core.Annotation;

namespace Sitrep.Extraction.Events;

/// <summary>Modes an attack's trigger does not give but its sentence does: raids flown by aircraft, killings of office-holders.</summary>
internal static class ModeClues
{
    private static readonly FrozenSet<string> Offices = Text.NounLists.Load("lexicon/events/office-nouns.txt");

    /// <summary>"warplanes launched a series of raids on Khan Younis": a raid made by aircraft is an attack from the air, not a search.</summary>
    public static string? AirRaid(SentenceView view, TriggerMatch match)
    {
        if (!view.Words[match.First].StartsWith("raid", StringComparison.Ordinal))
        {
            return null;
        }

        var mode = WeaponModes.Within(view.Words, view.ClauseStart(match.First), view.ClauseEnd(match.End));
        return mode is "aerial" or "drone" ? mode : null;
    }

    /// <summary>"Carlos Manzo, the mayor of Uruapan, was shot dead", "gunmen killed Governor X": a named office-holder killed is an assassination.</summary>
    public static bool KillsOfficeHolder(SentenceView view, ActorReference? target)
    {
        if (target is not { Type: EntityType.Person })
        {
            return false;
        }

        var first = Array.IndexOf(view.Starts, target.Start);
        var last = Array.IndexOf(view.Ends, target.End);
        if (first < 0 || last < 0)
        {
            return false;
        }

        if (Offices.Contains(view.Word(first - 1)))
        {
            return true;
        }

        var j = last + 1;
        if (view.Word(j) != ",")
        {
            return false;
        }

        j++;
        if (view.Word(j) is "the" or "a" or "an")
        {
            j++;
        }

        return Offices.Contains(view.Word(j)) || (Offices.Contains(view.Word(j + 1)) && view.Word(j + 1) != view.Word(j));
    }
}

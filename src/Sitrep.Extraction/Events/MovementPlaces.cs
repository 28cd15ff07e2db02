using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Extraction.Entities.Linking;
using static Sitrep.Extraction.Events.NamedWords;

namespace Sitrep.Extraction.Events;

/// <summary>Places of forces that move: where troops are deployed to or withdrawn from, named as ground rather than as an actor.</summary>
internal static class MovementPlaces
{
    /// <summary>"deployed about 2,500 troops to Kazakhstan", "withdrew thousands of troops from Somalia": where the forces go or leave.</summary>
    internal static ActorReference? Destination(SentenceView view, TriggerMatch trigger, int clauseEnd, HashSet<int> used)
    {
        for (var j = trigger.End - 1; j < Math.Min(clauseEnd - 1, trigger.End + 8); j++)
        {
            // Forces go to or into a place ("deployed troops to Kosovo") and withdraw from or out of one.
            var passage = trigger.Pattern.Type == EventType.Mobilize ? view.Word(j) is "to" or "into" : view.Word(j) == "from" || (view.Word(j) == "of" && view.Word(j - 1) == "out");
            if (!passage)
            {
                continue;
            }

            var first = j + 1;
            while (view.Word(first) is "the")
            {
                first++;
            }

            var name = first;
            while (name < first + 2 && MentionAt(view, name) is null && PlaceFinder.DirectionStart(view, name + 1, name) == name)
            {
                name++; // "into northern Gaza"
            }

            // "to Kosovo", not "in response to Iraqi attacks": a country named, not its adjective.
            if (MentionAt(view, name) is { } k && !used.Contains(k) && view.Mentions[k].Mention is var mention && IsGround(ActorReference.From(mention))
                && (mention.Type != EntityType.Country || string.Equals(view.Text[mention.Start..mention.End], mention.Name, StringComparison.OrdinalIgnoreCase)))
            {
                used.Add(k);
                return PlaceFinder.Region(view, mention, first);
            }
        }

        return null;
    }

    private static readonly FrozenSet<string> MovingActs = Text.NounLists.Load("lexicon/events/moving-acts.txt");

    /// <summary>Forces sent somewhere or pulled out of somewhere, people moved out of somewhere.</summary>
    internal static bool IsMovement(TriggerMatch trigger) =>
        trigger.Pattern.Type == EventType.Mobilize || (trigger.Pattern.Type == EventType.Retreat && trigger.Pattern.Mode == "withdraw")
        || MovingActs.Contains(trigger.Pattern.Source.Split(' ')[0].Split(':')[^1]);

    /// <summary>A country or place named as ground, not as a force or an office of it ("Russian forces", "Kyiv" for its government stay actors).</summary>
    internal static bool IsGround(ActorReference reference) =>
        reference.Type == EntityType.Place || (reference.Type == EntityType.Country && reference.Sector is null or "GOV")
        || (NewEntityIds.IsNew(reference.EntityId) && reference.Type is EntityType.Person or EntityType.Organization && reference.Sector is null); // "withdrawn from Lyman": an unknown name where a place stands

    /// <summary>The ground a reference names — a place, a country as land, or direction words before one ("southern Lebanon") — or null.</summary>
    internal static ActorReference? GroundOf(SentenceView view, ActorReference? reference)
    {
        if (reference is null || IsGround(reference))
        {
            return reference is null ? null : reference;
        }

        if (reference.Type != EntityType.Other || WordAt(view, reference.Start, start: true) is not (var first and >= 0))
        {
            return null;
        }

        var name = first;
        while (MentionAt(view, name) is null && PlaceFinder.DirectionStart(view, name + 1, name) == name) // "North Waziristan" is one name
        {
            name++;
        }

        return MentionAt(view, name) is { } k && view.Mentions[k].Mention is var mention && mention.End == reference.End && IsGround(ActorReference.From(mention))
            ? PlaceFinder.Region(view, mention, first)
            : null;
    }
}

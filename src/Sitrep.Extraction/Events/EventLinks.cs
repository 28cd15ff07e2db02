using System.Collections.Immutable;
using Sitrep.Core.Annotation;
using Sitrep.Core.Text;

namespace Sitrep.Extraction.Events;

/// <summary>Links the events of a document: duplicates merged, tolls attached to their events, claims to the denials that contradict them.</summary>
internal static class EventLinks
{
    internal static List<EventMention> Deduplicate(List<EventMention> events) =>
        [.. events.DistinctBy(e => (e.Type, e.Trigger, e.Source?.EntityId, e.Target?.EntityId, e.Polarity, e.ClaimedBy?.EntityId))];

    internal static IEnumerable<EventMention> LinkQuantities(List<EventMention> events, ImmutableArray<QuantityMention> quantities, Sentence sentence)
    {
        var linked = events.Select(e => new List<int>()).ToList();
        for (var q = 0; q < quantities.Length; q++)
        {
            var quantity = quantities[q];
            if (!sentence.Span.Contains(quantity.Span) || events.Count == 0)
            {
                continue;
            }

            bool Prefers(EventMention e) => quantity.Measure switch
            {
                Measure.Killed or Measure.Wounded or Measure.Missing => e.Type == EventType.Assault,
                Measure.Detained => e.Type is EventType.Coerce or EventType.Assault,
                Measure.Displaced => e.Type is EventType.Assault or EventType.Coerce or EventType.Aid,
                _ => true,
            };
            var best = Enumerable.Range(0, events.Count)
                .OrderByDescending(i => Prefers(events[i]))
                .ThenBy(i => Math.Abs(events[i].Trigger.Start - quantity.Span.Start))
                .First();
            if (Prefers(events[best]))
            {
                linked[best].Add(q);
            }
        }

        return events.Select((e, i) => e with { Quantities = [.. linked[i]] });
    }

    /// <summary>A claim and its denial (same type and actor, one asserted, one denied or negated) contradict each other.</summary>
    internal static IEnumerable<EventMention> LinkContradictions(List<EventMention> events)
    {
        var contradictions = events.Select(_ => new List<int>()).ToList();
        for (var i = 0; i < events.Count; i++)
        {
            for (var j = i + 1; j < events.Count; j++)
            {
                var (a, b) = (events[i], events[j]);
                var opposed = (a.Polarity == Polarity.Asserted) != (b.Polarity == Polarity.Asserted)
                    && (a.Polarity is Polarity.Denied or Polarity.Asserted or Polarity.Negated) && (b.Polarity is Polarity.Denied or Polarity.Asserted or Polarity.Negated);
                if (opposed && a.Type == b.Type && SameActor(a.Source, b.Source) && (a.Target is null || b.Target is null || SameActor(a.Target, b.Target)))
                {
                    contradictions[i].Add(j);
                    contradictions[j].Add(i);
                }
            }
        }

        return events.Select((e, i) => e with { ContradictedBy = [.. contradictions[i]] });
    }

    private static bool SameActor(ActorReference? a, ActorReference? b) =>
        a is not null && b is not null && (a.EntityId == b.EntityId || (a.Country is not null && a.Country == b.Country));
}

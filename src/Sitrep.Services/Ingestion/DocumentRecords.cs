using System.Collections.Immutable;
using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Storage;
using Sitrep.Extraction.Events;
using Sitrep.Fusion.Entities;
using Sitrep.Knowledge;

namespace Sitrep.Services.Ingestion;

/// <summary>
/// Turns a document's entity, event and quantity layers into the rows the store keeps: entities (new ones joined
/// across documents), their mentions, and events and quantities whose actors point at those entities — an actor that
/// no entity mention covers (a noun phrase such as "the protesters") becomes an entity of its own.
/// </summary>
public sealed class DocumentRecords
{
    private readonly Document _document;
    private readonly NewEntityResolver _resolver;
    private readonly Dictionary<string, EntityRecord> _entities = new(StringComparer.Ordinal);
    private readonly List<EntityMentionRecord> _mentions = [];
    private readonly HashSet<(int, int, string)> _mentioned = [];
    private readonly Dictionary<string, string> _recordIds = new(StringComparer.Ordinal);

    private DocumentRecords(Document document, NewEntityResolver resolver)
    {
        _document = document;
        _resolver = resolver;
    }

    public IReadOnlyList<EntityRecord> Entities => [.. _entities.Values];

    public IReadOnlyList<EntityMentionRecord> Mentions => _mentions;

    public IReadOnlyList<EventRecord> Events { get; private set; } = [];

    public IReadOnlyList<QuantityRecord> Quantities { get; private set; } = [];

    public static DocumentRecords For(
        Document document, ImmutableArray<EntityMention> entities, ImmutableArray<EventMention> events, ImmutableArray<QuantityMention> quantities, NewEntityResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(resolver);
        var records = new DocumentRecords(document, resolver);
        foreach (var mention in entities)
        {
            var record = records.Entity(mention.EntityId, mention.Name, mention.Type, mention.InKnowledgeBase, mention.Country);
            records.Mention(mention.Start, mention.End, record.Id, mention.Sector, mention.Score, mention.Source);
        }

        records.Events = [.. events.Select((e, i) => records.Event(e, i, quantities))];
        // The quantity layer is read before events exist; the events say which tolls are theirs.
        var owners = new Dictionary<int, int>();
        for (var e = 0; e < events.Length; e++)
        {
            foreach (var q in events[e].Quantities)
            {
                owners.TryAdd(q, e);
            }
        }

        records.Quantities = [.. quantities.Select((q, i) => records.Quantity(q, i, owners.TryGetValue(i, out var owner) ? owner : null))];
        return records;
    }

    public static string EventId(string documentId, int index) => $"{documentId}-e{index}";

    public static string QuantityId(string documentId, int index) => $"{documentId}-q{index}";

    private EventRecord Event(EventMention mention, int index, ImmutableArray<QuantityMention> quantities)
    {
        var scale = CameoScale.Of(mention.Cameo);
        return new EventRecord(
            EventId(_document.Id, index),
            _document.Id,
            mention.Type,
            mention.Mode,
            mention.Cameo,
            scale?.QuadClass,
            scale?.Goldstein,
            Actor(mention.Source),
            Actor(mention.Target),
            Actor(mention.Place),
            mention.Date,
            mention.Polarity,
            Actor(mention.ClaimedBy),
            mention.Trigger,
            mention.Evidence,
            [.. mention.Quantities.Where(q => q < quantities.Length).Select(q => QuantityId(_document.Id, q))],
            [.. mention.ContradictedBy.Select(e => EventId(_document.Id, e))]);
    }

    private QuantityRecord Quantity(QuantityMention mention, int index, int? eventIndex) => new(
        QuantityId(_document.Id, index),
        _document.Id,
        mention.Measure,
        mention.Value,
        mention.Upper,
        mention.Qualifier,
        mention.Date,
        Actor(mention.ClaimedBy),
        eventIndex is { } e ? EventId(_document.Id, e) : null,
        mention.Span,
        mention.Evidence);

    private ActorRecord? Actor(ActorReference? actor)
    {
        if (actor is null)
        {
            return null;
        }

        var record = _recordIds.TryGetValue(actor.EntityId, out var id) && _entities.TryGetValue(id, out var known)
            ? known
            : Entity(actor.EntityId, actor.Name, actor.Type, KnowledgeBase.Default.Find(actor.EntityId) is not null, actor.Country);
        Mention(actor.Start, actor.End, record.Id, actor.Sector, 0.5, MentionSource.ActorPhrase);
        return new ActorRecord(record.Id, record.Name, record.Country ?? actor.Country, actor.Sector, actor.Start, actor.End);
    }

    private EntityRecord Entity(string entityId, string name, EntityType type, bool inKnowledgeBase, string? country)
    {
        if (_recordIds.TryGetValue(entityId, out var id) && _entities.TryGetValue(id, out var seen))
        {
            return seen;
        }

        var record = inKnowledgeBase ? FromKnowledgeBase(entityId, name, type, country) : _resolver.Resolve(entityId, name, type);
        _entities.TryAdd(record.Id, record);
        _recordIds[entityId] = record.Id;
        return record;
    }

    private void Mention(int start, int end, string entityId, string? sector, double score, MentionSource source)
    {
        if (_mentioned.Add((start, end, entityId)))
        {
            _mentions.Add(new EntityMentionRecord(_document.Id, start, end, entityId, _document.Text[start..end], sector, score, source));
        }
    }

    private static EntityRecord FromKnowledgeBase(string entityId, string name, EntityType type, string? country)
    {
        var entity = KnowledgeBase.Default.Find(entityId);
        return new EntityRecord(entityId, entity?.Name ?? name, type, true, entity?.Country ?? country, entity?.Latitude, entity?.Longitude, null);
    }
}

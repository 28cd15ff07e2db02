using System.Collections.Immutable;
using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Storage;
using Sitrep.Fusion.Entities;
using Sitrep.Knowledge;

namespace Sitrep.Services.Ingestion;

/// <summary>Turns a document's entity layer into the entity and mention rows the store keeps, joining new entities across documents.</summary>
public static class EntityRecords
{
    public static (IReadOnlyList<EntityRecord> Entities, IReadOnlyList<EntityMentionRecord> Mentions) For(
        Document document, ImmutableArray<EntityMention> layer, NewEntityResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(resolver);
        var entities = new Dictionary<string, EntityRecord>(StringComparer.Ordinal);
        var mentions = new List<EntityMentionRecord>(layer.Length);
        foreach (var mention in layer)
        {
            var record = mention.InKnowledgeBase ? FromKnowledgeBase(mention) : resolver.Resolve(mention.EntityId, mention.Name, mention.Type);
            entities.TryAdd(record.Id, record);
            mentions.Add(new EntityMentionRecord(document.Id, mention.Start, mention.End, record.Id, document.Text[mention.Start..mention.End], mention.Sector, mention.Score, mention.Source));
        }

        return ([.. entities.Values], mentions);
    }

    private static EntityRecord FromKnowledgeBase(EntityMention mention)
    {
        var entity = KnowledgeBase.Default.Find(mention.EntityId);
        return new EntityRecord(mention.EntityId, entity?.Name ?? mention.Name, mention.Type, true, entity?.Country ?? mention.Country, entity?.Latitude, entity?.Longitude, null);
    }
}

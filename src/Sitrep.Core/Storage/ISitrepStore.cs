namespace Sitrep.Core.Storage;

/// <summary>Where Sitrep keeps documents and everything extracted from them. SQLite by default; other stores pass the same contract tests.</summary>
/// <remarks>Writes happen in batches, one transaction each: an interrupted run leaves whole documents or none.</remarks>
public interface ISitrepStore : IDisposable
{
    /// <summary>A human-readable description of where the data lives.</summary>
    string Location { get; }

    int SchemaVersion { get; }

    /// <summary>True when a document with this content id is stored. Safe to call while another thread writes.</summary>
    bool Contains(string documentId);

    /// <summary>Stored documents that share any of the given similarity-band keys with a new document.</summary>
    IReadOnlyList<DuplicateCandidate> FindDuplicateCandidates(IReadOnlyList<long> bandKeys);

    /// <summary>Writes a batch in one transaction; documents already stored are left untouched. Returns how many were new.</summary>
    int Write(IReadOnlyList<NewDocument> batch);

    long CountDocuments();

    /// <summary>New (not knowledge-base) entities of a type whose names share a sound skeleton: where a new spelling may join an old entity.</summary>
    IReadOnlyList<EntityRecord> FindNewEntities(Annotation.EntityType type, string skeleton);

    /// <summary>Every stored entity, ordered by id.</summary>
    IEnumerable<EntityRecord> ListEntities();

    /// <summary>The mentions of one entity, in document ingest order.</summary>
    IReadOnlyList<EntityMentionRecord> MentionsOf(string entityId);

    /// <summary>The most mentioned entities: each with its number of mentions and of documents.</summary>
    IReadOnlyList<(EntityRecord Entity, int Mentions, int Documents)> TopEntities(int limit);

    /// <summary>The entity mentions of one document, in text order.</summary>
    IReadOnlyList<EntityMentionRecord> MentionsIn(string documentId);

    /// <summary>The events read from one document, in text order.</summary>
    IReadOnlyList<EventRecord> EventsIn(string documentId);

    /// <summary>Every stored event, in document ingest order, then text order.</summary>
    IEnumerable<EventRecord> ListEvents();

    /// <summary>The counts of people read from one document, in text order.</summary>
    IReadOnlyList<QuantityRecord> QuantitiesIn(string documentId);

    /// <summary>Every stored quantity, in document ingest order, then text order.</summary>
    IEnumerable<QuantityRecord> ListQuantities();

    /// <summary>Documents in ingest order (or as the query asks), without their persisted layers.</summary>
    IEnumerable<StoredDocument> ListDocuments(DocumentQuery query);

    /// <summary>One document with its layers, by full id or unique id prefix; null when there is none.</summary>
    /// <exception cref="AmbiguousDocumentIdException">The prefix matches more than one document.</exception>
    StoredDocument? FindDocument(string idOrPrefix);
}

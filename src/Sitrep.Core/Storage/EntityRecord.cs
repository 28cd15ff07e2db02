using Sitrep.Core.Annotation;

namespace Sitrep.Core.Storage;

/// <summary>An entity as stored: its id, canonical name, type, whether the knowledge base has it, country and coordinates.</summary>
/// <param name="Skeleton">The sound skeleton of a new entity's name, by which later documents find it despite spelling.</param>
public sealed record EntityRecord(string Id, string Name, EntityType Type, bool InKnowledgeBase, string? Country, double? Latitude, double? Longitude, string? Skeleton);

/// <summary>One stored mention of an entity in a document.</summary>
public sealed record EntityMentionRecord(string DocumentId, int Start, int End, string EntityId, string Text, string? Sector, double Score, MentionSource Source);

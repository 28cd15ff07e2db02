using Sitrep.Core.Text;

namespace Sitrep.Core.Annotation;

/// <summary>The entity types of the export schema.</summary>
public enum EntityType : byte
{
    Person,
    Organization,
    Country,
    Place,
    Group,
    Other,
}

/// <summary>How a mention was found: a recognised name, a title resolved to its holder, or a nationality + group phrase.</summary>
public enum MentionSource : byte
{
    Name,
    Title,
    ActorPhrase,
}

/// <summary>A mention resolved to an entity: a knowledge-base record, or a new entity when none fits.</summary>
/// <param name="EntityId">A knowledge-base id, or "new/{type}/{slug}" for an entity the knowledge base lacks.</param>
/// <param name="Sector">The actor's sector where the mention says it ("Azerbaijani forces" → MIL).</param>
/// <param name="Score">How sure the linker is, 0–1.</param>
public readonly record struct EntityMention(
    int Start,
    int End,
    string EntityId,
    EntityType Type,
    string Name,
    bool InKnowledgeBase,
    string? Country,
    string? Sector,
    double Score,
    MentionSource Source)
{
    public TextSpan Span => new(Start, End);
}

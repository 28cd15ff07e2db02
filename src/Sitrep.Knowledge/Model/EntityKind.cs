namespace Sitrep.Knowledge.Model;

/// <summary>What a knowledge-base entity is; the names match the export schema's entity types.</summary>
public enum EntityKind : byte
{
    Person,
    Organization,
    Country,
    Place,
    Group,
}

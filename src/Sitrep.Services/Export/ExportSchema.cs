namespace Sitrep.Services.Export;

/// <summary>The version of ../shared/schema/sitrep-export.schema.json the exports follow; bumped only when a field is renamed or removed.</summary>
public static class ExportSchema
{
    public const int Version = 1;
}

using System.Text;
using Sitrep.Core.Annotation;
using Sitrep.Knowledge.Names;

namespace Sitrep.Extraction.Entities.Linking;

/// <summary>Ids for entities the knowledge base lacks: "new/{type}/{folded name}", so the same name gets the same id in every document.</summary>
public static class NewEntityIds
{
    public const string Prefix = "new/";
    private const int MaxSlug = 60;

    public static string For(EntityType type, string name)
    {
        var folded = NameFolding.Fold(name);
        var slug = new StringBuilder(Math.Min(folded.Length, MaxSlug));
        foreach (var c in folded)
        {
            if (slug.Length == MaxSlug)
            {
                break;
            }

            slug.Append(c == ' ' ? '-' : c);
        }

        return Prefix + type.ToString().ToLowerInvariant() + "/" + (slug.Length > 0 ? slug.ToString() : "unnamed");
    }

    public static bool IsNew(string entityId) => entityId.StartsWith(Prefix, StringComparison.Ordinal);
}

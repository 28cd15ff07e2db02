using System.Text;
using Sitrep.Core.Annotation;

namespace Sitrep.Services.Ingestion;

/// <summary>Writes the layers the store keeps: sentence spans as a compact JSON array of [start, end] pairs.</summary>
public static class LayerSerializer
{
    public static IReadOnlyDictionary<string, string> Persisted(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Get(Layers.Sentences);
        var builder = new StringBuilder(sentences.Length * 12).Append('[');
        for (var i = 0; i < sentences.Length; i++)
        {
            builder.Append(i == 0 ? "[" : ",[").Append(sentences[i].Start).Append(',').Append(sentences[i].End).Append(']');
        }

        return new Dictionary<string, string>(StringComparer.Ordinal) { [Layers.Sentences.Name] = builder.Append(']').ToString() };
    }

    public static IReadOnlyList<(int Start, int End)> ReadSpans(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(pair => (pair[0].GetInt32(), pair[1].GetInt32()))];
    }
}

using System.Text.Json;
using Sitrep.Ingest.Decoding;

namespace Sitrep.Ingest.Formats;

/// <summary>Reads a .json file holding one article object, an array of them, or an object with an "articles"/"items" array.</summary>
public sealed class JsonReader(IngestLimits limits) : IFormatReader
{
    private static readonly string[] CollectionFields = ["articles", "items", "documents", "data"];

    public InputFormat Format => InputFormat.Json;

    public IEnumerable<IngestItem> Read(SourceFile file, CancellationToken cancellationToken)
    {
        var (bytes, failure) = ByteReader.ReadAll(file, limits.MaxWholeFileBytes);
        if (bytes is null)
        {
            return [new SkippedInput(file.Origin, failure!)];
        }

        var decoded = TextDecoder.Decode(bytes);
        if (!decoded.Succeeded)
        {
            return [new SkippedInput(file.Origin, decoded.FailureReason!)];
        }

        try
        {
            using var json = JsonDocument.Parse(decoded.Text!);
            return [.. ReadItems(json.RootElement, file)];
        }
        catch (JsonException e)
        {
            return [new SkippedInput(file.Origin, "invalid JSON: " + e.Message)];
        }
    }

    private static IEnumerable<IngestItem> ReadItems(JsonElement root, SourceFile file)
    {
        var items = root;
        if (root.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in CollectionFields)
            {
                if (root.TryGetProperty(field, out var collection) && collection.ValueKind == JsonValueKind.Array)
                {
                    items = collection;
                    break;
                }
            }
        }

        if (items.ValueKind != JsonValueKind.Array)
        {
            yield return ToItem(items, file.Origin, file);
            yield break;
        }

        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            index++;
            yield return ToItem(item, JsonArticleFields.ItemOrigin(file.Origin, "item", index), file);
        }

        if (index == 0)
        {
            yield return new SkippedInput(file.Origin, "empty JSON array");
        }
    }

    private static IngestItem ToItem(JsonElement item, string origin, SourceFile file)
    {
        var (text, metadata, failure) = JsonArticleFields.Read(item, origin);
        return text is null ? new SkippedInput(origin, failure!) : new RawDocument(origin, text, MetadataMerge.Apply(metadata, file.Sidecar), []);
    }
}

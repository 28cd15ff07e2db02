using System.Collections.Immutable;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Annotation;

/// <summary>A document and the layers annotators have added to it so far; each layer is set once.</summary>
public sealed class AnnotatedDocument(Document document)
{
    private readonly Dictionary<string, object> _layers = new(StringComparer.Ordinal);

    public Document Document { get; } = document;

    public string Text => Document.Text;

    public IEnumerable<string> LayerNames => _layers.Keys;

    public bool Has(LayerKey key) => _layers.ContainsKey(key.Name);

    public ImmutableArray<T> Get<T>(LayerKey<T> key) =>
        _layers.TryGetValue(key.Name, out var layer)
            ? (ImmutableArray<T>)layer
            : throw new InvalidOperationException($"Layer '{key.Name}' has not been added to document {Document.Id}.");

    public void Add<T>(LayerKey<T> key, ImmutableArray<T> items)
    {
        if (!_layers.TryAdd(key.Name, items))
        {
            throw new InvalidOperationException($"Layer '{key.Name}' was already added to document {Document.Id}.");
        }
    }
}

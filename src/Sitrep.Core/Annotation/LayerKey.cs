namespace Sitrep.Core.Annotation;

/// <summary>Names an annotation layer; annotators declare the keys they need and add.</summary>
public abstract class LayerKey(string name)
{
    public string Name { get; } = name;

    public abstract Type ItemType { get; }

    public override string ToString() => Name;
}

/// <summary>A typed layer key: the layer is an immutable array of <typeparamref name="T"/>.</summary>
public sealed class LayerKey<T>(string name) : LayerKey(name)
{
    public override Type ItemType => typeof(T);
}

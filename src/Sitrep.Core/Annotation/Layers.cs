namespace Sitrep.Core.Annotation;

/// <summary>The layer keys of the standard pipeline, in the order they are added.</summary>
public static class Layers
{
    public static readonly LayerKey<Token> Tokens = new("tokens");

    public static readonly LayerKey<Sentence> Sentences = new("sentences");

    public static readonly LayerKey<Mention> Mentions = new("mentions");

    public static readonly LayerKey<EntityMention> Entities = new("entities");
}

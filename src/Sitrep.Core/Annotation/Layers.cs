namespace Sitrep.Core.Annotation;

/// <summary>The layer keys of the standard pipeline, in the order they are added.</summary>
public static class Layers
{
    public static readonly LayerKey<Token> Tokens = new("tokens");

    public static readonly LayerKey<Sentence> Sentences = new("sentences");

    public static readonly LayerKey<Mention> Mentions = new("mentions");

    public static readonly LayerKey<EntityMention> Entities = new("entities");

    public static readonly LayerKey<TimeExpression> Times = new("times");

    public static readonly LayerKey<Attribution> Attributions = new("attributions");

    public static readonly LayerKey<QuantityMention> Quantities = new("quantities");

    public static readonly LayerKey<EventMention> Events = new("events");
}

using System.Collections.Immutable;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Annotation;

/// <summary>The 16 PLOVER event categories.</summary>
public enum EventType : byte
{
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

/// <summary>Whether the text says the event happened: asserted, denied by a party, negated, or only hypothetical.</summary>
public enum Polarity : byte
{
    Asserted,
    Denied,
    Negated,
    Requested,
    Promised,
    Threatened,
    Hypothetical,
}

/// <summary>A participant of an event or the source of a claim: the mention that names it and the entity it resolves to.</summary>
public sealed record ActorReference(int Start, int End, string EntityId, string Name, EntityType Type, string? Country, string? Sector)
{
    public TextSpan Span => new(Start, End);

    public static ActorReference From(EntityMention mention) =>
        new(mention.Start, mention.End, mention.EntityId, mention.Name, mention.Type, mention.Country, mention.Sector);
}

/// <summary>One event read from one sentence: what happened, who did it to whom, where, when, and who says so.</summary>
/// <param name="Trigger">The words that express the event ("struck", "held talks").</param>
/// <param name="Evidence">The sentence the event was read from.</param>
/// <param name="Quantities">Indexes into the document's quantity layer of the tolls that belong to the event.</param>
/// <param name="ContradictedBy">Indexes into the event layer of events that deny or contradict this one.</param>
public sealed record EventMention(
    EventType Type,
    string? Mode,
    string Cameo,
    TextSpan Trigger,
    ActorReference? Source,
    ActorReference? Target,
    ActorReference? Place,
    DateValue? Date,
    Polarity Polarity,
    ActorReference? ClaimedBy,
    TextSpan Evidence)
{
    public ImmutableArray<int> Quantities { get; init; } = [];

    public ImmutableArray<int> ContradictedBy { get; init; } = [];
}

/// <summary>What a count of people measures.</summary>
public enum Measure : byte
{
    Killed,
    Wounded,
    Displaced,
    Missing,
    Detained,
    Other,
}

/// <summary>How a figure is qualified: exact, "at least", "more than", "about", "up to", "fewer than".</summary>
public enum Qualifier : byte
{
    Exact,
    AtLeast,
    MoreThan,
    About,
    UpTo,
    FewerThan,
}

/// <summary>A count of people: killed, wounded, displaced… with its qualifier, range and claimant; the events that own it list it.</summary>
public sealed record QuantityMention(TextSpan Span, Measure Measure, double Value, double? Upper, Qualifier Qualifier, ActorReference? ClaimedBy, DateValue? Date, TextSpan Evidence);

/// <summary>The export schema's spellings of the qualifiers: exact, at_least, more_than, about, up_to, fewer_than.</summary>
public static class QualifierNames
{
    public static string SchemaName(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.AtLeast => "at_least",
        Qualifier.MoreThan => "more_than",
        Qualifier.UpTo => "up_to",
        Qualifier.FewerThan => "fewer_than",
        Qualifier.About => "about",
        _ => "exact",
    };

    public static Qualifier ParseQualifier(string name) =>
        Enum.Parse<Qualifier>((name ?? throw new ArgumentNullException(nameof(name))).Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);
}

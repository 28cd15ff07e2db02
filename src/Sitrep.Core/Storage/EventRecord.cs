using Sitrep.Core.Annotation;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Storage;

/// <summary>A participant of a stored event or the source of a claim: the entity it is, as named at <see cref="Start"/>–<see cref="End"/>.</summary>
/// <param name="Role">The actor's sector (GOV, MIL, REB…), when the text gives one.</param>
public sealed record ActorRecord(string EntityId, string Name, string? Country, string? Role, int Start, int End);

/// <summary>An event as stored: typed, with its actors, place, date, polarity and claimant, and the sentence it was read from.</summary>
/// <param name="Quantities">Ids of the quantities (tolls) that belong to the event.</param>
/// <param name="ContradictedBy">Ids of events that deny or contradict this one.</param>
public sealed record EventRecord(
    string Id,
    string DocumentId,
    EventType Type,
    string? Mode,
    string Cameo,
    int? QuadClass,
    double? Goldstein,
    ActorRecord? Source,
    ActorRecord? Target,
    ActorRecord? Place,
    DateValue? Date,
    Polarity Polarity,
    ActorRecord? ClaimedBy,
    TextSpan Trigger,
    TextSpan Evidence,
    IReadOnlyList<string> Quantities,
    IReadOnlyList<string> ContradictedBy);

/// <summary>A count of people as stored (killed, wounded, displaced…), with its claimant, the event it belongs to and its evidence.</summary>
public sealed record QuantityRecord(
    string Id,
    string DocumentId,
    Measure Measure,
    double Value,
    double? Upper,
    Qualifier Qualifier,
    DateValue? Date,
    ActorRecord? ClaimedBy,
    string? EventId,
    TextSpan Span,
    TextSpan Evidence);

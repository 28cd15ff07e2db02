using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Storage;

namespace Sitrep.Services.Reporting;

/// <summary>
/// What a reader needs first from the store: how much is there, from whom, over which period, a dated list of reports,
/// who is named most, and what kinds of event the reports tell of.
/// </summary>
public sealed record SituationReport(
    long Documents,
    int NearDuplicates,
    int Undated,
    string? FirstPublished,
    string? LastPublished,
    IReadOnlyList<(string Source, int Documents)> Sources,
    IReadOnlyList<(PublishedOrigin Origin, int Documents)> DateOrigins,
    IReadOnlyList<StoredDocument> Timeline,
    IReadOnlyList<(EntityRecord Entity, int Mentions, int Documents)> TopEntities,
    IReadOnlyList<EventTypeCount> EventTypes);

/// <summary>How many events of one PLOVER type the reports tell of, in how many reports, and how many of them a party denies.</summary>
public sealed record EventTypeCount(EventType Type, int Events, int Documents, int Denied);

/// <summary>Builds a <see cref="SituationReport"/> from the store.</summary>
public static class SituationReportBuilder
{
    private const int TopEntityCount = 15;

    public static SituationReport Build(ISitrepStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var documents = store.ListDocuments(new DocumentQuery()).ToList();
        var dated = documents.Where(d => d.Document.Metadata.Published is not null).ToList();
        var sources = documents
            .GroupBy(d => d.Document.Metadata.Source ?? "unknown source")
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(s => s.Item2).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
        var origins = documents
            .GroupBy(d => d.Document.Metadata.PublishedOrigin)
            .Select(g => (g.Key, g.Count()))
            .OrderBy(o => o.Key)
            .ToList();
        var timeline = documents
            .OrderBy(d => d.Document.Metadata.Published?.Value ?? "9999")
            .ThenBy(d => d.Sequence)
            .ToList();
        var published = dated.Select(d => d.Document.Metadata.Published!.Value).Order(StringComparer.Ordinal).ToList();
        return new SituationReport(
            documents.Count,
            documents.Count(d => d.DuplicateOf is not null),
            documents.Count - dated.Count,
            published.FirstOrDefault(),
            published.LastOrDefault(),
            sources,
            origins,
            timeline,
            store.TopEntities(TopEntityCount),
            [.. store.ListEvents()
                .GroupBy(e => e.Type)
                .Select(g => new EventTypeCount(g.Key, g.Count(), g.Select(e => e.DocumentId).Distinct(StringComparer.Ordinal).Count(), g.Count(e => e.Polarity == Polarity.Denied)))
                .OrderByDescending(t => t.Events).ThenBy(t => t.Type)]);
    }
}

using Sitrep.Core.Documents;
using Sitrep.Core.Storage;

namespace Sitrep.Services.Reporting;

/// <summary>What a reader needs first from the store: how much is there, from whom, over which period, and a dated list of reports.</summary>
public sealed record SituationReport(
    long Documents,
    int NearDuplicates,
    int Undated,
    string? FirstPublished,
    string? LastPublished,
    IReadOnlyList<(string Source, int Documents)> Sources,
    IReadOnlyList<(PublishedOrigin Origin, int Documents)> DateOrigins,
    IReadOnlyList<StoredDocument> Timeline,
    IReadOnlyList<(EntityRecord Entity, int Mentions, int Documents)> TopEntities);

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
            store.TopEntities(TopEntityCount));
    }
}

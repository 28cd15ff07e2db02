using Sitrep.Core.Documents;

namespace Sitrep.Ingest.Formats;

/// <summary>Lays sidecar metadata over what a file said about itself: the sidecar wins where it has a value.</summary>
internal static class MetadataMerge
{
    public static DocumentMetadata Apply(DocumentMetadata fromFile, DocumentMetadata? sidecar) =>
        sidecar is null
            ? fromFile
            : fromFile with
            {
                Title = sidecar.Title ?? fromFile.Title,
                Source = sidecar.Source ?? fromFile.Source,
                Url = sidecar.Url ?? fromFile.Url,
                ExternalId = sidecar.ExternalId ?? fromFile.ExternalId,
                Published = sidecar.Published ?? fromFile.Published,
            };
}

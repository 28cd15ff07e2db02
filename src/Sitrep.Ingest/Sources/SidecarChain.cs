using Sitrep.Core.Documents;

namespace Sitrep.Ingest.Sources;

/// <summary>The sidecars of a directory and its ancestors: the nearest one that names a file describes it.</summary>
internal sealed class SidecarChain
{
    private readonly IReadOnlyList<(string Directory, SidecarMetadata Sidecar)> _nearestFirst;

    private SidecarChain(IReadOnlyList<(string, SidecarMetadata)> nearestFirst) => _nearestFirst = nearestFirst;

    public static SidecarChain Empty { get; } = new([]);

    public SidecarChain With(string directory, SidecarMetadata sidecar) => new([(directory, sidecar), .. _nearestFirst]);

    public DocumentMetadata? For(string path)
    {
        foreach (var (directory, sidecar) in _nearestFirst)
        {
            if (sidecar.For(directory, path) is { } metadata)
            {
                return metadata;
            }
        }

        return null;
    }
}

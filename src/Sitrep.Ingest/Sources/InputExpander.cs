using Sitrep.Ingest.Formats;

namespace Sitrep.Ingest.Sources;

/// <summary>Expands the paths a user gives into the files to read, in a stable order, with sidecar metadata attached.</summary>
/// <remarks>Directories are walked recursively; hidden entries and symbolic links to directories are not followed.</remarks>
public static class InputExpander
{
    public const string StandardInput = "-";

    public static IEnumerable<IngestItem> Expand(IEnumerable<string> paths, Func<Stream> openStandardInput, CancellationToken cancellationToken)
    {
        foreach (var path in paths)
        {
            if (path == StandardInput)
            {
                yield return StandardInputItem(openStandardInput);
            }
            else if (Directory.Exists(path))
            {
                foreach (var item in ExpandDirectory(Path.GetFullPath(path), cancellationToken))
                {
                    yield return item;
                }
            }
            else if (File.Exists(path))
            {
                var full = Path.GetFullPath(path);
                var directory = Path.GetDirectoryName(full)!;
                var sidecarPath = Path.Combine(directory, SidecarMetadata.FileName);
                var sidecars = File.Exists(sidecarPath) ? SidecarChain.Empty.With(directory, SidecarMetadata.Load(sidecarPath)) : SidecarChain.Empty;
                yield return FileItem(full, sidecars.For(full));
            }
            else
            {
                yield return new SkippedInput(path, "no such file or directory");
            }
        }
    }

    private static IEnumerable<IngestItem> ExpandDirectory(string root, CancellationToken cancellationToken)
    {
        var pending = new Stack<(string Directory, SidecarChain Sidecars)>();
        pending.Push((root, SidecarChain.Empty));
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (directory, inherited) = pending.Pop();
            string[] entries;
            string? failure = null;
            try
            {
                entries = [.. Directory.EnumerateFileSystemEntries(directory).Order(StringComparer.Ordinal)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                entries = [];
                failure = "cannot read directory: " + e.Message;
            }

            if (failure is not null)
            {
                yield return new SkippedInput(directory, failure);
                continue;
            }

            var sidecarPath = Path.Combine(directory, SidecarMetadata.FileName);
            var sidecars = inherited;
            if (File.Exists(sidecarPath))
            {
                var sidecar = SidecarMetadata.Load(sidecarPath);
                sidecars = inherited.With(directory, sidecar);
                foreach (var problem in sidecar.Problems)
                {
                    yield return problem;
                }
            }

            var subdirectories = new List<string>();
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.'))
                {
                    continue;
                }

                if (Directory.Exists(entry))
                {
                    if (new DirectoryInfo(entry).LinkTarget is null)
                    {
                        subdirectories.Add(entry);
                    }

                    continue;
                }

                if (name != SidecarMetadata.FileName)
                {
                    yield return FileItem(entry, sidecars.For(entry));
                }
            }

            // Pushed in reverse so that subdirectories are read in name order.
            for (var i = subdirectories.Count - 1; i >= 0; i--)
            {
                pending.Push((subdirectories[i], sidecars));
            }
        }
    }

    private static IngestItem FileItem(string path, Core.Documents.DocumentMetadata? sidecar)
    {
        if (Path.GetFileName(path) == SidecarMetadata.FileName)
        {
            return new SkippedInput(path, "sidecar metadata file: it describes the files beside it and is read with them");
        }

        var format = FormatDetector.FromExtension(path);
        if (format is null)
        {
            var extension = Path.GetExtension(path);
            return new SkippedInput(path, extension.Length == 0 ? "unsupported file type (no extension)" : $"unsupported file type ({extension})");
        }

        long? length = null;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SkippedInput(path, "cannot read: " + e.Message);
        }

        return new SourceItem(new SourceFile(path, format.Value, () => File.OpenRead(path), length, sidecar));
    }

    private static SourceItem StandardInputItem(Func<Stream> openStandardInput)
    {
        const int SniffBytes = 4096;
        var buffered = new MemoryStream();
        using (var input = openStandardInput())
        {
            input.CopyTo(buffered);
        }

        buffered.Position = 0;
        var head = new StreamReader(new MemoryStream(buffered.GetBuffer(), 0, (int)Math.Min(buffered.Length, SniffBytes))).ReadToEnd();
        var bytes = buffered.ToArray();
        return new SourceItem(new SourceFile("<stdin>", FormatDetector.Sniff(head), () => new MemoryStream(bytes, writable: false), bytes.Length, null));
    }
}

/// <summary>An input file found by <see cref="InputExpander"/>, ready for its format reader.</summary>
public sealed record SourceItem(SourceFile File) : IngestItem(File.Origin);

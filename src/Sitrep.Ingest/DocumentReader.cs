using Sitrep.Ingest.Formats;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest;

/// <summary>Reads every input a user names (files, directories, standard input) into raw documents and skip reasons.</summary>
public sealed class DocumentReader
{
    private readonly Dictionary<InputFormat, IFormatReader> _readers;

    public DocumentReader(IngestLimits? limits = null)
    {
        limits ??= IngestLimits.Default;
        IFormatReader[] readers = [new PlainTextReader(limits), new HtmlReader(limits), new JsonLinesReader(limits), new JsonReader(limits), new FeedReader(limits)];
        _readers = readers.ToDictionary(reader => reader.Format);
    }

    public IEnumerable<IngestItem> Read(IEnumerable<string> paths, Func<Stream>? openStandardInput = null, CancellationToken cancellationToken = default)
    {
        openStandardInput ??= Console.OpenStandardInput;
        foreach (var item in InputExpander.Expand(paths, openStandardInput, cancellationToken))
        {
            if (item is not SourceItem source)
            {
                yield return item;
                continue;
            }

            foreach (var read in ReadSafely(source.File, cancellationToken))
            {
                yield return read;
            }
        }
    }

    /// <summary>A reader that fails unexpectedly skips that input with the error, so one bad file never stops a run.</summary>
    private IEnumerable<IngestItem> ReadSafely(SourceFile file, CancellationToken cancellationToken)
    {
        using var items = _readers[file.Format].Read(file, cancellationToken).GetEnumerator();
        while (true)
        {
            IngestItem? current;
            var failed = false;
            try
            {
                current = items.MoveNext() ? items.Current : null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                current = new SkippedInput(file.Origin, $"could not be read ({e.GetType().Name}: {e.Message})");
                failed = true;
            }

            if (current is null)
            {
                yield break;
            }

            yield return current;
            if (failed)
            {
                yield break;
            }
        }
    }
}

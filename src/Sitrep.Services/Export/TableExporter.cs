using System.Text;
using Sitrep.Core.Storage;

namespace Sitrep.Services.Export;

/// <summary>Writes a table of the stored documents as CSV (RFC 4180) or TSV, with a header row.</summary>
public sealed class TableExporter(ISitrepStore store)
{
    private static readonly string[] Columns =
        ["id", "published", "published_granularity", "published_origin", "source", "title", "url", "source_path", "duplicate_of", "characters"];

    public long Write(TextWriter output, char separator, DocumentQuery? query = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(string.Join(separator, Columns));
        output.Write('\n');
        long rows = 0;
        foreach (var stored in store.ListDocuments(query ?? new DocumentQuery()))
        {
            var metadata = stored.Document.Metadata;
            string?[] cells =
            [
                stored.Document.Id,
                metadata.Published?.Value,
                metadata.Published?.Granularity.ToString().ToLowerInvariant(),
                metadata.PublishedOrigin.ToString().ToLowerInvariant(),
                metadata.Source,
                metadata.Title,
                metadata.Url,
                metadata.SourcePath,
                stored.DuplicateOf,
                stored.Document.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ];
            output.Write(string.Join(separator, cells.Select(cell => Escape(cell ?? string.Empty, separator))));
            output.Write('\n');
            rows++;
        }

        return rows;
    }

    /// <summary>CSV quotes a cell holding a separator, quote or line break; TSV has no quoting, so such characters become spaces.</summary>
    private static string Escape(string cell, char separator)
    {
        if (separator == '\t')
        {
            return cell.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
        }

        if (cell.AsSpan().IndexOfAny([separator, '"', '\n', '\r']) < 0)
        {
            return cell;
        }

        return new StringBuilder(cell.Length + 2).Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}

using System.CommandLine;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Storage;
using Sitrep.Services;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Cli;

/// <summary>The <c>--db</c> option every command shares, and opening the store it names.</summary>
public static class StoreOption
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = $"SQLite database file (default: ${StoreLocation.EnvironmentVariable}, else ~/.local/share/sitrep/sitrep.db)",
        Recursive = true,
    };

    public static ISitrepStore Open(ParseResult parse) => SqliteStore.Open(parse.GetValue(Db) ?? StoreLocation.Default());

    /// <summary>Runs a command body, turning the failures a user can act on into a message and exit code 1.</summary>
    public static int Guard(CliIo io, Func<int> body)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return body();
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or AmbiguousDocumentIdException or InvalidOperationException)
        {
            io.Error.WriteLine("sitrep: " + e.Message);
            return 1;
        }
    }
}

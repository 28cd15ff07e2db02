using Microsoft.Data.Sqlite;
using Sitrep.Core.Storage;
using Sitrep.Storage.Sqlite;
using Sitrep.Tests.Shared;

namespace Sitrep.Storage.Tests;

public sealed class SqliteStoreTests : StoreContractTests
{
    private readonly TempDirectory _directory = new();

    protected override ISitrepStore OpenStore(string name = "main") => SqliteStore.Open(Path.Combine(_directory.Path, name + ".db"));

    protected override void DisposeStorage() => _directory.Dispose();

    [Fact]
    public void Uses_write_ahead_logging()
    {
        var store = (SqliteStore)Open();
        using var connection = new SqliteConnection($"Data Source={store.Location}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void Creates_missing_parent_directories()
    {
        var path = Path.Combine(_directory.Path, "nested", "deeper", "sitrep.db");
        using var store = SqliteStore.Open(path);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Refuses_a_database_from_a_newer_sitrep()
    {
        var path = Path.Combine(_directory.Path, "future.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidOperationException>(() => SqliteStore.Open(path));
        Assert.Contains("newer than this Sitrep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_file_that_is_not_a_database()
    {
        var path = Path.Combine(_directory.Path, "notes.db");
        File.WriteAllText(path, "These are notes, not a database. ".PadRight(4096, '.'));
        Assert.Throws<SqliteException>(() => SqliteStore.Open(path));
        Assert.StartsWith("These are notes", File.ReadAllText(path), StringComparison.Ordinal);
    }
}

using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Sqlite;

/// <summary>Applies the numbered SQL migrations embedded in this assembly, each in its own transaction, recording progress in <c>PRAGMA user_version</c>.</summary>
internal static class SqliteMigrator
{
    private const string ResourcePrefix = "Sitrep.Storage.Sqlite.Migrations.";

    public static IReadOnlyList<(int Version, string Sql)> Migrations { get; } = LoadMigrations();

    public static int LatestVersion => Migrations[^1].Version;

    public static int Migrate(SqliteConnection connection)
    {
        var current = CurrentVersion(connection);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The database has schema version {current}, newer than this Sitrep understands ({LatestVersion}); upgrade Sitrep.");
        }

        foreach (var (version, sql) in Migrations.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = sql + $"\nPRAGMA user_version = {version};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return CurrentVersion(connection);
    }

    private static int CurrentVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static List<(int, string)> LoadMigrations()
    {
        var assembly = typeof(SqliteMigrator).Assembly;
        var migrations = new List<(int, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var file = name[ResourcePrefix.Length..];
            var version = int.Parse(file.AsSpan(0, file.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            migrations.Add((version, reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Item1 != i + 1)
            {
                throw new InvalidOperationException($"Migrations must be numbered 1, 2, 3… without gaps; found {migrations[i].Item1} at position {i + 1}.");
            }
        }

        return migrations;
    }
}

using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Sqlite;

/// <summary>Sets a prepared command's parameter, a null as SQL NULL.</summary>
internal static class CommandParameters
{
    public static void Set(this SqliteCommand command, string name, object? value) =>
        command.Parameters[name].Value = value ?? DBNull.Value;
}

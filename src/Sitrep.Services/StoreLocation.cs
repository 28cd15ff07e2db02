namespace Sitrep.Services;

/// <summary>Where the embedded database lives unless the user says otherwise (<c>--db</c> or <c>SITREP_DB</c>).</summary>
public static class StoreLocation
{
    public const string EnvironmentVariable = "SITREP_DB";

    public static string Default()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(dataHome))
        {
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(dataHome, "sitrep", "sitrep.db");
    }
}

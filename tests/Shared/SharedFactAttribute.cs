namespace Sitrep.Tests.Shared;

/// <summary>A fact that needs the ../shared folder beside the repository; it is skipped, with a clear message, where that folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (RepositoryPaths.Shared is null)
        {
            Skip = "needs ../shared (public data, schema and sample reports) beside the repository; CI always has it";
        }
    }
}

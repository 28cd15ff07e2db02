using Sitrep.Core.Documents;
using Sitrep.Core.Time;

namespace Sitrep.Cli;

/// <summary>How dates read in terminal output: the value, marked when it was not given by the source.</summary>
public static class Dates
{
    public static string Describe(DateValue? date, PublishedOrigin origin) => date is null
        ? "unknown"
        : origin switch
        {
            PublishedOrigin.Metadata => date.Value,
            PublishedOrigin.Dateline => date.Value + " (dateline)",
            _ => date.Value + " (inferred)",
        };
}

using Sitrep.Core.Text;

namespace Sitrep.Core.Documents;

/// <summary>The place/date/agency opening of a wire report, e.g. "MOSCOW, Oct 11 (Reuters) -".</summary>
public sealed record Dateline(TextSpan Span, string Place, string? Country, string? DateText, string? Agency);

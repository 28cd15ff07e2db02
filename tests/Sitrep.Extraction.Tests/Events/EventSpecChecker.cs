using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Annotation;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Compares what the pipeline read from a spec case with its expected events, quantities and times
/// (tests/specs/events/README.md). Returns the differences, one line each; none means the case passes.
/// </summary>
internal static class EventSpecChecker
{
    public static List<string> Times(JsonElement spec, string text, IReadOnlyList<TimeExpression> actual)
    {
        var problems = new List<string>();
        var matched = new HashSet<int>();
        foreach (var expected in Array(spec, "times"))
        {
            var expectedText = expected.GetProperty("text").GetString()!;
            var value = expected.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var granularity = expected.GetProperty("granularity").GetString();
            var at = Find(text, expectedText);
            var hit = Enumerable.Range(0, actual.Count).FirstOrDefault(i => !matched.Contains(i) && Overlaps(actual[i].Start, actual[i].End, at, at + expectedText.Length) && SameValue(actual[i], value, granularity), -1);
            if (hit < 0)
            {
                var near = actual.FirstOrDefault(t => Overlaps(t.Start, t.End, at, at + expectedText.Length));
                problems.Add($"time '{expectedText}' = {value} ({granularity}): " + (near.End > 0 ? $"read '{text[near.Start..near.End]}' = {near.Value?.Value} ({Granularity(near)})" : "not found"));
            }
            else
            {
                matched.Add(hit);
            }
        }

        for (var i = 0; i < actual.Count; i++)
        {
            // A second reading of a matched expression ("today" in "today, Sunday") is not an extra.
            if (!matched.Contains(i) && !matched.Any(m => actual[m].Value?.Value == actual[i].Value?.Value && Math.Abs(actual[m].Start - actual[i].Start) < 20))
            {
                problems.Add($"extra time '{text[actual[i].Start..actual[i].End]}' = {actual[i].Value?.Value} ({Granularity(actual[i])})");
            }
        }

        return problems;
    }

    public static List<string> Quantities(JsonElement spec, string text, IReadOnlyList<QuantityMention> actual)
    {
        var problems = new List<string>();
        var matched = new HashSet<int>();
        foreach (var expected in Array(spec, "quantities"))
        {
            var measure = expected.GetProperty("measure").GetString()!;
            var value = expected.GetProperty("value").GetDouble();
            var hit = Enumerable.Range(0, actual.Count).FirstOrDefault(i => !matched.Contains(i) && Name(actual[i].Measure) == measure && actual[i].Value == value, -1);
            if (hit < 0)
            {
                problems.Add($"quantity {measure} {value}: not found" + (actual.Count > 0 ? $" (read: {string.Join(", ", actual.Select(Describe))})" : string.Empty));
                continue;
            }

            matched.Add(hit);
            var quantity = actual[hit];
            if (expected.TryGetProperty("qualifier", out var qualifier) && qualifier.GetString() != Name(quantity.Qualifier))
            {
                problems.Add($"quantity {measure} {value}: qualifier {Name(quantity.Qualifier)}, expected {qualifier.GetString()}");
            }

            if (expected.TryGetProperty("upper", out var upper) && upper.ValueKind == JsonValueKind.Number && upper.GetDouble() != quantity.Upper)
            {
                problems.Add($"quantity {measure} {value}: upper {quantity.Upper}, expected {upper.GetDouble()}");
            }

            if (expected.TryGetProperty("claimed_by", out var claimant) && claimant.ValueKind == JsonValueKind.String && !SameActor(text, claimant.GetString()!, quantity.ClaimedBy))
            {
                problems.Add($"quantity {measure} {value}: claimed by '{Actor(text, quantity.ClaimedBy)}', expected '{claimant.GetString()}'");
            }
        }

        for (var i = 0; i < actual.Count; i++)
        {
            if (!matched.Contains(i))
            {
                problems.Add($"extra quantity {Describe(actual[i])}");
            }
        }

        return problems;
    }

    public static List<string> Events(JsonElement spec, string text, IReadOnlyList<EventMention> actual)
    {
        var problems = new List<string>();
        var matched = new HashSet<int>();
        foreach (var expected in Array(spec, "events"))
        {
            var type = expected.GetProperty("type").GetString()!;
            var candidates = Enumerable.Range(0, actual.Count).Where(i => !matched.Contains(i) && Name(actual[i].Type) == type).ToList();
            var hit = candidates.OrderBy(i => Mismatches(expected, text, actual[i]).Count).FirstOrDefault(-1);
            if (hit < 0)
            {
                problems.Add($"event {Describe(expected)}: not found");
                continue;
            }

            matched.Add(hit);
            problems.AddRange(Mismatches(expected, text, actual[hit]).Select(m => $"event {Describe(expected)}: {m}"));
        }

        for (var i = 0; i < actual.Count; i++)
        {
            if (!matched.Contains(i))
            {
                problems.Add($"extra event {Name(actual[i].Type)} '{text[actual[i].Trigger.Start..actual[i].Trigger.End]}' {Actor(text, actual[i].Source)} → {Actor(text, actual[i].Target)}");
            }
        }

        return problems;
    }

    private static List<string> Mismatches(JsonElement expected, string text, EventMention actual)
    {
        var problems = new List<string>();
        void Check(string field, ActorReference? value)
        {
            if (expected.TryGetProperty(field, out var want) && want.ValueKind == JsonValueKind.String && !SameActor(text, want.GetString()!, value))
            {
                problems.Add($"{field} '{Actor(text, value)}', expected '{want.GetString()}'");
            }
        }

        if (expected.TryGetProperty("trigger", out var trigger))
        {
            // A trigger word said twice ("accused ... of seizing"; "denied seizing") may be either occurrence; the actors tell them apart.
            var word = trigger.GetString()!;
            if (!Occurrences(text, word).Any(at => Overlaps(actual.Trigger.Start, actual.Trigger.End, at, at + word.Length)))
            {
                problems.Add($"trigger '{text[actual.Trigger.Start..actual.Trigger.End]}', expected '{trigger.GetString()}'");
            }
        }

        if (expected.TryGetProperty("mode", out var mode) && mode.ValueKind == JsonValueKind.String && mode.GetString() != actual.Mode)
        {
            problems.Add($"mode {actual.Mode ?? "none"}, expected {mode.GetString()}");
        }

        Check("source", actual.Source);
        Check("target", actual.Target);
        Check("place", actual.Place);
        Check("claimed_by", actual.ClaimedBy);
        if (expected.TryGetProperty("polarity", out var polarity) && polarity.GetString() != Name(actual.Polarity))
        {
            problems.Add($"polarity {Name(actual.Polarity)}, expected {polarity.GetString()}");
        }

        if (expected.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.String && date.GetString() != actual.Date?.Value)
        {
            problems.Add($"date {actual.Date?.Value ?? "none"}, expected {date.GetString()}");
        }

        return problems;
    }

    /// <summary>An actor matches when the texts agree once articles and possessives are set aside, or one contains the other.</summary>
    private static bool SameActor(string text, string expected, ActorReference? actual)
    {
        if (actual is null)
        {
            return false;
        }

        var want = Normalise(expected);
        var got = Normalise(text[actual.Start..actual.End]);
        return want == got || Contains(got, want) || Contains(want, got) || Normalise(actual.Name) == want;
    }

    private static bool Contains(string haystack, string needle) =>
        needle.Length > 0 && (" " + haystack + " ").Contains(" " + needle + " ", StringComparison.Ordinal);

    private static string Normalise(string value)
    {
        var words = value.ToLowerInvariant().Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w is "the" or "a" or "an").ToArray();
        return string.Join(' ', words);
    }

    private static bool SameValue(TimeExpression time, string? value, string? granularity) =>
        time.Value?.Value == value && Granularity(time) == granularity;

    private static string Granularity(TimeExpression time) => time.Kind == TimeKind.Date ? time.Value?.Granularity.ToString().ToLowerInvariant() ?? "unknown" : "unknown";

    private static string Actor(string text, ActorReference? actor) => actor is null ? "none" : text[actor.Start..actor.End];

    private static string Describe(QuantityMention q) => $"{Name(q.Measure)} {q.Value.ToString(CultureInfo.InvariantCulture)}";

    private static string Describe(JsonElement e) => $"{e.GetProperty("type").GetString()} '{(e.TryGetProperty("trigger", out var t) ? t.GetString() : "?")}'";

    private static string Name<T>(T value)
        where T : Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())) is var name && typeof(T) == typeof(EventType) ? name.ToUpperInvariant() : name;

    private static IEnumerable<JsonElement> Array(JsonElement spec, string name) =>
        spec.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [];

    private static IEnumerable<int> Occurrences(string text, string part)
    {
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    private static int Find(string text, string part) => Math.Max(0, text.IndexOf(part, StringComparison.Ordinal));

    private static bool Overlaps(int start, int end, int otherStart, int otherEnd) => start < otherEnd && otherStart < end;
}

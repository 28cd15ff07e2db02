using System.Diagnostics;
using System.Text.Json;
using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Text;
using Sitrep.Core.Time;
using Sitrep.Corpora;
using Sitrep.Extraction.Pipeline;

namespace Sitrep.Eval;

/// <summary>
/// Events, counts of people and time expressions against the dev gold (eval/gold/events-dev-*.jsonl): the whole
/// standard pipeline runs on each gold document with its publication date. A predicted event matches a gold one of the
/// same type whose trigger it overlaps; matched events are then scored on their actors (span overlap or the same words), date (same
/// value), polarity and claimant. A count matches a gold count it overlaps with the same measure and value; a time
/// expression one it overlaps with the same value.
/// </summary>
internal static class EventEvaluation
{
    private static readonly string[] Roles = ["source", "target", "place", "claimed_by"];

    public static int Run(EvalArguments arguments)
    {
        var gold = arguments.Option("--gold", "eval/gold/events-dev-a.jsonl,eval/gold/events-dev-b.jsonl").Split(',');
        var result = Evaluate(arguments.SharedData, gold, arguments.Option("--errors", string.Empty).Length > 0);
        Console.WriteLine($"events dev gold: {result.Documents} documents, {result.Seconds:0.0} s");
        Console.WriteLine($"  {"events (type + trigger)",-26} {Describe(result.Events)}");
        Console.WriteLine($"  {"triggers (any type)",-26} {Describe(result.Triggers)}");
        foreach (var (type, score) in result.ByType)
        {
            Console.WriteLine($"    {type,-24} {Describe(score)}");
        }

        foreach (var (field, correct, total) in result.Fields)
        {
            Console.WriteLine($"  {field + " (matched events)",-26} {correct}/{total} = {(total == 0 ? 0 : correct / (double)total):0.000}");
        }

        Console.WriteLine($"  {"quantities",-26} {Describe(result.Quantities)}");
        Console.WriteLine($"  {"times (value)",-26} {Describe(result.Times)}");
        return 0;
    }

    public static string Describe(Score score) =>
        $"P {score.Precision:0.000}  R {score.Recall:0.000}  F1 {score.F1:0.000}  ({score.Correct} correct, {score.Predicted} predicted, {score.Gold} gold)";

    public static EventResult Evaluate(string sharedData, IReadOnlyList<string> goldPaths, bool printErrors)
    {
        var items = goldPaths.SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var wanted = items.Select(i => i.GetProperty("doc").GetString()!).ToHashSet(StringComparer.Ordinal);
        var texts = new[] { "train", "valid" }.SelectMany(split => CorpusTexts.Conll(sharedData, split)).Concat(CorpusTexts.EcbPlus(sharedData))
            .Where(t => wanted.Contains(t.Id)).ToDictionary(t => t.Id, t => t.Text, StringComparer.Ordinal);
        var pipeline = StandardPipeline.Create();
        var events = new ScoreCounter();
        var triggers = new ScoreCounter();
        var byType = new Dictionary<string, ScoreCounter>(StringComparer.Ordinal);
        var fields = Roles.Concat(["date", "polarity"]).ToDictionary(f => f, _ => (Correct: 0, Total: 0), StringComparer.Ordinal);
        var quantities = new ScoreCounter();
        var times = new ScoreCounter();
        var clock = Stopwatch.StartNew();
        foreach (var item in items)
        {
            var id = item.GetProperty("doc").GetString()!;
            var text = texts[id];
            var published = item.GetProperty("published").GetString();
            var metadata = new DocumentMetadata { Published = published is null ? null : new DateValue(published, DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata };
            var annotated = pipeline.Annotate(new Document(id, text, metadata));
            var predicted = annotated.Get(Layers.Events);
            var goldEvents = item.GetProperty("events").EnumerateArray().ToList();

            var matched = Match(goldEvents, predicted, (g, p) => Type(g) == Name(p.Type) && Overlaps(Span(g.GetProperty("trigger")), p.Trigger));
            events.Add(matched.Count, predicted.Length, goldEvents.Count);
            triggers.Add(Match(goldEvents, predicted, (g, p) => Overlaps(Span(g.GetProperty("trigger")), p.Trigger)).Count, predicted.Length, goldEvents.Count);
            foreach (var type in goldEvents.Select(Type).Concat(predicted.Select(p => Name(p.Type))).Distinct())
            {
                var score = byType.TryGetValue(type, out var s) ? s : byType[type] = new ScoreCounter();
                score.Add(matched.Count(m => Type(goldEvents[m.Gold]) == type), predicted.Count(p => Name(p.Type) == type), goldEvents.Count(g => Type(g) == type));
            }

            foreach (var (g, p) in matched)
            {
                var gold = goldEvents[g];
                var guess = predicted[p];
                foreach (var role in Roles)
                {
                    var ok = SameActor(gold.GetProperty(role), Actor(guess, role), text);
                    fields[role] = (fields[role].Correct + (ok ? 1 : 0), fields[role].Total + 1);
                    if (!ok && printErrors)
                    {
                        Console.WriteLine($"  {id} {Type(gold)} '{gold.GetProperty("trigger").GetProperty("text").GetString()}' {role}: expected {Describe(gold.GetProperty(role))}, got {(Actor(guess, role) is { } a ? $"'{text[a.Start..a.End]}'" : "none")}");
                    }
                }

                if (gold.GetProperty("date").ValueKind == JsonValueKind.Object)
                {
                    var ok = gold.GetProperty("date").GetProperty("value").GetString() == guess.Date?.Value;
                    fields["date"] = (fields["date"].Correct + (ok ? 1 : 0), fields["date"].Total + 1);
                }

                var polarity = string.Equals(gold.GetProperty("polarity").GetString(), guess.Polarity.ToString(), StringComparison.OrdinalIgnoreCase);
                fields["polarity"] = (fields["polarity"].Correct + (polarity ? 1 : 0), fields["polarity"].Total + 1);
            }

            if (printErrors)
            {
                foreach (var g in Enumerable.Range(0, goldEvents.Count).Where(g => !matched.Exists(m => m.Gold == g)))
                {
                    Console.WriteLine($"  {id} missed {Type(goldEvents[g])} '{goldEvents[g].GetProperty("trigger").GetProperty("text").GetString()}'  | {Around(text, Span(goldEvents[g].GetProperty("trigger")))}");
                }

                foreach (var p in Enumerable.Range(0, predicted.Length).Where(p => !matched.Exists(m => m.Predicted == p)))
                {
                    Console.WriteLine($"  {id} spurious {Name(predicted[p].Type)} '{text[predicted[p].Trigger.Start..predicted[p].Trigger.End]}'  | {Around(text, predicted[p].Trigger)}");
                }
            }

            var goldCounts = item.GetProperty("quantities").EnumerateArray().ToList();
            var counts = annotated.Get(Layers.Quantities);
            var matchedCounts = Match(goldCounts, counts, SameCount);
            quantities.Add(matchedCounts.Count, counts.Length, goldCounts.Count);

            if (printErrors)
            {
                foreach (var g in Enumerable.Range(0, goldCounts.Count).Where(g => !matchedCounts.Exists(m => m.Gold == g)))
                {
                    var count = goldCounts[g];
                    var near = counts.Where(q => Overlaps(Span(count), q.Span)).Select(q => $"{q.Measure.ToString().ToLowerInvariant()} {q.Value}").ToList();
                    Console.WriteLine($"  {id} missed count {count.GetProperty("measure").GetString()} {count.GetProperty("value").GetDouble()} '{count.GetProperty("text").GetString()}'{(near.Count > 0 ? $" (read as {string.Join(", ", near)})" : string.Empty)}  | {Around(text, Span(count))}");
                }

                foreach (var p in Enumerable.Range(0, counts.Length).Where(p => !matchedCounts.Exists(m => m.Predicted == p)))
                {
                    var q = counts[p];
                    Console.WriteLine($"  {id} spurious count {q.Measure.ToString().ToLowerInvariant()} {q.Value} '{text[q.Span.Start..q.Span.End]}'  | {Around(text, q.Span)}");
                }
            }

            var goldTimes = item.GetProperty("times").EnumerateArray().ToList();
            var found = annotated.Get(Layers.Times);
            times.Add(Match(goldTimes, found, (g, t) => Overlaps(Span(g), t.Span) && GoldTimeValue(g) == t.Value?.Value).Count, found.Length, goldTimes.Count);
        }

        return new EventResult(
            items.Count,
            clock.Elapsed.TotalSeconds,
            events.Score,
            triggers.Score,
            [.. byType.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value.Score))],
            [.. fields.Select(f => (f.Key, f.Value.Correct, f.Value.Total))],
            quantities.Score,
            times.Score);
    }

    /// <summary>Pairs gold and predicted items one to one, each gold item with the first unpaired prediction that fits.</summary>
    private static List<(int Gold, int Predicted)> Match<TPredicted>(List<JsonElement> gold, IReadOnlyList<TPredicted> predicted, Func<JsonElement, TPredicted, bool> fits)
    {
        var used = new bool[predicted.Count];
        var pairs = new List<(int, int)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (!used[p] && fits(gold[g], predicted[p]))
                {
                    used[p] = true;
                    pairs.Add((g, p));
                    break;
                }
            }
        }

        return pairs;
    }

    /// <summary>A predicted count fits a gold one when their spans overlap and measure and value agree.</summary>
    private static bool SameCount(JsonElement gold, QuantityMention predicted) =>
        Overlaps(Span(gold), predicted.Span)
        && string.Equals(gold.GetProperty("measure").GetString(), predicted.Measure.ToString(), StringComparison.OrdinalIgnoreCase)
        && gold.GetProperty("value").GetDouble() == predicted.Value;

    private static string Type(JsonElement gold) => gold.GetProperty("type").GetString()!;

    private static string Name(EventType type) => type.ToString().ToUpperInvariant();

    private static TextSpan Span(JsonElement element) => new(element.GetProperty("start").GetInt32(), element.GetProperty("end").GetInt32());

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    /// <summary>The words around a span, on one line, with the span in brackets.</summary>
    private static string Around(string text, TextSpan span)
    {
        var start = Math.Max(0, span.Start - 70);
        var end = Math.Min(text.Length, span.End + 70);
        return $"{text[start..span.Start]}[{text[span.Start..span.End]}]{text[span.End..end]}".ReplaceLineEndings(" ");
    }

    private static string? GoldTimeValue(JsonElement time) => time.GetProperty("value").ValueKind == JsonValueKind.String ? time.GetProperty("value").GetString() : null;

    private static ActorReference? Actor(EventMention mention, string role) => role switch
    {
        "source" => mention.Source,
        "target" => mention.Target,
        "place" => mention.Place,
        _ => mention.ClaimedBy,
    };

    /// <summary>
    /// The same participant: the spans overlap, or (as argument scoring over coreferent mentions does) another mention
    /// of it is named with the same words — "PUK" for the gold "PUK" two sentences earlier, "PUK fighters" for "PUK".
    /// </summary>
    private static bool SameActor(JsonElement gold, ActorReference? predicted, string text)
    {
        if (gold.ValueKind == JsonValueKind.Null || predicted is null)
        {
            return gold.ValueKind == JsonValueKind.Null && predicted is null;
        }

        if (Overlaps(Span(gold), predicted.Span))
        {
            return true;
        }

        var expected = $" {gold.GetProperty("text").GetString()!.ToLowerInvariant()} ";
        var found = $" {text[predicted.Start..predicted.End].ToLowerInvariant()} ";
        return found.Contains(expected, StringComparison.Ordinal) || expected.Contains(found, StringComparison.Ordinal);
    }

    private static string Describe(JsonElement actor) => actor.ValueKind == JsonValueKind.Null ? "none" : $"'{actor.GetProperty("text").GetString()}'";
}

/// <summary>Counts gathered document by document, for a <see cref="Score"/>.</summary>
internal sealed class ScoreCounter
{
    private int _correct;
    private int _predicted;
    private int _gold;

    public Score Score => Score.Of(_correct, _gold, _predicted);

    public void Add(int correct, int predicted, int gold)
    {
        _correct += correct;
        _predicted += predicted;
        _gold += gold;
    }
}

internal sealed record EventResult(
    int Documents,
    double Seconds,
    Score Events,
    Score Triggers,
    IReadOnlyList<(string Type, Score Score)> ByType,
    IReadOnlyList<(string Field, int Correct, int Total)> Fields,
    Score Quantities,
    Score Times);

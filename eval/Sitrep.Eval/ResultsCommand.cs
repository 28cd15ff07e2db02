using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Extraction.Entities.Recognition;

namespace Sitrep.Eval;

/// <summary>
/// <c>eval/run all</c>: every evaluation in one run, written to eval/RESULTS.md and its JSON twin eval/results.json —
/// for each task the data, split, metric and Sitrep's figure, with the date and commit measured on. A task whose data
/// or whose part of Sitrep is missing is reported as missing, never skipped in silence. The bench figures come from
/// the last bench/run (bench/out/summary.json) when there is one, with its own date.
/// </summary>
internal static class ResultsCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static int Run(EvalArguments arguments)
    {
        var shared = arguments.SharedData;
        var output = arguments.Option("--out", "eval");
        var tasks = new List<TaskResult>
        {
            Attempt("Named entities", "CoNLL-2003", "test", () => Ner(shared)),
            Attempt("Time expressions", "TempEval-3", "platinum (test)", () => Times(shared)),
            Attempt("Entity linking", "eval/gold/linking-dev.jsonl (CoNLL-2003 and ECB+ mentions, own annotation)", "dev", Linking(shared)),
            Attempt("Events, counts, event dates", "eval/gold/events-dev-{a,b}.jsonl (30 CoNLL-2003 and ECB+ reports, own annotation)", "dev", () => Events(shared)),
            Missing("Cross-document entity and event coreference", "ECB+", "test topics 36-45", Directory.Exists(Path.Combine(shared, "ecbplus"))
                ? "not measured: Sitrep does not yet build cross-document coreference chains (fusion of events and stories is still to come)"
                : "not measured: ECB+ is not in ../shared/data"),
            Missing("Story clustering (purity / inverse purity)", "ECB+ topics as stories", "test topics 36-45", "not measured: Sitrep does not yet group reports into stories"),
        };

        var (commit, dirty) = GitCommit();
        var measuredAt = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var bench = File.Exists("bench/out/summary.md") ? File.ReadAllText("bench/out/summary.md") : null;
        var benchJson = File.Exists("bench/out/summary.json") ? JsonDocument.Parse(File.ReadAllText("bench/out/summary.json")).RootElement.Clone() : (JsonElement?)null;
        File.WriteAllText(Path.Combine(output, "RESULTS.md"), Markdown(tasks, measuredAt, commit, dirty, bench, benchJson));
        var json = new
        {
            measured_at = measuredAt,
            commit,
            uncommitted_changes = dirty,
            tasks = tasks.Select(t => new { task = t.Task, data = t.Data, split = t.Split, missing = t.Missing, metrics = t.Metrics.Select(m => new { metric = m.Name, value = m.Value, detail = m.Detail }) }),
            bench = benchJson,
        };
        File.WriteAllText(Path.Combine(output, "results.json"), JsonSerializer.Serialize(json, Indented));
        Console.WriteLine($"wrote {Path.Combine(output, "RESULTS.md")} and results.json ({commit}{(dirty ? ", with uncommitted changes" : string.Empty)})");
        return 0;
    }

    private static List<Metric> Ner(string shared)
    {
        var result = NerEvaluation.Evaluate(shared, "test", MentionRecognizer.DefaultModel);
        var metrics = result.ByType.Select(t => new Metric($"F1 {t.Type}", t.Score.F1, Detail(t.Score))).ToList();
        metrics.Insert(0, new Metric("F1 (all types, exact spans)", result.Overall.F1, Detail(result.Overall)));
        metrics.Add(new Metric("tokens/s (recogniser alone)", result.Tokens / result.Seconds, null));
        return metrics;
    }

    private static List<Metric> Times(string shared)
    {
        var result = TimeEvaluation.Evaluate(shared, "platinum");
        return
        [
            new Metric("value F1 (TempEval-3 scorer's value match)", result.Value.F1, Detail(result.Value)),
            new Metric("relaxed span F1", result.Relaxed.F1, Detail(result.Relaxed)),
            new Metric("strict span F1", result.Strict.F1, Detail(result.Strict)),
        ];
    }

    private static Func<List<Metric>> Linking(string shared) => () =>
    {
        var result = LinkingEvaluation.Evaluate(shared, "eval/gold/linking-dev.jsonl", false);
        var metrics = new List<Metric> { new("accuracy", result.Accuracy, $"{result.Correct}/{result.Total}") };
        metrics.AddRange(result.Groups.Select(g => new Metric("accuracy, " + g.Group, g.Total == 0 ? 0 : g.Correct / (double)g.Total, $"{g.Correct}/{g.Total}")));
        return metrics;
    };

    private static List<Metric> Events(string shared)
    {
        var result = EventEvaluation.Evaluate(shared, ["eval/gold/events-dev-a.jsonl", "eval/gold/events-dev-b.jsonl"], false);
        var metrics = new List<Metric>
        {
            new("event precision (type + trigger)", result.Events.Precision, Detail(result.Events)),
            new("event recall", result.Events.Recall, null),
            new("event F1", result.Events.F1, null),
        };
        metrics.AddRange(result.Fields.Select(f => new Metric($"{f.Field} accuracy (matched events)", f.Total == 0 ? 0 : f.Correct / (double)f.Total, $"{f.Correct}/{f.Total}")));
        metrics.Add(new Metric("count precision (measure + value)", result.Quantities.Precision, Detail(result.Quantities)));
        metrics.Add(new Metric("count recall", result.Quantities.Recall, null));
        metrics.Add(new Metric("count F1", result.Quantities.F1, null));
        metrics.Add(new Metric("time value F1", result.Times.F1, Detail(result.Times)));
        metrics.AddRange(result.ByType.Select(t => new Metric($"F1 {t.Type}", t.Score.F1, Detail(t.Score))));
        return metrics;
    }

    private static TaskResult Attempt(string task, string data, string split, Func<List<Metric>> measure)
    {
        try
        {
            return new TaskResult(task, data, split, null, measure());
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or KeyNotFoundException)
        {
            return Missing(task, data, split, $"not measured: {error.Message}");
        }
    }

    private static TaskResult Missing(string task, string data, string split, string why) => new(task, data, split, why, []);

    private static string Detail(Score score) => string.Create(CultureInfo.InvariantCulture, $"P {score.Precision:0.000} R {score.Recall:0.000} ({score.Correct} correct / {score.Predicted} predicted / {score.Gold} gold)");

    private static string Markdown(IReadOnlyList<TaskResult> tasks, string measuredAt, string commit, bool dirty, string? bench, JsonElement? benchJson)
    {
        var text = new StringBuilder()
            .AppendLine("# Sitrep: measured results")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Generated by `eval/run all` on {measuredAt} at commit `{commit}`{(dirty ? " (with uncommitted changes)" : string.Empty)}. Do not edit by hand.")
            .AppendLine("Dev sets were used for tuning; test sets were not.")
            .AppendLine();
        foreach (var task in tasks)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"## {task.Task}").AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Data: {task.Data}; split: {task.Split}.").AppendLine();
            if (task.Missing is not null)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"**Missing** — {task.Missing}.").AppendLine();
                continue;
            }

            text.AppendLine("| metric | Sitrep | detail |").AppendLine("|---|---:|---|");
            foreach (var metric in task.Metrics)
            {
                var value = metric.Value >= 10 ? metric.Value.ToString("N0", CultureInfo.InvariantCulture) : metric.Value.ToString("0.000", CultureInfo.InvariantCulture);
                text.AppendLine(CultureInfo.InvariantCulture, $"| {metric.Name} | {value} | {metric.Detail} |");
            }

            text.AppendLine();
        }

        text.AppendLine("## Throughput, memory and peers (bench/run)").AppendLine();
        if (bench is null)
        {
            text.AppendLine("**Missing** — no bench run found (bench/out/summary.md); run `bench/run`.");
        }
        else
        {
            var when = benchJson?.TryGetProperty("measured_at", out var at) == true ? at.GetString() : "unknown date";
            text.AppendLine(CultureInfo.InvariantCulture, $"From the last `bench/run`, {when}, {Environment.ProcessorCount} cores:").AppendLine().Append(bench);
        }

        return text.ToString();
    }

    private static (string Commit, bool Dirty) GitCommit()
    {
        string Git(string arguments)
        {
            using var git = Process.Start(new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : string.Empty;
        }

        try
        {
            var commit = Git("rev-parse --short=12 HEAD");
            return (commit.Length > 0 ? commit : "unknown", Git("status --porcelain --untracked-files=no").Length > 0);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return ("unknown (git not found)", false);
        }
    }

    private sealed record Metric(string Name, double Value, string? Detail);

    private sealed record TaskResult(string Task, string Data, string Split, string? Missing, IReadOnlyList<Metric> Metrics);
}

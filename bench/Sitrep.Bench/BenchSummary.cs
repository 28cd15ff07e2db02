using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sitrep.Bench;

/// <summary>
/// Reads the outputs of one bench/run (ingest at each size, the stage timings, the peers) and prints them side by
/// side: throughput and memory by corpus size with the growth of cost from 10k to 100k documents, each stage alone,
/// and Sitrep against the peer libraries on the same texts as ratios. Also written to summary.json and summary.md.
/// </summary>
public static class BenchSummary
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(string folder, IReadOnlyList<int> sizes)
    {
        var report = new StringBuilder();
        var json = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["measured_at"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["processors"] = Environment.ProcessorCount,
        };

        report.AppendLine("Whole pipeline (ingest → all annotators → SQLite store)").AppendLine();
        report.AppendLine("| documents | seconds | documents/s | MB/s | peak memory MB |").AppendLine("|---:|---:|---:|---:|---:|");
        var ingests = new Dictionary<int, JsonElement>();
        foreach (var size in sizes)
        {
            if (Read(folder, $"ingest-{size}.json") is not { } ingest)
            {
                report.AppendLine(Invariant($"| {size:N0} | missing | | | |"));
                continue;
            }

            ingests[size] = ingest;
            report.AppendLine(Invariant($"| {size:N0} | {ingest.GetProperty("seconds").GetDouble():0.0} | {ingest.GetProperty("documents_per_second").GetDouble():N0} | {ingest.GetProperty("megabytes_per_second").GetDouble():0.00} | {ingest.GetProperty("peak_resident_megabytes").GetDouble():N0} |"));
        }

        json["ingest"] = ingests.ToDictionary(i => i.Key.ToString(CultureInfo.InvariantCulture), i => (object)i.Value);
        if (ingests.TryGetValue(10_000, out var ten) && ingests.TryGetValue(100_000, out var hundred))
        {
            var growth = hundred.GetProperty("seconds").GetDouble() / ten.GetProperty("seconds").GetDouble();
            json["cost_ratio_100k_to_10k"] = Math.Round(growth, 2);
            report.AppendLine().AppendLine(Invariant($"Cost growth: 100k documents take {growth:0.00}× the time of 10k (10.00× is linear)."));
        }

        var stages = Read(folder, "stages.json");
        var peers = Read(folder, "peers.json");
        var ner = Read(folder, "peer-ner.json");
        json["stages"] = stages;
        json["peers"] = peers;
        json["peer_ner"] = ner;
        if (stages is { } timing)
        {
            var documents = timing.GetProperty("documents").GetInt32();
            var sentences = timing.GetProperty("sentences").GetInt64();
            var tokens = timing.GetProperty("tokens").GetInt64();
            report.AppendLine().AppendLine(Invariant($"Each stage alone, one thread, first {documents:N0} documents ({sentences:N0} sentences, {tokens:N0} tokens)")).AppendLine();
            report.AppendLine("| stage | documents/s | sentences/s | tokens/s | KB allocated/document |").AppendLine("|---|---:|---:|---:|---:|");
            foreach (var stage in timing.GetProperty("stages").EnumerateArray())
            {
                var seconds = stage.GetProperty("seconds").GetDouble();
                report.AppendLine(Invariant($"| {stage.GetProperty("stage").GetString()} | {documents / seconds:N0} | {sentences / seconds:N0} | {tokens / seconds:N0} | {stage.GetProperty("kilobytes_per_document").GetDouble():N0} |"));
            }
        }

        report.AppendLine().AppendLine("Peers on the same texts (Sitrep ÷ peer: above 1 means Sitrep is faster or more accurate)").AppendLine();
        if (stages is { } own && peers is { } other)
        {
            var seconds = own.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("stage").GetString()!, s => s.GetProperty("seconds").GetDouble());
            var documents = own.GetProperty("documents").GetInt32();
            var splitting = documents / (seconds["tokenizer"] + seconds["sentence-splitter"]);
            var names = documents / (seconds["tokenizer"] + seconds["sentence-splitter"] + seconds["mention-recognizer"]);
            var all = documents / seconds.Values.Sum();
            var compromise = other.GetProperty("compromise").GetProperty("documents_per_second").GetDouble();
            var wink = other.GetProperty("wink_nlp").GetProperty("documents_per_second").GetDouble();
            report.AppendLine("| task | Sitrep documents/s | peer | peer documents/s | ratio |").AppendLine("|---|---:|---|---:|---:|");
            report.AppendLine(Invariant($"| tokens and sentences | {splitting:N0} | wink-nlp | {wink:N0} | {splitting / wink:0.00} |"));
            report.AppendLine(Invariant($"| names (people, places, organisations) | {names:N0} | compromise | {compromise:N0} | {names / compromise:0.00} |"));
            report.AppendLine(Invariant($"| all annotators (names, links, times, counts, events) | {all:N0} | compromise (names only) | {compromise:N0} | {all / compromise:0.00} |"));
            json["ratios"] = new { tokens_and_sentences = Math.Round(splitting / wink, 2), names = Math.Round(names / compromise, 2), all_annotators_vs_compromise = Math.Round(all / compromise, 2) };
        }
        else
        {
            report.AppendLine("missing: the stage timings or the peer run (bench/peers/run needs Node.js).");
        }

        if (ner is { } scored)
        {
            var sitrep = scored.GetProperty("sitrep").GetProperty("f1").GetDouble();
            var compromise = scored.GetProperty("compromise").GetProperty("f1").GetDouble();
            report.AppendLine().AppendLine(Invariant($"Names on CoNLL-2003 test (PER/LOC/ORG, exact spans, same texts and scorer): Sitrep F1 {sitrep:0.000}, compromise F1 {compromise:0.000}, ratio {sitrep / compromise:0.00}."));
        }

        var text = report.ToString();
        Console.Write(text);
        File.WriteAllText(Path.Combine(folder, "summary.md"), text);
        File.WriteAllText(Path.Combine(folder, "summary.json"), JsonSerializer.Serialize(json, Indented));
    }

    private static JsonElement? Read(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone() : null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sitrep.Bench;
using Sitrep.Extraction.Pipeline;
using Sitrep.Ingest;
using Sitrep.Services.Ingestion;
using Sitrep.Storage.Sqlite;

// bench corpus --docs N --shared DIR --out FILE   : writes a JSON Lines corpus of N documents
// bench ingest --corpus FILE [--db FILE]          : ingests it into a fresh store and prints throughput and peak memory
// bench stages [--docs N] [--json FILE]           : times each annotator alone on the first N documents
// bench conll-test [--out FILE]                   : CoNLL-2003 test texts with gold names, for the peer comparison
// bench peer-ner [--gold FILE] [--peer FILE]     : scores Sitrep's and the peer's names on those texts alike
// bench summary [--out DIR] [--sizes N,N,N]       : the figures of one bench/run side by side, with peer ratios
var command = args.Length > 0 ? args[0] : "help";
string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

switch (command)
{
    case "corpus":
    {
        var docs = int.Parse(Option("--docs", "10000"), CultureInfo.InvariantCulture);
        var output = Option("--out", $"bench/out/corpus-{docs}.jsonl");
        var articles = BenchCorpus.LoadArticles(Path.Combine(Option("--shared", "../shared"), "data"));
        BenchCorpus.Write(articles, docs, output);
        Console.WriteLine($"wrote {docs:N0} documents from {articles.Count:N0} source articles to {output} ({new FileInfo(output).Length / 1048576.0:0.0} MB)");
        return 0;
    }

    case "ingest":
    {
        var corpus = Option("--corpus", "bench/out/corpus-10000.jsonl");
        var database = Option("--db", Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Environment.ProcessId}.db"));
        foreach (var leftover in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(leftover);
        }

        var megabytes = new FileInfo(corpus).Length / 1048576.0;
        var clock = Stopwatch.StartNew();
        IngestSummary summary;
        var (pipeline, stages) = TimedAnnotator.Wrap(StandardPipeline.Create());
        using (var store = SqliteStore.Open(database))
        {
            summary = new IngestService(store, pipeline, new DocumentReader()).Run([corpus]);
        }

        clock.Stop();
        var peak = PeakResidentMegabytes();
        var result = new
        {
            corpus = Path.GetFileName(corpus),
            documents = summary.Read,
            stored = summary.Ingested,
            near_duplicates = summary.NearDuplicates,
            skipped = summary.Skipped.Count,
            seconds = Math.Round(clock.Elapsed.TotalSeconds, 2),
            documents_per_second = Math.Round(summary.Read / clock.Elapsed.TotalSeconds, 1),
            megabytes_per_second = Math.Round(megabytes / clock.Elapsed.TotalSeconds, 2),
            input_megabytes = Math.Round(megabytes, 1),
            peak_resident_megabytes = Math.Round(peak, 1),
            processors = Environment.ProcessorCount,
            cpu_seconds = Math.Round(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, 1),
            allocated_megabytes = Math.Round(GC.GetTotalAllocatedBytes() / 1048576.0),
            gc_pause_seconds = Math.Round(GC.GetTotalPauseDuration().TotalSeconds, 2),
            gc_collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) },
            annotator_seconds = stages.ToDictionary(stage => stage.Name, stage => Math.Round(stage.Seconds, 2)),
        };
        Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        foreach (var leftover in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(leftover);
        }

        return 0;
    }

    case "stages":
    {
        var corpus = Option("--corpus", "bench/out/corpus-10000.jsonl");
        var limit = int.Parse(Option("--docs", "2000"), CultureInfo.InvariantCulture);
        var (documents, tokens, sentences, mentions, stages) = StageTimings.Measure(corpus, limit, StandardPipeline.Create());
        Console.WriteLine($"{documents:N0} documents, {tokens:N0} tokens, {sentences:N0} sentences, {mentions:N0} entity mentions (one thread)");
        foreach (var (stage, seconds, allocated) in stages)
        {
            Console.WriteLine($"  {stage,-22} {seconds,6:0.00} s {documents / seconds,8:N0} documents/s {sentences / seconds,10:N0} sentences/s {tokens / seconds,11:N0} tokens/s {allocated / 1024.0 / documents,8:N0} KB/document");
        }

        var total = stages.Sum(s => s.Seconds);
        Console.WriteLine($"  {"all annotators",-22} {total,6:0.00} s {documents / total,8:N0} documents/s");
        if (Option("--json", string.Empty) is { Length: > 0 } json)
        {
            var result = new
            {
                documents,
                tokens,
                sentences,
                mentions,
                stages = stages.Select(s => new { stage = s.Stage, seconds = Math.Round(s.Seconds, 3), kilobytes_per_document = Math.Round(s.Allocated / 1024.0 / documents, 1) }),
            };
            File.WriteAllText(json, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        }

        return 0;
    }

    case "conll-test":
    {
        var output = Option("--out", "bench/out/conll-test.jsonl");
        var count = PeerNer.WriteTestTexts(Path.Combine(Option("--shared", "../shared"), "data"), output);
        Console.WriteLine($"wrote {count} CoNLL-2003 test documents with their gold names to {output}");
        return 0;
    }

    case "peer-ner":
    {
        var (sitrep, peer) = PeerNer.Score(Option("--gold", "bench/out/conll-test.jsonl"), Option("--peer", "bench/out/compromise-ner.jsonl"));
        object Describe(Score score) => new { precision = Math.Round(score.Precision, 4), recall = Math.Round(score.Recall, 4), f1 = Math.Round(score.F1, 4), correct = score.Correct, predicted = score.Predicted, gold = score.Gold };
        var result = new { data = "CoNLL-2003 test, PER/LOC/ORG, exact character spans", sitrep = Describe(sitrep), compromise = Describe(peer) };
        File.WriteAllText(Option("--out", "bench/out/peer-ner.json"), JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"names on CoNLL-2003 test: Sitrep F1 {sitrep.F1:0.000}, compromise F1 {peer.F1:0.000}");
        return 0;
    }

    case "summary":
    {
        BenchSummary.Write(Option("--out", "bench/out"), Option("--sizes", "1000,10000,100000").Split(',').Select(int.Parse).ToArray());
        return 0;
    }

    default:
        Console.Error.WriteLine("usage: bench corpus --docs N [--shared DIR] [--out FILE] | ingest --corpus FILE [--db FILE] | stages [--docs N] [--json FILE] | conll-test [--out FILE] | summary [--out DIR] [--sizes N,N]");
        return command == "help" ? 0 : 2;
}

// Peak resident set size of this process (VmHWM), the figure the memory budget is about.
static double PeakResidentMegabytes()
{
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
        {
            return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
    }

    return Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
}

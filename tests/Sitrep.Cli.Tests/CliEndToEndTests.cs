using System.Text.Json;
using Sitrep.Tests.Shared;

namespace Sitrep.Cli.Tests;

public sealed class CliEndToEndTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string Database => Path.Combine(_directory.Path, "sitrep.db");

    [Theory]
    [InlineData]
    [InlineData("ingest")]
    [InlineData("docs")]
    [InlineData("show")]
    [InlineData("report")]
    [InlineData("export")]
    public void Every_command_has_help(params string[] command)
    {
        var run = CliRun.Invoke(Database, [.. command, "--help"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Contains("--db", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_commands_and_options_fail()
    {
        Assert.NotEqual(0, CliRun.Invoke(Database, "frobnicate").ExitCode);
        Assert.NotEqual(0, CliRun.Invoke(Database, "export", "--format", "pdf").ExitCode);
        Assert.NotEqual(0, CliRun.Invoke(Database, "ingest").ExitCode);
    }

    [SharedFact]
    public void The_seed_reports_export_as_five_schema_valid_documents_dated_from_the_sidecar_and_reingest_adds_nothing()
    {
        var seeds = Path.Combine(RepositoryPaths.Shared!, "corpus", "seeds");
        var first = CliRun.Invoke(Database, "ingest", seeds, "--json");
        Assert.Equal(0, first.ExitCode);
        using (var summary = JsonDocument.Parse(first.Output))
        {
            Assert.Equal(5, summary.RootElement.GetProperty("ingested").GetInt32());
        }

        var export = CliRun.Invoke(Database, "export", "--format", "jsonl");
        Assert.Equal(0, export.ExitCode);
        Assert.Equal(5, export.Lines.Count(line => line.StartsWith("{\"kind\":\"document\"", StringComparison.Ordinal)));
        var expectedDates = File.ReadLines(Path.Combine(seeds, "metadata.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(entry => entry.GetProperty("file").GetString()!, entry => entry.GetProperty("published").GetString());
        foreach (var line in export.Lines)
        {
            ExportSchemaValidator.AssertValid(line);
            var document = JsonDocument.Parse(line).RootElement;
            if (document.GetProperty("kind").GetString() != "document")
            {
                continue;
            }

            var file = Path.GetFileName(document.GetProperty("source_path").GetString()!);
            Assert.Equal(expectedDates[file], document.GetProperty("published").GetProperty("value").GetString());
            Assert.Equal("metadata", document.GetProperty("published_origin").GetString());
            Assert.True(File.Exists(document.GetProperty("source_path").GetString()));
        }

        var again = CliRun.Invoke(Database, "ingest", seeds, "--json");
        using (var summary = JsonDocument.Parse(again.Output))
        {
            Assert.Equal(0, summary.RootElement.GetProperty("ingested").GetInt32());
            Assert.Equal(5, summary.RootElement.GetProperty("already_stored").GetInt32());
        }

        Assert.Equal(export.Output, CliRun.Invoke(Database, "export").Output);
    }

    [SharedFact]
    public void The_bundled_sample_corpus_ingests_with_one_near_duplicate_and_exports_schema_valid_lines()
    {
        var samples = Path.Combine(RepositoryPaths.Root, "samples", "corpus");
        var run = CliRun.Invoke(Database, "ingest", samples, "--json");
        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Output);
        Assert.Equal(0, summary.RootElement.GetProperty("skipped").GetArrayLength());
        Assert.Equal(1, summary.RootElement.GetProperty("near_duplicates").GetInt32());

        var export = CliRun.Invoke(Database, "export");
        var lines = export.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var documents = lines.Where(l => l.GetProperty("kind").GetString() == "document").ToList();
        Assert.Equal(summary.RootElement.GetProperty("ingested").GetInt32(), documents.Count);
        Assert.Contains(lines, l => l.GetProperty("kind").GetString() == "entity");
        foreach (var line in export.Lines)
        {
            ExportSchemaValidator.AssertValid(line);
        }

        Assert.Equal(0, documents.Count(d => d.GetProperty("published").ValueKind == JsonValueKind.Null));
    }

    [Fact]
    public void Bad_inputs_are_listed_in_the_summary_and_leave_stored_documents_untouched()
    {
        var good = _directory.File("good/report.txt", "Talks resumed in Doha on Monday, the mediators said.");
        Assert.Equal(0, CliRun.Invoke(Database, "ingest", good).ExitCode);
        var before = CliRun.Invoke(Database, "export").Output;

        _directory.File("bad/empty.txt", string.Empty);
        _directory.File("bad/binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]);
        _directory.File("bad/broken.jsonl", "{not json}\n");
        _directory.File("bad/feed.xml", "<<<");
        var run = CliRun.Invoke(Database, "ingest", Path.Combine(_directory.Path, "bad"));
        Assert.Equal(1, run.ExitCode); // nothing at all could be read
        Assert.Contains("empty file", run.Output, StringComparison.Ordinal);
        Assert.Contains("binary file", run.Output, StringComparison.Ordinal);
        Assert.Contains("invalid JSON", run.Output, StringComparison.Ordinal);
        Assert.Contains("not a well-formed XML feed", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, CliRun.Invoke(Database, "export").Output);
    }

    [Fact]
    public void Standard_input_is_ingested_and_shown_with_its_sentences()
    {
        var input = CliRun.Utf8("Truce holds in the north\n\nKHARTOUM, April 16, 2023 (Sitrep Wire) - Fighting eased on Sunday. Dr. Ahmed said 56 people died.");
        Assert.Equal(0, CliRun.InvokeWithInput(Database, input, "ingest", "-").ExitCode);
        var docs = JsonDocument.Parse(CliRun.Invoke(Database, "docs", "--json").Output).RootElement;
        var id = docs[0].GetProperty("id").GetString()!;
        Assert.Equal("Truce holds in the north", docs[0].GetProperty("title").GetString());
        Assert.Equal("2023-04-16", docs[0].GetProperty("published").GetString());
        Assert.Equal("dateline", docs[0].GetProperty("published_origin").GetString());

        var show = CliRun.Invoke(Database, "show", id[..6]);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("Dr. Ahmed said 56 people died.", show.Output, StringComparison.Ordinal);
        var shown = JsonDocument.Parse(CliRun.Invoke(Database, "show", id, "--json").Output).RootElement;
        Assert.Equal(3, shown.GetProperty("layers").GetProperty("sentences").GetArrayLength());
        Assert.Equal("Khartoum", shown.GetProperty("dateline").GetProperty("place").GetString());
    }

    [Fact]
    public void Events_and_tolls_are_stored_exported_with_their_evidence_and_shown()
    {
        var report = _directory.File("kramatorsk.jsonl",
            """{"id": "k1", "published": "2022-04-08", "text": "Russian missiles struck the railway station in Kramatorsk on Friday, killing at least 50 people, Ukrainian officials said."}""" + "\n");
        Assert.Equal(0, CliRun.Invoke(Database, "ingest", report).ExitCode);

        var lines = CliRun.Invoke(Database, "export").Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var document = Assert.Single(lines, l => l.GetProperty("kind").GetString() == "document");
        var text = document.GetProperty("text").GetString()!;
        var strike = Assert.Single(lines, l => l.GetProperty("kind").GetString() == "event");
        Assert.Equal("ASSAULT", strike.GetProperty("type").GetString());
        Assert.Equal("2022-04-08", strike.GetProperty("date").GetProperty("value").GetString());
        var toll = Assert.Single(lines, l => l.GetProperty("kind").GetString() == "quantity");
        Assert.Equal(50, toll.GetProperty("value").GetDouble());
        Assert.Equal("at_least", toll.GetProperty("qualifier").GetString());
        Assert.Equal(strike.GetProperty("id").GetString(), toll.GetProperty("event").GetString());
        foreach (var fact in new[] { strike, toll })
        {
            var evidence = fact.GetProperty("evidence")[0];
            Assert.Equal(text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()], evidence.GetProperty("text").GetString());
        }

        var entityIds = lines.Where(l => l.GetProperty("kind").GetString() == "entity").Select(l => l.GetProperty("id").GetString()).ToHashSet();
        foreach (var role in new[] { "source", "place", "claimed_by" })
        {
            Assert.Contains(strike.GetProperty(role).GetProperty("entity").GetString(), entityIds);
        }

        var show = CliRun.Invoke(Database, "show", document.GetProperty("id").GetString()!);
        Assert.Contains("Events", show.Output, StringComparison.Ordinal);
        Assert.Contains("ASSAULT", show.Output, StringComparison.Ordinal);
        Assert.Contains("killed", show.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Showing_an_unknown_document_fails_with_a_message()
    {
        var run = CliRun.Invoke(Database, "show", "feedface");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no document 'feedface'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exports_tables_as_csv_and_tsv_to_a_file()
    {
        _directory.File("in/a.txt", "Aid convoys arrived, officials said.");
        _directory.File("in/metadata.jsonl", """{"file": "a.txt", "title": "Aid \"convoys\" arrive, officials say"}""");
        CliRun.Invoke(Database, "ingest", Path.Combine(_directory.Path, "in"));
        var csvPath = Path.Combine(_directory.Path, "out", "docs.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(csvPath)!);
        Assert.Equal(0, CliRun.Invoke(Database, "export", "--format", "csv", "--output", csvPath).ExitCode);
        var csv = File.ReadAllLines(csvPath);
        Assert.StartsWith("id,published,", csv[0], StringComparison.Ordinal);
        Assert.Contains("\"Aid \"\"convoys\"\" arrive, officials say\"", csv[1], StringComparison.Ordinal);
        Assert.False(File.Exists(csvPath + ".partial"));

        var tsv = CliRun.Invoke(Database, "export", "--format", "tsv").Lines;
        Assert.Equal(2, tsv.Count);
        Assert.Equal(10, tsv[1].Split('\t').Length);
    }

    [Fact]
    public void The_report_summarises_an_empty_and_a_filled_store()
    {
        Assert.Contains("is empty", CliRun.Invoke(Database, "report").Output, StringComparison.Ordinal);
        _directory.File("in/a.txt", "Ceasefire talks open in Cairo\n\nCAIRO, May 3, 2024 (Sitrep Wire) - Egypt and Qatar held talks on Friday. Israeli jets struck Rafah.");
        CliRun.Invoke(Database, "ingest", Path.Combine(_directory.Path, "in"));
        var report = CliRun.Invoke(Database, "report");
        Assert.Equal(0, report.ExitCode);
        Assert.Contains("1 reports from 1 sources", report.Output, StringComparison.Ordinal);
        Assert.Contains("Ceasefire talks open in Cairo", report.Output, StringComparison.Ordinal);
        var json = JsonDocument.Parse(CliRun.Invoke(Database, "report", "--json").Output).RootElement;
        Assert.Equal("2024-05-03", json.GetProperty("first_published").GetString());
        Assert.Contains("events by PLOVER type", report.Output, StringComparison.Ordinal);
        var types = json.GetProperty("event_types").EnumerateArray().Select(t => t.GetProperty("type").GetString()).ToList();
        Assert.Contains("CONSULT", types);
        Assert.Contains("ASSAULT", types);
    }

    public void Dispose() => _directory.Dispose();
}

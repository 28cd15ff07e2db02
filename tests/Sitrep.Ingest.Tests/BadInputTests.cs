using System.Text;
using Sitrep.Ingest.Formats;
using Sitrep.Tests.Shared;

namespace Sitrep.Ingest.Tests;

/// <summary>Every kind of bad input is skipped with a clear reason (or read correctly where it is readable); nothing throws.</summary>
public sealed class BadInputTests
{
    private readonly DocumentReader _reader = new();

    [Fact]
    public void Empty_files_are_skipped()
    {
        using var dir = new TempDirectory();
        Assert.Equal("empty file", SkipReason(dir.File("empty.txt", string.Empty)));
        Assert.Equal("empty file", SkipReason(dir.File("empty.jsonl", string.Empty)));
        Assert.Equal("empty file", SkipReason(dir.File("empty.xml", string.Empty)));
        Assert.Equal("no text (only white space)", SkipReason(dir.File("blank.txt", "  \n\n ")));
    }

    [Fact]
    public void Binary_files_are_skipped()
    {
        using var dir = new TempDirectory();
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        Assert.StartsWith("binary file", SkipReason(dir.File("image.txt", bytes)), StringComparison.Ordinal);
        Assert.StartsWith("binary file", SkipReason(dir.File("page.html", bytes)), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_read_as_legacy_text_with_a_note()
    {
        using var dir = new TempDirectory();
        var path = dir.File("latin1.txt", [.. Encoding.ASCII.GetBytes("Talks in Bogot"), 0xE1, .. Encoding.ASCII.GetBytes(" resumed.")]);
        var document = Assert.Single(_reader.Read([path]).OfType<RawDocument>());
        Assert.Equal("Talks in Bogotá resumed.", document.Text);
        Assert.Contains("not valid UTF-8", Assert.Single(document.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read_correctly()
    {
        using var dir = new TempDirectory();
        var path = dir.File("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Çavuşoğlu arrived in Baku.")]);
        Assert.Equal("Çavuşoğlu arrived in Baku.", Assert.Single(_reader.Read([path]).OfType<RawDocument>()).Text);
    }

    [Fact]
    public void A_200_megabyte_file_is_skipped_without_being_read()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(200L * 1024 * 1024); // sparse: costs no disk and no time
        }

        var reason = SkipReason(path);
        Assert.Contains("too large", reason, StringComparison.Ordinal);
        Assert.Contains("200 MB", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_json_lines_file_is_streamed_and_an_oversized_line_skipped()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("big.jsonl");
        using (var writer = new StreamWriter(path))
        {
            for (var i = 0; i < 2000; i++)
            {
                writer.WriteLine($$"""{"text": "Report number {{i}} on the fighting."}""");
            }

            writer.WriteLine("{\"text\": \"" + new string('x', 5000) + "\"}");
            writer.WriteLine("""{"text": "After the long line."}""");
        }

        var reader = new DocumentReader(new IngestLimits { MaxLineChars = 4000 });
        var items = reader.Read([path]).ToList();
        Assert.Equal(2001, items.OfType<RawDocument>().Count());
        var skipped = Assert.Single(items.OfType<SkippedInput>());
        Assert.EndsWith("#line2001", skipped.Origin, StringComparison.Ordinal);
        Assert.Contains("longer than", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_lines_are_skipped_one_by_one()
    {
        using var dir = new TempDirectory();
        var path = dir.File("mixed.jsonl", """
            {"text": "Good line one."}
            {"text": "Broken line
            [1, 2, 3]
            {"title": "No text here"}
            {"text": "Good line two."}
            """);
        var items = _reader.Read([path]).ToList();
        Assert.Equal(["Good line one.", "Good line two."], items.OfType<RawDocument>().Select(d => d.Text));
        var reasons = items.OfType<SkippedInput>().Select(s => s.Reason).ToList();
        Assert.Equal(3, reasons.Count);
        Assert.StartsWith("invalid JSON", reasons[0], StringComparison.Ordinal);
        Assert.StartsWith("expected a JSON object", reasons[1], StringComparison.Ordinal);
        Assert.StartsWith("no text field", reasons[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_json_file_is_skipped()
    {
        using var dir = new TempDirectory();
        Assert.StartsWith("invalid JSON", SkipReason(dir.File("broken.json", "{\"text\": ")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_that_is_not_xml_is_skipped()
    {
        using var dir = new TempDirectory();
        Assert.StartsWith("not a well-formed XML feed", SkipReason(dir.File("feed.xml", "this is not <xml at all")), StringComparison.Ordinal);
        Assert.Contains("neither an RSS nor an Atom feed", SkipReason(dir.File("other.xml", "<catalog><book/></catalog>")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_with_an_external_entity_is_refused()
    {
        using var dir = new TempDirectory();
        var path = dir.File("xxe.xml", """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><description>&xxe;</description></item></channel></rss>
            """);
        Assert.StartsWith("not a well-formed XML feed", SkipReason(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_entries_in_a_directory_are_skipped_and_the_rest_read()
    {
        using var dir = new TempDirectory();
        dir.File("good.txt", "A readable report.");
        File.CreateSymbolicLink(dir.Combine("dangling.txt"), dir.Combine("missing-target.txt"));
        var locked = dir.File("locked.txt", "Held open exclusively by another writer.");
        using var holder = new FileStream(locked, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var items = _reader.Read([dir.Path]).ToList();
        Assert.Equal("A readable report.", Assert.Single(items.OfType<RawDocument>()).Text);
        var skipped = items.OfType<SkippedInput>().ToDictionary(s => Path.GetFileName(s.Origin), s => s.Reason);
        Assert.StartsWith("cannot read", skipped["dangling.txt"], StringComparison.Ordinal);
        Assert.StartsWith("cannot read", skipped["locked.txt"], StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_paths_and_unsupported_types_are_skipped_with_reasons()
    {
        using var dir = new TempDirectory();
        Assert.Equal("no such file or directory", SkipReason(dir.Combine("nowhere.txt")));
        Assert.Equal("unsupported file type (.pdf)", SkipReason(dir.File("report.pdf", "%PDF-1.7")));
    }

    [Fact]
    public void Hostile_html_is_read_as_text_only()
    {
        using var dir = new TempDirectory();
        var path = dir.File("hostile.html", "<html><body><article><p>Ceasefire talks resumed on Monday, officials said, after a pause of several weeks.</p><script>alert('x')</script><p onclick=\"evil()\">Second paragraph with <img src=x onerror=alert(1)> more words about the talks.</p></article></body></html>");
        var text = Assert.Single(_reader.Read([path]).OfType<RawDocument>()).Text;
        Assert.DoesNotContain("alert", text, StringComparison.Ordinal);
        Assert.Contains("Second paragraph with more words", text, StringComparison.Ordinal);
    }

    private string SkipReason(string path) => Assert.Single(_reader.Read([path]).OfType<SkippedInput>()).Reason;
}

using System.Text;
using Sitrep.Tests.Shared;

namespace Sitrep.Ingest.Tests;

/// <summary>Reading each input format through <see cref="DocumentReader"/>: what becomes a document, with which metadata.</summary>
public sealed class InputFormatTests
{
    private readonly DocumentReader _reader = new();

    [Fact]
    public void Reads_json_lines_with_metadata_fields()
    {
        using var dir = new TempDirectory();
        var path = dir.File("feed.jsonl", """
            {"id": "a1", "title": "Talks open", "text": "Delegations met in Doha on Monday.", "url": "https://example.org/a1", "source": "Example Wire", "published": "2024-02-05"}
            {"content": "Second report body.", "date": "2024-02-06T10:00:00Z", "headline": "Second"}
            """);
        var documents = _reader.Read([path]).OfType<RawDocument>().ToList();
        Assert.Equal(2, documents.Count);
        Assert.Equal("Talks open", documents[0].Metadata.Title);
        Assert.Equal("a1", documents[0].Metadata.ExternalId);
        Assert.Equal("Example Wire", documents[0].Metadata.Source);
        Assert.Equal("2024-02-05", documents[0].Metadata.Published!.Value);
        Assert.Equal("Second", documents[1].Metadata.Title);
        Assert.Equal("2024-02-06", documents[1].Metadata.Published!.Value);
        Assert.EndsWith("feed.jsonl#line2", documents[1].Metadata.SourcePath, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_json_array_and_an_articles_object()
    {
        using var dir = new TempDirectory();
        var array = dir.File("a.json", """[{"text": "One."}, {"text": "Two."}]""");
        var wrapped = dir.File("b.json", """{"articles": [{"body": "Three."}]}""");
        var single = dir.File("c.json", """{"text": "Four."}""");
        var texts = _reader.Read([array, wrapped, single]).OfType<RawDocument>().Select(d => d.Text).ToList();
        Assert.Equal(["One.", "Two.", "Three.", "Four."], texts);
    }

    [Fact]
    public void Reads_rss_items_with_their_dates_and_links()
    {
        using var dir = new TempDirectory();
        var path = dir.File("feed.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example Feed</title>
            <item><title>First</title><link>https://example.org/1</link><pubDate>Mon, 05 Feb 2024 09:00:00 GMT</pubDate>
              <description>Plain first item text.</description></item>
            <item><title>Second</title><link>https://example.org/2</link><pubDate>Tue, 06 Feb 2024 09:00:00 GMT</pubDate>
              <content:encoded><![CDATA[<p>Second item <b>in HTML</b>.</p><p>Another paragraph.</p>]]></content:encoded></item>
            </channel></rss>
            """);
        var documents = _reader.Read([path]).OfType<RawDocument>().ToList();
        Assert.Equal(2, documents.Count);
        Assert.Equal("Plain first item text.", documents[0].Text);
        Assert.Equal("Second item in HTML.\n\nAnother paragraph.", documents[1].Text);
        Assert.Equal("https://example.org/2", documents[1].Metadata.Url);
        Assert.Equal("2024-02-06", documents[1].Metadata.Published!.Value);
        Assert.Equal("Example Feed", documents[1].Metadata.Source);
    }

    [Fact]
    public void Reads_atom_entries()
    {
        using var dir = new TempDirectory();
        var path = dir.File("feed.atom", """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Example</title>
            <entry><title>Entry one</title><link rel="alternate" href="https://example.org/e1"/><id>urn:e1</id>
              <published>2023-11-24T12:00:00Z</published><content type="html">&lt;p&gt;Hostages were freed.&lt;/p&gt;</content></entry>
            </feed>
            """);
        var document = Assert.Single(_reader.Read([path]).OfType<RawDocument>());
        Assert.Equal("Hostages were freed.", document.Text);
        Assert.Equal("https://example.org/e1", document.Metadata.Url);
        Assert.Equal("2023-11-24", document.Metadata.Published!.Value);
    }

    [Fact]
    public void A_sidecar_supplies_and_overrides_metadata()
    {
        using var dir = new TempDirectory();
        dir.File("a.txt", "Troops withdrew from the town on Sunday.");
        dir.File("sub/b.html", "<html><head><title>In-page title</title></head><body><article><p>Body text of the page about the ceasefire agreement reached overnight in the capital after long talks.</p></article></body></html>");
        dir.File("metadata.jsonl", """
            {"file": "a.txt", "published": "2020-11-01", "source": "Sidecar Wire", "url": "https://example.org/a", "title": "Sidecar title"}
            {"file": "sub/b.html", "title": "Sidecar wins"}
            """);
        var documents = _reader.Read([dir.Path]).OfType<RawDocument>().ToDictionary(d => Path.GetFileName(d.Origin));
        Assert.Equal("2020-11-01", documents["a.txt"].Metadata.Published!.Value);
        Assert.Equal("Sidecar Wire", documents["a.txt"].Metadata.Source);
        Assert.Equal("Sidecar title", documents["a.txt"].Metadata.Title);
        Assert.Equal("Sidecar wins", documents["b.html"].Metadata.Title);
        Assert.DoesNotContain("metadata.jsonl", documents.Keys);
    }

    [Fact]
    public void Standard_input_is_sniffed()
    {
        var json = Encoding.UTF8.GetBytes("{\"text\": \"From a pipe.\", \"title\": \"Piped\"}\n");
        var document = Assert.Single(_reader.Read(["-"], () => new MemoryStream(json)).OfType<RawDocument>());
        Assert.Equal("Piped", document.Metadata.Title);
        Assert.StartsWith("<stdin>", document.Origin, StringComparison.Ordinal);

        var text = Encoding.UTF8.GetBytes("Plain text from a pipe.");
        Assert.Equal("Plain text from a pipe.", Assert.Single(_reader.Read(["-"], () => new MemoryStream(text)).OfType<RawDocument>()).Text);
    }

    [Fact]
    public void Directories_are_read_recursively_in_name_order_without_hidden_entries()
    {
        using var dir = new TempDirectory();
        dir.File("b.txt", "Second.");
        dir.File("a.txt", "First.");
        dir.File("z/c.txt", "Third.");
        dir.File(".git/d.txt", "Hidden.");
        dir.File(".hidden.txt", "Hidden too.");
        var texts = _reader.Read([dir.Path]).OfType<RawDocument>().Select(d => d.Text).ToList();
        Assert.Equal(["First.", "Second.", "Third."], texts);
    }
}

using Sitrep.Ingest.Formats;

namespace Sitrep.Ingest.Tests;

public sealed class ArticleExtractorTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Truce holds in the north | The Example Ledger</title>
          <meta property="og:title" content="Truce holds in the north">
          <meta property="article:published_time" content="2023-06-06T08:15:00+03:00">
          <meta property="og:site_name" content="The Example Ledger">
          <link rel="canonical" href="https://example.org/truce-holds">
          <script>var tracking = "Share this article";</script>
          <style>.x { color: red }</style>
        </head><body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <header class="site-header"><h1>The Example Ledger</h1></header>
          <article>
            <h1>Truce holds in the north</h1>
            <div class="byline">By A. Writer, staff correspondent</div>
            <p>A truce between the army and the rebels held for a second day on Tuesday, residents said.</p>
            <div class="share-buttons"><a>Facebook</a><a>Twitter</a><span>Share this article</span></div>
            <p>Aid convoys reached three towns that had been cut off since March, the United Nations said.</p>
            <h2>Talks to resume</h2>
            <p>Negotiators are expected back in Geneva next week.</p>
            <div class="about-author"><h3>About the Author</h3><p>A. Writer covers the region for the Ledger.</p></div>
          </article>
          <aside class="related"><p>Related stories: Floods in the south</p></aside>
          <footer><p>© 2023 The Example Ledger. All rights reserved.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Keeps_the_article_text_and_drops_the_page_furniture()
    {
        var (text, _) = ArticleExtractor.Extract(Page);
        Assert.Equal(
            "A truce between the army and the rebels held for a second day on Tuesday, residents said.\n\n"
            + "Aid convoys reached three towns that had been cut off since March, the United Nations said.\n\n"
            + "Talks to resume\n\n"
            + "Negotiators are expected back in Geneva next week.",
            text);
    }

    [Fact]
    public void Reads_title_date_outlet_and_address_from_the_head()
    {
        var (_, metadata) = ArticleExtractor.Extract(Page);
        Assert.Equal("Truce holds in the north", metadata.Title);
        Assert.Equal("2023-06-06", metadata.Published!.Value);
        Assert.Equal("The Example Ledger", metadata.Source);
        Assert.Equal("https://example.org/truce-holds", metadata.Url);
    }

    [Fact]
    public void Finds_the_body_of_a_page_without_article_markup()
    {
        const string html = """
            <html><body><div id="menu"><p>Home</p><p>World</p></div>
            <div class="content"><div class="inner">
              <p>Shelling resumed overnight near the front line, the regional governor said on Telegram.</p>
              <p>Two people were wounded and several houses damaged, he added, without giving more details.</p>
            </div></div><div id="footer"><p>Contact us</p></div></body></html>
            """;
        var (text, _) = ArticleExtractor.Extract(html);
        Assert.StartsWith("Shelling resumed overnight", text, StringComparison.Ordinal);
        Assert.EndsWith("without giving more details.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Contact us", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_date_from_json_ld_when_meta_tags_lack_it()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-12T02:00:00Z"}</script></head>
            <body><article><p>Strikes hit targets across the country overnight, officials said, in a first wave of attacks.</p>
            <p>The defence ministry said the targets included radar sites and launch areas used in recent attacks.</p></article></body></html>
            """;
        Assert.Equal("2024-01-12", ArticleExtractor.Extract(html).Metadata.Published!.Value);
    }

    [Fact]
    public void Survives_malformed_markup()
    {
        const string html = "<html><body><article><p>Unclosed paragraph about the talks in Doha<p>Another <b>bold <i>claim</article></div></span>";
        var (text, _) = ArticleExtractor.Extract(html);
        Assert.Contains("Unclosed paragraph about the talks in Doha", text, StringComparison.Ordinal);
        Assert.Contains("Another bold claim", text, StringComparison.Ordinal);
    }
}

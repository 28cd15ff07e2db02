using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Core.Documents;
using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Formats;

/// <summary>Extracts an article's main text, title, date, outlet and address from an HTML page, leaving page furniture behind.</summary>
/// <remarks>
/// Furniture (navigation, share buttons, bylines, author boxes, related links, footers) is removed by element
/// and by class/id names; the article body is the <c>article</c>/<c>main</c>/<c>articleBody</c> element with
/// the most paragraph text, else the element whose own paragraphs hold the most text.
/// </remarks>
public static partial class ArticleExtractor
{
    private const string BlockSelector = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd";
    private const string AlwaysFurniture = "script, style, noscript, template, iframe, svg, canvas, form, button, select, input, nav, footer, aside, figure, header, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], [aria-hidden=true]";
    private const int MinBodyChars = 140;

    private static readonly HtmlParser Parser = new();

    public static (string Text, DocumentMetadata Metadata) Extract(string html)
    {
        var document = Parser.ParseDocument(html);
        var metadata = ReadMetadata(document);
        RemoveFurniture(document);
        var root = ChooseBody(document);
        return (root is null ? string.Empty : CollectText(root), metadata);
    }

    /// <summary>Text of an HTML fragment (a feed item's description), without metadata.</summary>
    public static string ExtractFragmentText(string html)
    {
        var document = Parser.ParseDocument("<html><body>" + html + "</body></html>");
        RemoveFurniture(document);
        return document.Body is null ? string.Empty : CollectText(document.Body);
    }

    private static DocumentMetadata ReadMetadata(IDocument document)
    {
        var title = Meta(document, "og:title") ?? Clean(document.Title) ?? Clean(document.QuerySelector("h1")?.TextContent);
        var published = FirstDate(
            Meta(document, "article:published_time"),
            Meta(document, "og:published_time"),
            Meta(document, "datePublished"),
            Meta(document, "pubdate"),
            Meta(document, "publishdate"),
            Meta(document, "publish-date"),
            Meta(document, "date"),
            Meta(document, "DC.date.issued"),
            Meta(document, "dc.date"),
            JsonLdDatePublished(document),
            document.QuerySelector("article time[datetime], time[pubdate][datetime]")?.GetAttribute("datetime"));
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        return new DocumentMetadata
        {
            Title = title,
            Source = Meta(document, "og:site_name"),
            Url = Clean(url),
            Published = published,
        };
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return Clean(meta.GetAttribute("content"));
            }
        }

        return null;
    }

    private static Core.Time.DateValue? FirstDate(params string?[] candidates) =>
        candidates.Select(PublishedDateParser.Parse).FirstOrDefault(date => date is not null);

    private static string? JsonLdDatePublished(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (FindProperty(json.RootElement, "datePublished") is { } value)
                {
                    return value;
                }
            }
            catch (JsonException)
            {
                // Broken structured data is common; the other date sources still apply.
            }
        }

        return null;
    }

    private static string? FindProperty(JsonElement element, string name)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(name) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        return property.Value.GetString();
                    }

                    if (FindProperty(property.Value, name) is { } nested)
                    {
                        return nested;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindProperty(item, name) is { } nested)
                    {
                        return nested;
                    }
                }

                break;
        }

        return null;
    }

    private static void RemoveFurniture(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(AlwaysFurniture).ToList())
        {
            element.Remove();
        }

        foreach (var element in document.QuerySelectorAll("[class], [id]").ToList())
        {
            if (element.Parent is not null && IsFurnitureName(element) && !HoldsArticle(element))
            {
                element.Remove();
            }
        }
    }

    private static bool IsFurnitureName(IElement element)
    {
        var names = (element.GetAttribute("class") ?? string.Empty) + " " + (element.GetAttribute("id") ?? string.Empty);
        return FurnitureName().IsMatch(names);
    }

    private static bool HoldsArticle(IElement element) =>
        element.LocalName is "article" or "main" or "body" or "html"
        || element.GetAttribute("itemprop") == "articleBody"
        || element.QuerySelector("article, main, [itemprop=articleBody]") is not null;

    private static IElement? ChooseBody(IDocument document)
    {
        var marked = document.QuerySelectorAll("[itemprop=articleBody], article, main, [role=main]")
            .Select(element => (Element: element, Chars: ParagraphChars(element)))
            .OrderByDescending(candidate => candidate.Chars)
            .FirstOrDefault();
        if (marked.Element is not null && marked.Chars >= MinBodyChars)
        {
            return marked.Element;
        }

        // Readability-style fallback: credit each paragraph's text to its parent, half to its grandparent.
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            var chars = Normalise(paragraph.TextContent).Length;
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + chars;
                if (parent.ParentElement is { } grandparent)
                {
                    scores[grandparent] = scores.GetValueOrDefault(grandparent) + (chars / 2.0);
                }
            }
        }

        return scores.Count > 0 ? scores.MaxBy(pair => pair.Value).Key : document.Body;
    }

    private static int ParagraphChars(IElement element) =>
        element.QuerySelectorAll("p").Sum(paragraph => Normalise(paragraph.TextContent).Length);

    private static string CollectText(IElement root)
    {
        var blocks = root.QuerySelectorAll(BlockSelector)
            .Where(block => block.QuerySelector(BlockSelector) is null)
            .Select(block => (Text: Normalise(block.TextContent), IsItem: block.LocalName == "li"))
            .Where(block => block.Text.Length > 0 && !IsFurnitureText(block.Text))
            .ToList();
        if (blocks.Count == 0)
        {
            var whole = Normalise(root.TextContent);
            return IsFurnitureText(whole) ? string.Empty : whole;
        }

        var builder = new StringBuilder();
        foreach (var (text, isItem) in blocks)
        {
            if (builder.Length > 0)
            {
                builder.Append(isItem ? "\n" : "\n\n");
            }

            builder.Append(isItem ? "- " + text : text);
        }

        return builder.ToString();
    }

    private static bool IsFurnitureText(string text) => text.Length <= 120 && FurnitureText().IsMatch(text);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : Normalise(value);

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"(?:^|[\s_-])(share|sharing|social|byline|author|authors|bio|related|recommended|comments?|newsletter|subscribe|subscription|promo|advert|advertisement|ads?|sponsored|cookies?|breadcrumbs?|tags|sidebar|footer|masthead|navbar|nav|menu|popup|modal|signup|more-stories|read-more|caption|credits?|toolbar|print)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureName();

    [GeneratedRegex(@"^(share( this)?( article| story| on \w+)?|follow us\b.*|about (the )?author\b.*|read more\b.*|related( articles| stories| news)?:?|advertisement|subscribe\b.*|sign up\b.*|all rights reserved\b.*|©.*|copyright\b.*|click here\b.*|tags?:.*|print|email|facebook|twitter|whatsapp|linkedin|telegram)$", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureText();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

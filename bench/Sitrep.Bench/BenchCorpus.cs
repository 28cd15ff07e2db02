using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Corpora;

namespace Sitrep.Bench;

/// <summary>Builds a benchmark corpus of any size from the real news texts in ../shared/data (CoNLL-2003 and ECB+ articles).</summary>
/// <remarks>
/// The first pass uses each article as it is. Later passes recombine paragraphs: each new document keeps an
/// article's lead, shuffles its other paragraphs and swaps about half of them for paragraphs of two other
/// articles, so that no two generated documents are near-duplicates of each other.
/// </remarks>
public static class BenchCorpus
{
    private const int SentencesPerParagraph = 2;

    public static List<List<string>> LoadArticles(string sharedData)
    {
        var articles = new List<List<string>>();
        foreach (var split in new[] { "train.txt", "valid.txt", "test.txt" })
        {
            foreach (var document in ConllCorpus.Read(Path.Combine(sharedData, "conll2003", split)))
            {
                articles.Add(Paragraphs(document.Sentences.Select(s => TokenJoiner.Join([.. s.Select(t => t.Word)]))));
            }
        }

        foreach (var document in EcbPlusCorpus.ReadAll(Path.Combine(sharedData, "ecbplus")))
        {
            articles.Add(Paragraphs(document.Sentences.Select(s => TokenJoiner.Join([.. s.Select(t => t.Text)]))));
        }

        return [.. articles.Where(a => a.Count >= 2)];
    }

    public static void Write(List<List<string>> articles, int count, string path, int seed = 20261125)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var random = new Random(seed);
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            var article = articles[i % articles.Count];
            var paragraphs = i < articles.Count ? article : Recombine(article, articles, random);
            var record = new Dictionary<string, string?>
            {
                ["id"] = "bench-" + i.ToString(CultureInfo.InvariantCulture),
                ["title"] = paragraphs[0].Length <= 120 ? paragraphs[0] : null,
                ["source"] = "Benchmark Corpus",
                ["published"] = i % 2 == 0 ? new DateOnly(2020, 1, 1).AddDays(i % 1500).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                ["text"] = string.Join("\n\n", paragraphs),
            };
            writer.WriteLine(JsonSerializer.Serialize(record, options));
        }
    }

    private static List<string> Paragraphs(IEnumerable<string> sentences) =>
        [.. sentences.Chunk(SentencesPerParagraph).Select(chunk => string.Join(" ", chunk))];

    /// <summary>The article's lead, then as many paragraphs as it had, drawn one in three from it and the rest from two other articles.</summary>
    private static List<string> Recombine(List<string> article, List<List<string>> articles, Random random)
    {
        var donors = new[] { articles[random.Next(articles.Count)], articles[random.Next(articles.Count)] };
        var paragraphs = new List<string> { article[0] };
        var length = Math.Max(article.Count, 4);
        for (var k = 1; k < length; k++)
        {
            var from = random.Next(3) == 0 ? article : donors[k % 2];
            paragraphs.Add(from[random.Next(from.Count)]);
        }

        return paragraphs;
    }
}

using System.Text;
using System.Text.Json;
using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Corpora;
using Sitrep.Extraction.Entities.Recognition;
using Sitrep.Extraction.Text;

namespace Sitrep.Bench;

/// <summary>
/// Names found by Sitrep and by a peer library on the same CoNLL-2003 test texts, scored the same way: exact
/// character spans and type, on the three types both find (people, places, organisations).
/// </summary>
public static class PeerNer
{
    private static readonly string[] Types = ["PER", "LOC", "ORG"];

    /// <summary>Writes the test documents as running text with their gold names as character spans.</summary>
    public static int WriteTestTexts(string sharedData, string output)
    {
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false));
        var count = 0;
        foreach (var document in ConllCorpus.Read(Path.Combine(sharedData, "conll2003", "test.txt")))
        {
            var text = new StringBuilder();
            var entities = new List<object>();
            foreach (var sentence in document.Sentences)
            {
                if (text.Length > 0)
                {
                    text.Append('\n');
                }

                var spans = TokenJoiner.Append(text, [.. sentence.Select(t => t.Word)]);
                for (var i = 0; i < sentence.Count; i++)
                {
                    if (sentence[i].Tag.StartsWith("B-", StringComparison.Ordinal))
                    {
                        var end = i + 1;
                        while (end < sentence.Count && sentence[end].Tag == "I-" + sentence[i].Tag[2..])
                        {
                            end++;
                        }

                        entities.Add(new { start = spans[i].Start, end = spans[end - 1].End, type = sentence[i].Tag[2..] });
                    }
                }
            }

            writer.WriteLine(JsonSerializer.Serialize(new { id = $"conll/test/{document.Index}", text = text.ToString(), entities }));
            count++;
        }

        return count;
    }

    /// <summary>Scores Sitrep's recogniser and the peer's predictions against the gold written by <see cref="WriteTestTexts"/>.</summary>
    public static (Score Sitrep, Score Peer) Score(string goldFile, string peerFile)
    {
        var gold = File.ReadLines(goldFile).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var peer = File.ReadLines(peerFile).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => Spans(e.GetProperty("entities")), StringComparer.Ordinal);
        var pipeline = new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new MentionRecognizer()).Build();
        var sitrep = new Score();
        var other = new Score();
        foreach (var document in gold)
        {
            var id = document.GetProperty("id").GetString()!;
            var expected = Spans(document.GetProperty("entities"));
            var annotated = pipeline.Annotate(new Document(id, document.GetProperty("text").GetString()!, new DocumentMetadata()));
            var found = annotated.Get(Layers.Mentions).Select(m => (m.Start, m.End, Type: TypeName(m.Type))).Where(m => Types.Contains(m.Type)).ToHashSet();
            sitrep.Add(expected, found);
            other.Add(expected, peer.GetValueOrDefault(id) ?? []);
        }

        return (sitrep, other);
    }

    private static HashSet<(int Start, int End, string Type)> Spans(JsonElement entities) =>
        [.. entities.EnumerateArray()
            .Select(e => (e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("type").GetString()!))
            .Where(e => Types.Contains(e.Item3))];

    private static string TypeName(MentionType type) => type switch
    {
        MentionType.Person => "PER",
        MentionType.Location => "LOC",
        MentionType.Organization => "ORG",
        _ => "MISC",
    };
}

/// <summary>Exact-match precision, recall and F1, gathered document by document.</summary>
public sealed class Score
{
    public int Correct { get; private set; }

    public int Predicted { get; private set; }

    public int Gold { get; private set; }

    public double Precision => Predicted == 0 ? 0 : Correct / (double)Predicted;

    public double Recall => Gold == 0 ? 0 : Correct / (double)Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(IReadOnlySet<(int, int, string)> gold, IReadOnlySet<(int, int, string)> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        Correct += predicted.Count(gold.Contains);
        Predicted += predicted.Count;
        Gold += gold.Count;
    }
}

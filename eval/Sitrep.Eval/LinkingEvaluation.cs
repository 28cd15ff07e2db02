using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Time;
using Sitrep.Corpora;
using Sitrep.Extraction.Entities.Linking;
using Sitrep.Extraction.Entities.Recognition;
using Sitrep.Extraction.Text;

namespace Sitrep.Eval;

/// <summary>
/// Entity-linking accuracy on eval/gold/linking-dev.jsonl: each gold mention (with its misspelt or transliterated variant
/// put into the text) is given to the linker as a mention of its gold type, among the recogniser's other mentions of the
/// document; the linked id — or NIL for a new entity — is compared with the gold id.
/// </summary>
internal static class LinkingEvaluation
{
    public static int Run(EvalArguments arguments)
    {
        var result = Evaluate(arguments.SharedData, arguments.Option("--gold", "eval/gold/linking-dev.jsonl"), arguments.Option("--errors", string.Empty).Length > 0);
        Console.WriteLine($"linking: {result.Correct}/{result.Total} = {result.Accuracy:0.0000}");
        foreach (var (group, correct, total) in result.Groups)
        {
            Console.WriteLine($"  {group,-24} {correct,4}/{total,-4} {(total == 0 ? 0 : correct / (double)total):0.0000}");
        }

        return 0;
    }

    public static LinkingResult Evaluate(string sharedData, string goldPath, bool printErrors)
    {
        var items = File.ReadLines(goldPath).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in new[] { "train", "valid" }.SelectMany(split => CorpusTexts.Conll(sharedData, split)).Concat(CorpusTexts.EcbPlus(sharedData)))
        {
            texts[text.Id] = text.Text;
        }

        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        var recognizer = new MentionRecognizer();
        var linker = new EntityLinker();
        var groups = new Dictionary<string, (int Correct, int Total)>(StringComparer.Ordinal);
        int correctAll = 0, totalAll = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var item in items)
        {
            var docId = item.GetProperty("doc").GetString()!;
            var start = item.GetProperty("start").GetInt32();
            var end = item.GetProperty("end").GetInt32();
            var variant = item.TryGetProperty("variant", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var text = texts[docId];
            if (variant is not null)
            {
                text = text[..start] + variant + text[end..];
                end = start + variant.Length;
            }

            DateValue? date = item.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? new DateValue(d.GetString()!, DateGranularity.Day) : null;
            var document = new AnnotatedDocument(new Document(docId, text, new DocumentMetadata { Published = date }));
            tokenizer.Annotate(document, CancellationToken.None);
            splitter.Annotate(document, CancellationToken.None);
            var tokens = document.Get(Layers.Tokens);
            var recognised = new AnnotatedDocument(document.Document);
            recognised.Add(Layers.Tokens, tokens);
            recognised.Add(Layers.Sentences, document.Get(Layers.Sentences));
            recognizer.Annotate(recognised, CancellationToken.None);
            var first = tokens.Select((t, i) => (t, i)).First(x => x.t.End > start).i;
            var last = tokens.Select((t, i) => (t, i)).Last(x => x.t.Start < end).i;
            var gold = new Mention(start, end, GoldType(item.GetProperty("type").GetString()!), first, last + 1);
            var mentions = recognised.Get(Layers.Mentions).Where(m => m.End <= start || m.Start >= end).Append(gold).OrderBy(m => m.Start).ToImmutableArray();
            document.Add(Layers.Mentions, mentions);
            linker.Annotate(document, CancellationToken.None);
            var linked = document.Get(Layers.Entities).Where(e => e.Start < end && start < e.End).OrderByDescending(e => e.Start == start && e.End == end).FirstOrDefault();
            var predicted = linked.EntityId is null || NewEntityIds.IsNew(linked.EntityId) ? "NIL" : linked.EntityId;
            var expected = item.GetProperty("expected").GetString()!;
            var ok = predicted == expected;
            correctAll += ok ? 1 : 0;
            totalAll++;
            foreach (var group in new[] { "type " + item.GetProperty("type").GetString(), variant is null ? "spelling as written" : "variant spelling", expected == "NIL" ? "gold NIL" : "gold in KB" })
            {
                var (c, t) = groups.GetValueOrDefault(group);
                groups[group] = (c + (ok ? 1 : 0), t + 1);
            }

            if (!ok && printErrors)
            {
                var context = text[Math.Max(0, start - 40)..Math.Min(text.Length, end + 40)].Replace('\n', ' ');
                Console.WriteLine($"  {item.GetProperty("id").GetString()}: '{text[start..end]}' ({item.GetProperty("type").GetString()}) expected {expected}, got {predicted}   «{context}»");
            }
        }

        return new LinkingResult(correctAll, totalAll, clock.Elapsed.TotalSeconds, [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Value.Correct, g.Value.Total))]);
    }

    private static MentionType GoldType(string type) => type switch
    {
        "PERSON" => MentionType.Person,
        "ORGANIZATION" => MentionType.Organization,
        "LOCATION" => MentionType.Location,
        _ => MentionType.Misc,
    };
}

internal sealed record LinkingResult(int Correct, int Total, double Seconds, IReadOnlyList<(string Group, int Correct, int Total)> Groups)
{
    public double Accuracy => Total == 0 ? 0 : Correct / (double)Total;
}

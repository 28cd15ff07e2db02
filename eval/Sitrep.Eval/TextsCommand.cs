using Sitrep.Corpora;

namespace Sitrep.Eval;

/// <summary>Writes the rebuilt corpus texts that gold annotations point into.</summary>
internal static class TextsCommand
{
    private static readonly string[] Splits = ["train", "valid", "test"];

    public static int Run(EvalArguments arguments)
    {
        var output = arguments.Option("--out", "eval/out/texts");
        var count = 0;
        foreach (var text in Splits.SelectMany(split => CorpusTexts.Conll(arguments.SharedData, split)).Concat(CorpusTexts.EcbPlus(arguments.SharedData)))
        {
            var path = Path.Combine(output, text.Id + ".txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.Text);
            count++;
        }

        Console.WriteLine($"wrote {count} texts under {output}");
        return 0;
    }
}

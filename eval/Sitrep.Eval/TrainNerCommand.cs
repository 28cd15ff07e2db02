using Sitrep.Extraction.Entities.Recognition;

namespace Sitrep.Eval;

/// <summary>Trains the recogniser on CoNLL-2003 train (choosing the epoch on valid) and writes the model file the pipeline ships.</summary>
internal static class TrainNerCommand
{
    public static int Run(EvalArguments arguments)
    {
        var output = arguments.Option("--out", "data/models/ner.bin");
        var epochs = arguments.IntOption("--epochs", 12);
        var training = ConllSentences.Read(arguments.SharedData, "train");
        var development = ConllSentences.Read(arguments.SharedData, "valid");
        var trainer = new NerTrainer(new NerFeatureExtractor(NerGazetteer.Default));
        var model = trainer.TrainTwoPass(training, development, epochs, Console.WriteLine);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output))
        {
            model.Save(file, minimumWeight: float.Parse(arguments.Option("--prune", "0.01"), System.Globalization.CultureInfo.InvariantCulture));
        }

        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1048576.0:0.0} MB)");
        return 0;
    }
}

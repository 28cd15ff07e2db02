using Sitrep.Corpora;

// eval texts --shared DIR --out DIR : writes the rebuilt corpus texts (for annotators; never commit them)
var command = args.Length > 0 ? args[0] : "help";
string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

var sharedData = Path.Combine(Option("--shared", "../shared"), "data");
switch (command)
{
    case "texts":
        var output = Option("--out", "eval/out/texts");
        var count = 0;
        string[] splits = ["train", "valid", "test"];
        foreach (var text in splits.SelectMany(split => CorpusTexts.Conll(sharedData, split)).Concat(CorpusTexts.EcbPlus(sharedData)))
        {
            var path = Path.Combine(output, text.Id + ".txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.Text);
            count++;
        }

        Console.WriteLine($"wrote {count} texts under {output}");
        return 0;
    default:
        Console.Error.WriteLine("usage: eval texts [--shared DIR] [--out DIR]");
        return command == "help" ? 0 : 2;
}

namespace Sitrep.Eval;

/// <summary>The command and "--name value" options of an eval invocation.</summary>
internal sealed class EvalArguments(string[] args)
{
    public string Command { get; } = args.Length > 0 ? args[0] : "help";

    public string Option(string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    public int IntOption(string name, int fallback) => int.Parse(Option(name, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);

    public string SharedData => Path.Combine(Option("--shared", "../shared"), "data");

    public static int Usage(string command)
    {
        Console.Error.WriteLine("""
            usage: eval <command> [options]
              texts     [--shared DIR] [--out DIR]            rebuild corpus texts for annotators (never commit them)
              train-ner [--shared DIR] [--out FILE] [--epochs N]  train the recogniser on CoNLL-2003 train, pick the epoch on valid
              ner       [--shared DIR] [--split test]          recogniser precision/recall/F1 per type on CoNLL-2003
              linking   [--gold FILE] [--errors 1]             entity-linking accuracy on the linking dev gold
              events    [--gold FILE,FILE] [--errors 1]        events, counts and times against the events dev gold
              read      --file FILE | --text TEXT              what the pipeline reads in short texts ("DATE<TAB>text" per line)
              times     [--set platinum]                       time expressions and values on TempEval-3
              all       [--out eval]                           every evaluation: writes eval/RESULTS.md and eval/results.json
            """);
        return command == "help" ? 0 : 2;
    }
}

using Sitrep.Eval;

// Evaluation and training commands over the public data in ../shared/data; see eval/README.md.
var arguments = new EvalArguments(args);
return arguments.Command switch
{
    "texts" => TextsCommand.Run(arguments),
    "train-ner" => TrainNerCommand.Run(arguments),
    "ner" => NerEvaluation.Run(arguments),
    "word-clusters" => WordClustersCommand.Run(arguments),
    "linking" => LinkingEvaluation.Run(arguments),
    "common-words" => CommonWordsCommand.Run(arguments),
    "events" => EventEvaluation.Run(arguments),
    "read" => ReadCommand.Run(arguments),
    "times" => TimeEvaluation.Run(arguments),
    "all" => ResultsCommand.Run(arguments),
    _ => EvalArguments.Usage(arguments.Command),
};

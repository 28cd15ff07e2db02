using System.Diagnostics;
using System.Text;
using System.Xml.Linq;
using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;
using Sitrep.Core.Time;
using Sitrep.Extraction.Text;
using Sitrep.Extraction.Time;

namespace Sitrep.Eval;

/// <summary>
/// Time expressions against TempEval-3 gold (TimeML, ../shared/data/tempeval3; the platinum test set by default), each
/// document anchored on its creation time: span F1, strict (same extent) and relaxed (overlap), and value F1, where a
/// relaxed match counts only when the normalised value is the gold one, as in the TempEval-3 scorer.
/// </summary>
internal static class TimeEvaluation
{
    public static int Run(EvalArguments arguments)
    {
        var result = Evaluate(arguments.SharedData, arguments.Option("--set", "platinum"));
        Console.WriteLine($"TempEval-3 {result.Set}: {result.Documents} documents, {result.Gold} gold time expressions, {result.Seconds:0.0} s");
        Console.WriteLine($"  strict span   {EventEvaluation.Describe(result.Strict)}");
        Console.WriteLine($"  relaxed span  {EventEvaluation.Describe(result.Relaxed)}");
        Console.WriteLine($"  value         {EventEvaluation.Describe(result.Value)}");
        return 0;
    }

    public static TimeResult Evaluate(string sharedData, string set)
    {
        var folder = Path.Combine(sharedData, "tempeval3", set);
        var pipeline = new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new TimeRecognizer()).Build();
        var strict = new ScoreCounter();
        var relaxed = new ScoreCounter();
        var value = new ScoreCounter();
        var files = Directory.GetFiles(folder, "*.tml").Order(StringComparer.Ordinal).ToList();
        var gold = 0;
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var (text, anchor, expected) = Read(file);
            var metadata = new DocumentMetadata { Published = anchor, PublishedOrigin = PublishedOrigin.Metadata };
            var found = pipeline.Annotate(new Document(Path.GetFileName(file), text, metadata)).Get(Layers.Times);
            gold += expected.Count;
            strict.Add(found.Count(t => expected.Exists(g => g.Span == t.Span)), found.Length, expected.Count);
            relaxed.Add(expected.Count(g => found.Any(t => Overlaps(g.Span, t.Span))), found.Length, expected.Count);
            value.Add(expected.Count(g => found.Any(t => Overlaps(g.Span, t.Span) && t.Value?.Value == g.Value)), found.Length, expected.Count);
        }

        return new TimeResult(set, files.Count, gold, clock.Elapsed.TotalSeconds, strict.Score, relaxed.Score, value.Score);
    }

    /// <summary>The document's plain text (TEXT element, tags removed), its creation date, and its TIMEX3 spans and values.</summary>
    private static (string Text, DateValue? Anchor, List<(TextSpan Span, string Value)> Times) Read(string file)
    {
        var xml = XDocument.Load(file, LoadOptions.PreserveWhitespace);
        var creation = xml.Root!.Element("DCT")?.Element("TIMEX3")?.Attribute("value")?.Value;
        DateValue? anchor = creation is { Length: >= 10 } ? new DateValue(creation[..10], DateGranularity.Day) : null;
        var text = new StringBuilder();
        var times = new List<(TextSpan, string)>();
        void Walk(XElement element)
        {
            foreach (var node in element.Nodes())
            {
                switch (node)
                {
                    case XText run:
                        text.Append(run.Value);
                        break;
                    case XElement { Name.LocalName: "TIMEX3" } timex:
                        var start = text.Length;
                        Walk(timex);
                        times.Add((new TextSpan(start, text.Length), timex.Attribute("value")?.Value ?? string.Empty));
                        break;
                    case XElement inner:
                        Walk(inner);
                        break;
                }
            }
        }

        Walk(xml.Root!.Element("TEXT")!);
        return (text.ToString(), anchor, times);
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;
}

internal sealed record TimeResult(string Set, int Documents, int Gold, double Seconds, Score Strict, Score Relaxed, Score Value);

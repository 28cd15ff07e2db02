using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Time;
using Sitrep.Extraction.Pipeline;

namespace Sitrep.Eval;

/// <summary>
/// Shows what the standard pipeline reads in short texts, for developing rules: one text per line of --file (or the
/// --text option), optionally "YYYY-MM-DD&lt;TAB&gt;text" to give the publication date. Prints entities, events and counts.
/// </summary>
internal static class ReadCommand
{
    public static int Run(EvalArguments arguments)
    {
        var file = arguments.Option("--file", string.Empty);
        var lines = file.Length > 0 ? File.ReadAllLines(file) : [arguments.Option("--text", string.Empty)];
        var pipeline = StandardPipeline.Create();
        foreach (var line in lines.Where(l => l.Trim().Length > 0))
        {
            var cells = line.Split('\t', 2);
            var (published, text) = cells.Length == 2 ? (cells[0], cells[1]) : ("2024-01-01", line);
            var metadata = new DocumentMetadata { Published = new DateValue(published, DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata };
            var annotated = pipeline.Annotate(new Document("read", text, metadata));
            Console.WriteLine(text);
            Console.WriteLine("  entities: " + string.Join(" | ", annotated.Get(Layers.Entities).Select(e => $"{text[e.Start..e.End]}={e.EntityId}")));
            Console.WriteLine("  times: " + string.Join(" | ", annotated.Get(Layers.Times).Select(t => $"{text[t.Start..t.End]}={t.Kind}:{t.Value?.Value}")));
            foreach (var e in annotated.Get(Layers.Events))
            {
                Console.WriteLine($"  {e.Type.ToString().ToUpperInvariant()}/{e.Mode ?? "-"} '{text[e.Trigger.Start..e.Trigger.End]}' src={Quote(text, e.Source)} tgt={Quote(text, e.Target)} place={Quote(text, e.Place)} date={e.Date?.Value ?? "-"} {e.Polarity} by={Quote(text, e.ClaimedBy)}");
            }

            foreach (var q in annotated.Get(Layers.Quantities))
            {
                Console.WriteLine($"  count {q.Measure} {q.Value}{(q.Upper is { } u ? "-" + u : string.Empty)} {q.Qualifier} '{text[q.Span.Start..q.Span.End]}' by={Quote(text, q.ClaimedBy)}");
            }
        }

        return 0;
    }

    private static string Quote(string text, ActorReference? actor) => actor is null ? "-" : $"'{text[actor.Start..actor.End]}'";
}

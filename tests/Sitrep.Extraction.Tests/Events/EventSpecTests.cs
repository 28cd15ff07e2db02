using System.Text.Json;
using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Time;
using Sitrep.Extraction.Pipeline;
using Sitrep.Tests.Shared;
using Xunit.Abstractions;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>The event, time and quantity spec suite (tests/specs/events/): one test per case, each checking all three layers.</summary>
public sealed class EventSpecTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyDictionary<string, JsonElement> Cases = SpecFile.Load("events");
    private static readonly AnnotationPipeline Pipeline = StandardPipeline.Create();

    // Cases the extractor does not yet meet, one id per line: a ratchet, so that a listed case that starts
    // passing must leave the list and an unlisted case that starts failing is a regression.
    private static readonly HashSet<string> KnownGaps = [.. File.ReadLines(Path.Combine(RepositoryPaths.Specs, "events", "known-gaps.txt"))
        .Select(line => line.Split('#')[0].Trim())
        .Where(id => id.Length > 0)];

    public static TheoryData<string> CaseIds => SpecFile.Ids(Cases);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Reads_events_times_and_quantities_as_specified(string id)
    {
        var (text, annotated) = Annotate(Cases[id]);
        var problems = EventSpecChecker.Times(Cases[id], text, annotated.Get(Layers.Times))
            .Concat(EventSpecChecker.Quantities(Cases[id], text, annotated.Get(Layers.Quantities)))
            .Concat(EventSpecChecker.Events(Cases[id], text, annotated.Get(Layers.Events)))
            .ToList();
        // SITREP_SPEC_ALL=1 reports every case as it stands, listed or not (for working on the extractor).
        if (KnownGaps.Contains(id) && Environment.GetEnvironmentVariable("SITREP_SPEC_ALL") is null)
        {
            Assert.True(problems.Count > 0, $"{id} now passes: remove it from tests/specs/events/known-gaps.txt");
            return;
        }

        Assert.True(problems.Count == 0, $"{text}\n  " + string.Join("\n  ", problems));
    }

    [Fact]
    public void Known_gaps_name_existing_cases() =>
        Assert.All(KnownGaps, id => Assert.True(Cases.ContainsKey(id), $"known gap '{id}' is not a case"));

    [Fact]
    public void Summary_of_the_spec_suite_by_layer()
    {
        int times = 0, quantities = 0, events = 0, all = 0;
        foreach (var (_, spec) in Cases)
        {
            var (text, annotated) = Annotate(spec);
            var t = EventSpecChecker.Times(spec, text, annotated.Get(Layers.Times)).Count == 0;
            var q = EventSpecChecker.Quantities(spec, text, annotated.Get(Layers.Quantities)).Count == 0;
            var e = EventSpecChecker.Events(spec, text, annotated.Get(Layers.Events)).Count == 0;
            times += t ? 1 : 0;
            quantities += q ? 1 : 0;
            events += e ? 1 : 0;
            all += t && q && e ? 1 : 0;
        }

        output.WriteLine($"{Cases.Count} cases: times {times}, quantities {quantities}, events {events}, all {all}");
        Assert.True(Cases.Count >= 300, "the suite holds at least 300 cases");
    }

    private static (string Text, AnnotatedDocument Annotated) Annotate(JsonElement spec)
    {
        var text = spec.GetProperty("text").GetString()!;
        var published = spec.GetProperty("published").GetString()!;
        var document = new Document("spec", text, new DocumentMetadata { Published = new DateValue(published, DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata });
        return (text, Pipeline.Annotate(document));
    }
}

using System.Collections.Immutable;
using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests;

public sealed class PipelineBuilderTests
{
    private static readonly LayerKey<int> Numbers = new("numbers");
    private static readonly LayerKey<int> Doubled = new("doubled");

    [Fact]
    public void Runs_annotators_in_order_each_adding_its_layer()
    {
        var pipeline = new PipelineBuilder().Add(new CountWords()).Add(new DoubleCounts()).Build();
        var annotated = pipeline.Annotate(new Document("id", "one two three", new DocumentMetadata()));
        Assert.Equal(new[] { 3 }, annotated.Get(Numbers).ToArray());
        Assert.Equal(new[] { 6 }, annotated.Get(Doubled).ToArray());
    }

    [Fact]
    public void Refuses_an_annotator_whose_requirement_comes_later_or_never()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().Add(new DoubleCounts()).Add(new CountWords()).Build());
        Assert.Contains("'double' requires layer 'numbers'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_two_annotators_producing_the_same_layer()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().Add(new CountWords()).Add(new CountWords()).Build());
        Assert.Contains("both produce layer 'numbers'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layer_is_set_once_and_a_missing_layer_is_reported()
    {
        var annotated = new AnnotatedDocument(new Document("id", "text", new DocumentMetadata()));
        Assert.Throws<InvalidOperationException>(() => annotated.Get(Numbers));
        annotated.Add(Numbers, [1]);
        Assert.Throws<InvalidOperationException>(() => annotated.Add(Numbers, [2]));
        Assert.True(annotated.Has(Numbers));
    }

    [Fact]
    public void A_failing_annotator_is_named_with_the_document_it_failed_on()
    {
        var pipeline = new PipelineBuilder().Add(new CountWords()).Add(new Failing()).Build();
        var error = Assert.Throws<AnnotatorFailedException>(() => pipeline.Annotate(new Document("doc-7", "a b", new DocumentMetadata())));
        Assert.Equal("failing", error.Annotator);
        Assert.Contains("doc-7", error.Message, StringComparison.Ordinal);
        Assert.IsType<FormatException>(error.InnerException);
    }

    [Fact]
    public void A_batch_runs_stage_by_stage_and_a_failed_document_skips_the_later_stages()
    {
        var pipeline = new PipelineBuilder().Add(new CountWords()).Add(new FailingOnOneWord()).Add(new DoubleCounts()).Build();
        var results = pipeline.AnnotateAll([new Document("a", "one two", new DocumentMetadata()), new Document("b", "one", new DocumentMetadata())]);
        Assert.Null(results[0].Failure);
        Assert.Equal(new[] { 4 }, results[0].Annotated.Get(Doubled).ToArray());
        Assert.Equal("fails-on-one-word", results[1].Failure?.Annotator);
        Assert.False(results[1].Annotated.Has(Doubled));
    }

    private sealed class FailingOnOneWord : IAnnotator
    {
        public string Name => "fails-on-one-word";

        public IReadOnlyList<LayerKey> Requires => [Numbers];

        public IReadOnlyList<LayerKey> Produces => [];

        public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
        {
            if (document.Get(Numbers)[0] == 1)
            {
                throw new InvalidDataException("one word");
            }
        }
    }

    private sealed class Failing : IAnnotator
    {
        public string Name => "failing";

        public IReadOnlyList<LayerKey> Requires => [Numbers];

        public IReadOnlyList<LayerKey> Produces => [];

        public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken) => throw new FormatException("bad date");
    }

    private sealed class CountWords : IAnnotator
    {
        public string Name => "count";

        public IReadOnlyList<LayerKey> Requires => [];

        public IReadOnlyList<LayerKey> Produces => [Numbers];

        public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken) =>
            document.Add(Numbers, [document.Text.Split(' ').Length]);
    }

    private sealed class DoubleCounts : IAnnotator
    {
        public string Name => "double";

        public IReadOnlyList<LayerKey> Requires => [Numbers];

        public IReadOnlyList<LayerKey> Produces => [Doubled];

        public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken) =>
            document.Add(Doubled, document.Get(Numbers).Select(n => n * 2).ToImmutableArray());
    }
}

using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Storage;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Storage.Tests;

/// <summary>What every store must do. Each store implementation runs these through a subclass that opens it.</summary>
public abstract class StoreContractTests : IDisposable
{
    private readonly List<ISitrepStore> _opened = [];

    /// <summary>Opens the store under test; a second call with the same name reopens the same data.</summary>
    protected abstract ISitrepStore OpenStore(string name = "main");

    protected ISitrepStore Open(string name = "main")
    {
        var store = OpenStore(name);
        _opened.Add(store);
        return store;
    }

    [Fact]
    public void A_new_store_is_empty_and_at_the_latest_schema()
    {
        var store = Open();
        Assert.Equal(0, store.CountDocuments());
        Assert.True(store.SchemaVersion >= 1);
    }

    [Fact]
    public void Documents_round_trip_with_all_their_metadata()
    {
        var store = Open();
        var document = Document("d1", "KYIV, April 8 (Wire) - Missiles hit the station.\n\nMore text.") with { };
        document = document with
        {
            Metadata = document.Metadata with
            {
                Title = "Station struck",
                Source = "Wire",
                Url = "https://example.org/1",
                SourcePath = "/data/a.txt",
                ExternalId = "ext-1",
                Published = new DateValue("2022-04-08", DateGranularity.Day, "April 8"),
                PublishedOrigin = PublishedOrigin.Dateline,
                Headline = new TextSpan(0, 5),
                Dateline = new Dateline(new TextSpan(0, 23), "Kyiv", null, "April 8", "Wire"),
            },
        };
        Assert.Equal(1, store.Write([New(document, layers: new Dictionary<string, string> { ["sentences"] = "[[0,48]]" })]));

        var stored = store.FindDocument("d1")!;
        Assert.Equal(document, stored.Document);
        Assert.Equal("[[0,48]]", stored.Layers["sentences"]);
        Assert.Equal(1, stored.Sequence);
    }

    [Fact]
    public void Writing_a_stored_document_again_changes_nothing()
    {
        var store = Open();
        store.Write([New(Document("d1", "Original text."))]);
        var changed = Document("d1", "Original text.") with { Metadata = new DocumentMetadata { Title = "Other title" } };
        Assert.Equal(0, store.Write([New(changed)]));
        Assert.Null(store.FindDocument("d1")!.Document.Metadata.Title);
        Assert.Equal(1, store.CountDocuments());
    }

    [Fact]
    public void Contains_answers_by_content_id()
    {
        var store = Open();
        store.Write([New(Document("abc", "Text."))]);
        Assert.True(store.Contains("abc"));
        Assert.False(store.Contains("abd"));
    }

    [Fact]
    public void Documents_are_found_by_a_unique_prefix_and_ambiguity_is_reported()
    {
        var store = Open();
        store.Write([New(Document("abc111", "One.")), New(Document("abc222", "Two.")), New(Document("xyz", "Three."))]);
        Assert.Equal("xyz", store.FindDocument("xy")!.Document.Id);
        Assert.Equal("abc111", store.FindDocument("abc1")!.Document.Id);
        Assert.Throws<AmbiguousDocumentIdException>(() => store.FindDocument("abc"));
        Assert.Null(store.FindDocument("nothing"));
        Assert.Null(store.FindDocument("%"));
    }

    [Fact]
    public void Listing_keeps_ingest_order_and_filters_by_date_search_and_duplicates()
    {
        var store = Open();
        store.Write([
            New(Dated("a", "Shelling in Kharkiv overnight.", "2022-04-08")),
            New(Dated("b", "Grain deal signed in Istanbul.", "2022-07-22")),
            New(Dated("c", "Grain deal signed in Istanbul today.", "2022-07-23"), duplicateOf: "b"),
        ]);
        Assert.Equal(["a", "b", "c"], store.ListDocuments(new DocumentQuery()).Select(d => d.Document.Id));
        Assert.Equal(["b", "c"], store.ListDocuments(new DocumentQuery { PublishedFrom = "2022-07-01" }).Select(d => d.Document.Id));
        Assert.Equal(["a"], store.ListDocuments(new DocumentQuery { PublishedTo = "2022-05-01" }).Select(d => d.Document.Id));
        Assert.Equal(["b", "c"], store.ListDocuments(new DocumentQuery { Search = "grain" }).Select(d => d.Document.Id));
        Assert.Equal(["a", "b"], store.ListDocuments(new DocumentQuery { IncludeDuplicates = false }).Select(d => d.Document.Id));
        Assert.Equal(["a"], store.ListDocuments(new DocumentQuery { Limit = 1 }).Select(d => d.Document.Id));
        Assert.Equal("b", store.FindDocument("c")!.DuplicateOf);
    }

    [Fact]
    public void Duplicate_candidates_are_found_by_shared_band_keys_only()
    {
        var store = Open();
        store.Write([New(Document("a", "A."), bands: [1, 2, 3], signature: [9, 9]), New(Document("b", "B."), bands: [3, 4]), New(Document("c", "C."), bands: [5])]);
        var candidates = store.FindDuplicateCandidates([2, 3]);
        Assert.Equal(["a", "b"], candidates.Select(c => c.Id));
        Assert.Equal(new byte[] { 9, 9 }, candidates[0].Signature.ToArray());
        Assert.Empty(store.FindDuplicateCandidates([42]));
        Assert.Empty(store.FindDuplicateCandidates([]));
    }

    [Fact]
    public void Data_survives_reopening()
    {
        using (var first = OpenStore("reopen"))
        {
            first.Write([New(Document("kept", "Kept text."))]);
        }

        var second = Open("reopen");
        Assert.Equal("Kept text.", second.FindDocument("kept")!.Document.Text);
    }

    [Fact]
    public void Events_and_quantities_round_trip_with_actors_dates_and_links()
    {
        var store = Open();
        var text = "Russian missiles struck Kramatorsk on Friday, killing at least 50 people, officials said.";
        var russia = new EntityRecord("country/RUS", "Russia", EntityType.Country, true, "RUS", 61.5, 105.3, null);
        var city = new EntityRecord("place/kramatorsk", "Kramatorsk", EntityType.Place, true, "UKR", 48.7, 37.6, null);
        var officials = new EntityRecord("new/group/officials", "officials", EntityType.Group, false, null, null, null, "ofsls");
        var source = new ActorRecord(russia.Id, "Russia", "RUS", "MIL", 0, 7);
        var place = new ActorRecord(city.Id, "Kramatorsk", "UKR", null, 24, 34);
        var claimant = new ActorRecord(officials.Id, "officials", null, null, 75, 84);
        var strike = new EventRecord("d9-e0", "d9", EventType.Assault, "aerial", "195", 4, -10.0, source, null, place,
            new DateValue("2022-04-08", DateGranularity.Day, "Friday"), Polarity.Asserted, claimant, new TextSpan(17, 23), new TextSpan(0, text.Length), ["d9-q0"], []);
        var toll = new QuantityRecord("d9-q0", "d9", Measure.Killed, 50, null, Qualifier.AtLeast, strike.Date, claimant, strike.Id, new TextSpan(55, 72), new TextSpan(0, text.Length));
        store.Write([New(Document("d9", text)) with { Entities = [russia, city, officials], Events = [strike], Quantities = [toll] }]);

        var events = store.EventsIn("d9");
        Assert.Equal(strike, Assert.Single(events), new EventComparer());
        Assert.Equal(toll, Assert.Single(store.QuantitiesIn("d9")));
        Assert.Single(store.ListEvents());
        Assert.Single(store.ListQuantities());
        Assert.Empty(store.EventsIn("no-such-document"));
    }

    [Fact]
    public void A_failing_batch_leaves_nothing_behind()
    {
        var store = Open();
        store.Write([New(Document("before", "Stored before."))]);
        var broken = New(Document("late", "Never stored."), duplicateOf: "no-such-document");
        Assert.ThrowsAny<Exception>(() => store.Write([New(Document("early", "Also never stored.")), broken]));
        Assert.Equal(["before"], store.ListDocuments(new DocumentQuery()).Select(d => d.Document.Id));
    }

    public void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }

        GC.SuppressFinalize(this);
        DisposeStorage();
    }

    protected virtual void DisposeStorage()
    {
    }

    protected static Document Document(string id, string text) => new(id, text, new DocumentMetadata());

    /// <summary>Records compare their lists by reference; events are equal here when their lists hold the same ids.</summary>
    private sealed class EventComparer : IEqualityComparer<EventRecord>
    {
        public bool Equals(EventRecord? x, EventRecord? y) =>
            x is not null && y is not null
            && x with { Quantities = [], ContradictedBy = [] } == y with { Quantities = [], ContradictedBy = [] }
            && x.Quantities.SequenceEqual(y.Quantities) && x.ContradictedBy.SequenceEqual(y.ContradictedBy);

        public int GetHashCode(EventRecord obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }

    private static Document Dated(string id, string text, string day) =>
        new(id, text, new DocumentMetadata { Published = new DateValue(day, DateGranularity.Day), PublishedOrigin = PublishedOrigin.Metadata });

    protected static NewDocument New(Document document, string? duplicateOf = null, long[]? bands = null, byte[]? signature = null, IReadOnlyDictionary<string, string>? layers = null) =>
        new(document, duplicateOf, signature ?? [], bands ?? [], layers ?? new Dictionary<string, string>());
}

using Sitrep.Core.Documents;
using Sitrep.Core.Storage;
using Sitrep.Fusion.Duplicates;
using Sitrep.Storage.Sqlite;
using Sitrep.Tests.Shared;

namespace Sitrep.Fusion.Tests;

public sealed class NearDuplicateDetectorTests : IDisposable
{
    private const string Story =
        "Russian missiles struck the port of Odesa on Saturday, less than a day after Moscow and Kyiv signed deals to reopen grain exports. " +
        "Ukraine's military said two missiles hit the port area and two more were shot down by air defences. " +
        "The strike drew condemnation from the United Nations, the European Union and the United States. " +
        "Turkey's defence minister said Russian officials had told Ankara they had nothing to do with the attack. " +
        "Officials in Kyiv said preparations for the first shipments would continue despite the strike.";

    private readonly TempDirectory _directory = new();
    private readonly SqliteStore _store;

    public NearDuplicateDetectorTests() => _store = SqliteStore.Open(Path.Combine(_directory.Path, "s.db"));

    [Fact]
    public void Identical_texts_have_similarity_one_and_unrelated_texts_near_zero()
    {
        var a = MinHashSignature.Compute(Story);
        Assert.Equal(1.0, a.Similarity(MinHashSignature.Compute(Story)));
        var other = MinHashSignature.Compute("Heavy rain flooded the valley and farmers lost their harvest as rivers rose across the region for days.");
        Assert.True(a.Similarity(other) < 0.1);
    }

    [Fact]
    public void Signatures_round_trip_through_bytes()
    {
        var signature = MinHashSignature.Compute(Story);
        Assert.Equal(1.0, signature.Similarity(MinHashSignature.FromBytes(signature.ToBytes())));
        Assert.Equal(signature.BandKeys(), MinHashSignature.FromBytes(signature.ToBytes()).BandKeys());
    }

    [Fact]
    public void A_republished_story_with_a_new_headline_and_tagline_is_a_near_duplicate()
    {
        Store("original", Story);
        var copy = "Grain deal in doubt after Odesa strike\n\n" + Story + " This report was republished by the Harbour Gazette.";
        var signature = MinHashSignature.Compute(copy);
        Assert.Equal("original", new NearDuplicateDetector(_store).FindOriginal(signature, signature.BandKeys()));
    }

    [Fact]
    public void A_different_story_on_the_same_topic_is_not_a_duplicate()
    {
        Store("original", Story);
        const string other =
            "Ukraine and Russia signed separate agreements in Istanbul on Friday to reopen Black Sea ports for grain exports, " +
            "in deals brokered by the United Nations and Turkey. A joint coordination centre will monitor ships leaving Odesa, " +
            "Chornomorsk and Pivdennyi, and inspectors will check inbound vessels for weapons.";
        var signature = MinHashSignature.Compute(other);
        Assert.Null(new NearDuplicateDetector(_store).FindOriginal(signature, signature.BandKeys()));
    }

    [Fact]
    public void A_copy_of_a_copy_points_to_the_original_and_batch_members_see_each_other()
    {
        var detector = new NearDuplicateDetector(_store);
        var first = MinHashSignature.Compute(Story);
        detector.Remember(1, "first", first, first.BandKeys(), null);
        var second = MinHashSignature.Compute(Story + " Reporting by a staff writer.");
        var secondOriginal = detector.FindOriginal(second, second.BandKeys());
        Assert.Equal("first", secondOriginal);
        detector.Remember(2, "second", second, second.BandKeys(), secondOriginal);
        var third = MinHashSignature.Compute("Breaking: " + Story + " Reporting by a staff writer.");
        Assert.Equal("first", detector.FindOriginal(third, third.BandKeys()));
    }

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }

    private void Store(string id, string text)
    {
        var signature = MinHashSignature.Compute(text);
        _store.Write([new NewDocument(new Document(id, text, new DocumentMetadata()), null, signature.ToBytes(), signature.BandKeys(), new Dictionary<string, string>())]);
    }
}

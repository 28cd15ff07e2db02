using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Storage;
using Sitrep.Fusion.Entities;
using Sitrep.Storage.Sqlite;
using Sitrep.Tests.Shared;

namespace Sitrep.Fusion.Tests;

public sealed class NewEntityResolverTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly SqliteStore _store;

    public NewEntityResolverTests() => _store = SqliteStore.Open(Path.Combine(_directory.Path, "s.db"));

    [Fact]
    public void A_near_spelling_of_a_stored_new_entity_of_the_same_type_joins_it()
    {
        var first = new NewEntityResolver(_store).Resolve("new/person/abdulkadir-mahamud-yusufzai", "Abdulkadir Mahamud Yusufzai", EntityType.Person);
        Store(first);
        var again = new NewEntityResolver(_store).Resolve("new/person/abdulkadir-mahmud-yusufzai", "Abdulkadir Mahmud Yusufzai", EntityType.Person);
        Assert.Equal(first.Id, again.Id);
    }

    [Fact]
    public void Different_people_sharing_a_first_name_stay_apart_and_types_do_not_mix()
    {
        var first = new NewEntityResolver(_store).Resolve("new/person/karim-haddad", "Karim Haddad", EntityType.Person);
        Store(first);
        var resolver = new NewEntityResolver(_store);
        Assert.Equal("new/person/karim-hassan", resolver.Resolve("new/person/karim-hassan", "Karim Hassan", EntityType.Person).Id);
        Assert.Equal("new/organization/karim-haddad", resolver.Resolve("new/organization/karim-haddad", "Karim Haddad", EntityType.Organization).Id);
    }

    [Fact]
    public void Entities_of_the_same_batch_see_each_other_before_it_is_written()
    {
        var resolver = new NewEntityResolver(_store);
        var first = resolver.Resolve("new/place/qaryat-al-sheikh-mansur", "Qaryat al-Sheikh Mansur", EntityType.Place);
        Assert.Equal(first.Id, resolver.Resolve("new/place/qaryat-al-shaykh-mansur", "Qaryat al-Shaykh Mansur", EntityType.Place).Id);
    }

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }

    private void Store(EntityRecord entity)
    {
        var document = new Document("d-" + entity.Id.GetHashCode(StringComparison.Ordinal), "text " + entity.Name, new DocumentMetadata());
        _store.Write([new NewDocument(document, null, ReadOnlyMemory<byte>.Empty, [], new Dictionary<string, string>())
        {
            Entities = [entity],
            EntityMentions = [new EntityMentionRecord(document.Id, 5, 5 + entity.Name.Length, entity.Id, entity.Name, null, 0, MentionSource.Name)],
        }]);
    }
}

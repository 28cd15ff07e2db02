using Microsoft.Data.Sqlite;
using Sitrep.Core.Annotation;
using Sitrep.Core.Storage;

namespace Sitrep.Storage.Sqlite;

/// <summary>Maps entities and their mentions to the <c>entities</c> and <c>entity_mentions</c> tables and back.</summary>
internal static class EntityColumns
{
    public const string Select = "id, name, type, in_kb, country, latitude, longitude, skeleton";

    public const string Insert =
        "INSERT OR IGNORE INTO entities (id, name, type, in_kb, country, latitude, longitude, skeleton) " +
        "VALUES ($id, $name, $type, $in_kb, $country, $latitude, $longitude, $skeleton)";

    public const string SelectMention = "m.document, m.start, m.\"end\", m.entity, m.text, m.sector, m.score, m.source";

    public const string InsertMention =
        "INSERT OR IGNORE INTO entity_mentions (document, start, \"end\", entity, text, sector, score, source) " +
        "VALUES ($document, $start, $end, $entity, $text, $sector, $score, $source)";

    public static readonly string[] Parameters = ["$id", "$name", "$type", "$in_kb", "$country", "$latitude", "$longitude", "$skeleton"];

    public static readonly string[] MentionParameters = ["$document", "$start", "$end", "$entity", "$text", "$sector", "$score", "$source"];

    public static string TypeName(EntityType type) => type.ToString().ToUpperInvariant();

    public static void Bind(SqliteCommand command, EntityRecord entity)
    {
        command.Set("$id", entity.Id);
        command.Set("$name", entity.Name);
        command.Set("$type", TypeName(entity.Type));
        command.Set("$in_kb", entity.InKnowledgeBase ? 1 : 0);
        command.Set("$country", entity.Country);
        command.Set("$latitude", entity.Latitude);
        command.Set("$longitude", entity.Longitude);
        command.Set("$skeleton", entity.Skeleton);
    }

    public static void Bind(SqliteCommand command, EntityMentionRecord mention)
    {
        command.Set("$document", mention.DocumentId);
        command.Set("$start", mention.Start);
        command.Set("$end", mention.End);
        command.Set("$entity", mention.EntityId);
        command.Set("$text", mention.Text);
        command.Set("$sector", mention.Sector);
        command.Set("$score", mention.Score);
        command.Set("$source", mention.Source.ToString().ToLowerInvariant());
    }

    public static EntityRecord Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        Enum.Parse<EntityType>(reader.GetString(2), ignoreCase: true),
        reader.GetInt64(3) != 0,
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetDouble(5),
        reader.IsDBNull(6) ? null : reader.GetDouble(6),
        reader.IsDBNull(7) ? null : reader.GetString(7));

    public static List<EntityRecord> ReadAll(SqliteCommand command)
    {
        var list = new List<EntityRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(Read(reader));
        }

        return list;
    }

    public static List<EntityMentionRecord> ReadMentions(SqliteCommand command)
    {
        var list = new List<EntityMentionRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new EntityMentionRecord(
                reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? 0 : reader.GetDouble(6),
                Enum.Parse<MentionSource>(reader.GetString(7), ignoreCase: true)));
        }

        return list;
    }
}

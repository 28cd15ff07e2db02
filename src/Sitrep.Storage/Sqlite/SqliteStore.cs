using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Annotation;
using Sitrep.Core.Storage;

namespace Sitrep.Storage.Sqlite;

/// <summary>The embedded default store: one SQLite file in WAL mode, schema migrations applied on open.</summary>
/// <remarks>
/// One connection writes (batches in single transactions); a second, read-only one answers
/// <see cref="Contains"/> from the ingest reader thread, which WAL lets run beside the writer.
/// </remarks>
public sealed class SqliteStore : ISitrepStore
{
    private readonly SqliteConnection _write;
    private readonly SqliteConnection _read;
    private readonly Lock _readLock = new();

    private SqliteStore(string path, SqliteConnection write, SqliteConnection read, int schemaVersion)
    {
        Location = path;
        _write = write;
        _read = read;
        SchemaVersion = schemaVersion;
    }

    public string Location { get; }

    public int SchemaVersion { get; }

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> and brings its schema up to date.</summary>
    public static SqliteStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var builder = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var write = new SqliteConnection(builder.ToString());
        SqliteConnection? read = null;
        try
        {
            write.Open();
            Execute(write, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;");
            var version = SqliteMigrator.Migrate(write);
            read = new SqliteConnection(builder.ToString());
            read.Open();
            Execute(read, "PRAGMA busy_timeout = 10000; PRAGMA query_only = ON;");
            return new SqliteStore(full, write, read, version);
        }
        catch
        {
            read?.Dispose();
            write.Dispose();
            throw;
        }
    }

    public bool Contains(string documentId)
    {
        lock (_readLock)
        {
            using var command = _read.CreateCommand();
            command.CommandText = "SELECT 1 FROM documents WHERE id = $id";
            command.Parameters.AddWithValue("$id", documentId);
            return command.ExecuteScalar() is not null;
        }
    }

    public IReadOnlyList<DuplicateCandidate> FindDuplicateCandidates(IReadOnlyList<long> bandKeys)
    {
        ArgumentNullException.ThrowIfNull(bandKeys);
        if (bandKeys.Count == 0)
        {
            return [];
        }

        using var command = _write.CreateCommand();
        var names = new string[bandKeys.Count];
        for (var i = 0; i < bandKeys.Count; i++)
        {
            names[i] = "$k" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(names[i], bandKeys[i]);
        }

        command.CommandText =
            "SELECT DISTINCT d.seq, d.id, d.signature, d.duplicate_of FROM similarity_bands b JOIN documents d ON d.id = b.document " +
            $"WHERE b.band_key IN ({string.Join(", ", names)}) ORDER BY d.seq";
        var candidates = new List<DuplicateCandidate>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var signature = reader.IsDBNull(2) ? ReadOnlyMemory<byte>.Empty : (byte[])reader.GetValue(2);
            candidates.Add(new DuplicateCandidate(reader.GetInt64(0), reader.GetString(1), signature, reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return candidates;
    }

    public int Write(IReadOnlyList<NewDocument> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var ingestedAt = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        using var transaction = _write.BeginTransaction();
        using var insertDocument = Prepare(transaction, DocumentColumns.Insert,
            "$id", "$text", "$title", "$source", "$url", "$source_path", "$external_id", "$published", "$published_granularity",
            "$published_text", "$published_origin", "$headline_start", "$headline_end", "$dateline", "$duplicate_of", "$signature", "$ingested_at");
        using var insertBand = Prepare(transaction, "INSERT OR IGNORE INTO similarity_bands (band_key, document) VALUES ($key, $document)", "$key", "$document");
        using var insertLayer = Prepare(transaction, "INSERT OR REPLACE INTO document_layers (document, layer, data) VALUES ($document, $layer, $data)", "$document", "$layer", "$data");
        using var insertEntity = Prepare(transaction, EntityColumns.Insert, EntityColumns.Parameters);
        using var insertMention = Prepare(transaction, EntityColumns.InsertMention, EntityColumns.MentionParameters);
        using var insertEvent = Prepare(transaction, EventColumns.Insert, EventColumns.Parameters);
        using var insertQuantity = Prepare(transaction, EventColumns.InsertQuantity, EventColumns.QuantityParameters);
        var written = 0;
        foreach (var item in batch)
        {
            DocumentColumns.Bind(insertDocument, item, ingestedAt);
            if (insertDocument.ExecuteNonQuery() == 0)
            {
                continue; // already stored: leave it exactly as it was
            }

            written++;
            insertBand.Parameters["$document"].Value = item.Document.Id;
            foreach (var key in item.BandKeys)
            {
                insertBand.Parameters["$key"].Value = key;
                insertBand.ExecuteNonQuery();
            }

            insertLayer.Parameters["$document"].Value = item.Document.Id;
            foreach (var (name, data) in item.Layers)
            {
                insertLayer.Parameters["$layer"].Value = name;
                insertLayer.Parameters["$data"].Value = data;
                insertLayer.ExecuteNonQuery();
            }

            foreach (var entity in item.Entities)
            {
                EntityColumns.Bind(insertEntity, entity);
                insertEntity.ExecuteNonQuery();
            }

            foreach (var mention in item.EntityMentions)
            {
                EntityColumns.Bind(insertMention, mention);
                insertMention.ExecuteNonQuery();
            }

            for (var i = 0; i < item.Events.Count; i++)
            {
                EventColumns.Bind(insertEvent, item.Events[i], i);
                insertEvent.ExecuteNonQuery();
            }

            for (var i = 0; i < item.Quantities.Count; i++)
            {
                EventColumns.Bind(insertQuantity, item.Quantities[i], i);
                insertQuantity.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        return written;
    }

    public long CountDocuments()
    {
        using var command = _write.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM documents";
        return (long)command.ExecuteScalar()!;
    }

    public IReadOnlyList<EntityRecord> FindNewEntities(EntityType type, string skeleton)
    {
        using var command = _write.CreateCommand();
        command.CommandText = $"SELECT {EntityColumns.Select} FROM entities WHERE in_kb = 0 AND type = $type AND skeleton = $skeleton ORDER BY id";
        command.Parameters.AddWithValue("$type", EntityColumns.TypeName(type));
        command.Parameters.AddWithValue("$skeleton", skeleton);
        return EntityColumns.ReadAll(command);
    }

    public IEnumerable<EntityRecord> ListEntities()
    {
        using var command = _write.CreateCommand();
        command.CommandText = $"SELECT {EntityColumns.Select} FROM entities ORDER BY id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return EntityColumns.Read(reader);
        }
    }

    public IReadOnlyList<EntityMentionRecord> MentionsOf(string entityId)
    {
        using var command = _write.CreateCommand();
        command.CommandText = $"SELECT {EntityColumns.SelectMention} FROM entity_mentions m JOIN documents d ON d.id = m.document WHERE m.entity = $entity ORDER BY d.seq, m.start";
        command.Parameters.AddWithValue("$entity", entityId);
        return EntityColumns.ReadMentions(command);
    }

    public IReadOnlyList<(EntityRecord Entity, int Mentions, int Documents)> TopEntities(int limit)
    {
        using var command = _write.CreateCommand();
        var columns = string.Join(", ", EntityColumns.Select.Split(", ").Select(c => "e." + c));
        command.CommandText =
            $"SELECT {columns}, t.mentions, t.documents FROM (SELECT entity, COUNT(*) AS mentions, COUNT(DISTINCT document) AS documents " +
            "FROM entity_mentions GROUP BY entity ORDER BY mentions DESC, entity LIMIT $limit) t JOIN entities e ON e.id = t.entity ORDER BY t.mentions DESC, e.id";
        command.Parameters.AddWithValue("$limit", limit);
        var list = new List<(EntityRecord, int, int)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add((EntityColumns.Read(reader), reader.GetInt32(8), reader.GetInt32(9)));
        }

        return list;
    }

    public IReadOnlyList<EntityMentionRecord> MentionsIn(string documentId)
    {
        using var command = _write.CreateCommand();
        command.CommandText = $"SELECT {EntityColumns.SelectMention} FROM entity_mentions m WHERE m.document = $document ORDER BY m.start, m.\"end\"";
        command.Parameters.AddWithValue("$document", documentId);
        return EntityColumns.ReadMentions(command);
    }

    public IReadOnlyList<EventRecord> EventsIn(string documentId) =>
        [.. Rows($"SELECT {EventColumns.Select} FROM events e WHERE e.document = $document ORDER BY e.ordinal", EventColumns.Read, documentId)];

    public IEnumerable<EventRecord> ListEvents() =>
        Rows($"SELECT {EventColumns.Select} FROM events e JOIN documents d ON d.id = e.document ORDER BY d.seq, e.ordinal", EventColumns.Read);

    public IReadOnlyList<QuantityRecord> QuantitiesIn(string documentId) =>
        [.. Rows($"SELECT {EventColumns.SelectQuantity} FROM quantities q WHERE q.document = $document ORDER BY q.ordinal", EventColumns.ReadQuantity, documentId)];

    public IEnumerable<QuantityRecord> ListQuantities() =>
        Rows($"SELECT {EventColumns.SelectQuantity} FROM quantities q JOIN documents d ON d.id = q.document ORDER BY d.seq, q.ordinal", EventColumns.ReadQuantity);

    /// <summary>The rows of a query, read one by one; <paramref name="documentId"/> binds <c>$document</c> when given.</summary>
    private IEnumerable<T> Rows<T>(string sql, Func<SqliteDataReader, T> read, string? documentId = null)
    {
        using var command = _write.CreateCommand();
        command.CommandText = sql;
        if (documentId is not null)
        {
            command.Parameters.AddWithValue("$document", documentId);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return read(reader);
        }
    }

    public IEnumerable<StoredDocument> ListDocuments(DocumentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var command = _write.CreateCommand();
        var where = new List<string>();
        if (query.PublishedFrom is { } from)
        {
            where.Add("d.published >= $from");
            command.Parameters.AddWithValue("$from", from);
        }

        if (query.PublishedTo is { } to)
        {
            where.Add("d.published <= $to");
            command.Parameters.AddWithValue("$to", to);
        }

        if (!query.IncludeDuplicates)
        {
            where.Add("d.duplicate_of IS NULL");
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            where.Add("d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH $search)");
            command.Parameters.AddWithValue("$search", query.Search);
        }

        var columns = string.Join(", ", DocumentColumns.Select.Split(", ").Select(c => "d." + c));
        command.CommandText = $"SELECT {columns} FROM documents d"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : string.Empty)
            + " ORDER BY d.seq"
            + (query.Limit is { } limit ? " LIMIT " + limit.ToString(CultureInfo.InvariantCulture) : string.Empty);
        using var reader = command.ExecuteReader();
        var noLayers = new Dictionary<string, string>();
        while (reader.Read())
        {
            yield return DocumentColumns.Read(reader, noLayers);
        }
    }

    public StoredDocument? FindDocument(string idOrPrefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrPrefix);
        var ids = new List<string>();
        using (var command = _write.CreateCommand())
        {
            command.CommandText = "SELECT id FROM documents WHERE id = $exact UNION SELECT id FROM documents WHERE id LIKE $prefix ESCAPE '\\' LIMIT 6";
            command.Parameters.AddWithValue("$exact", idOrPrefix);
            command.Parameters.AddWithValue("$prefix", idOrPrefix.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        var id = ids.Contains(idOrPrefix, StringComparer.Ordinal) ? idOrPrefix
            : ids.Count == 1 ? ids[0]
            : ids.Count == 0 ? null
            : throw new AmbiguousDocumentIdException(idOrPrefix, ids);
        if (id is null)
        {
            return null;
        }

        var layers = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = _write.CreateCommand())
        {
            command.CommandText = "SELECT layer, data FROM document_layers WHERE document = $id ORDER BY layer";
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                layers[reader.GetString(0)] = reader.GetString(1);
            }
        }

        using (var command = _write.CreateCommand())
        {
            command.CommandText = $"SELECT {DocumentColumns.Select} FROM documents WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            return reader.Read() ? DocumentColumns.Read(reader, layers) : null;
        }
    }

    public void Dispose()
    {
        _read.Dispose();
        _write.Dispose();
    }

    private SqliteCommand Prepare(SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = _write.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = parameter });
        }

        command.Prepare();
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

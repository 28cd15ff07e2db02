using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Sitrep.Core.Data;
using Sitrep.Knowledge.Model;

namespace Sitrep.Knowledge.Loading;

/// <summary>Reads the knowledge-base files under data/kb/ (embedded in this assembly) into entities.</summary>
/// <remarks>Formats: data/kb/FORMAT.md. A malformed line fails the load with its file and line number: knowledge is checked, not guessed.</remarks>
public static class KnowledgeBaseLoader
{
    private const string Root = "data/kb/";

    public static IReadOnlyList<KbEntity> LoadEmbedded()
    {
        var assembly = typeof(KnowledgeBaseLoader).Assembly;
        var resources = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Root, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var entities = new List<KbEntity>();
        var places = LoadPlaces(Lines(assembly, "places.tsv")).ToList();
        entities.AddRange(WithCapitalSpellings(LoadCountries(assembly), places));
        entities.AddRange(places);
        foreach (var resource in resources)
        {
            var relative = resource[Root.Length..];
            if (relative.StartsWith("people/", StringComparison.Ordinal))
            {
                entities.AddRange(Parse(Lines(assembly, relative), relative, ReadPerson));
            }
            else if (relative.StartsWith("organizations/", StringComparison.Ordinal))
            {
                entities.AddRange(Parse(Lines(assembly, relative), relative, ReadOrganization));
            }
            else if (relative.StartsWith("regions/", StringComparison.Ordinal))
            {
                entities.AddRange(Parse(Lines(assembly, relative), relative, ReadRegion));
            }
        }

        return entities;
    }

    /// <summary>
    /// A capital stands for its government however it is spelt, so the capital's other names (Moskva, Pekin, Kiyev)
    /// join the country's metonyms.
    /// </summary>
    private static IEnumerable<KbEntity> WithCapitalSpellings(IEnumerable<KbEntity> countries, List<KbEntity> places)
    {
        var placesById = places.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var country in countries)
        {
            if (country.CapitalId is { } capitalId && placesById.TryGetValue(capitalId, out var capital))
            {
                var spellings = capital.Aliases.Where(a => a.Length >= 4).Prepend(capital.Name);
                yield return country with { Metonyms = [.. country.Metonyms.Concat(spellings).Distinct(StringComparer.Ordinal)] };
            }
            else
            {
                yield return country;
            }
        }
    }

    private static IEnumerable<KbEntity> LoadCountries(Assembly assembly)
    {
        var byId = new Dictionary<string, KbEntity>(StringComparer.Ordinal);
        foreach (var entity in Parse(Lines(assembly, "countries.jsonl"), "countries.jsonl", ReadCountry))
        {
            byId[entity.Id] = entity;
        }

        var lineNumber = 0;
        foreach (var line in Lines(assembly, "countries-extra.jsonl"))
        {
            lineNumber++;
            var json = ParseLine(line, "countries-extra.jsonl", lineNumber);
            var id = JsonFields.String(json, "id")!;
            if (!JsonFields.Bool(json, "override"))
            {
                byId[id] = ReadCountry(json);
            }
            else if (byId.TryGetValue(id, out var existing))
            {
                byId[id] = ApplyOverride(existing, json);
            }
            else
            {
                throw new InvalidDataException($"countries-extra.jsonl:{lineNumber}: override of unknown country '{id}'");
            }
        }

        return byId.Values.OrderBy(e => e.Id, StringComparer.Ordinal);
    }

    private static KbEntity ReadCountry(JsonElement json)
    {
        var id = JsonFields.String(json, "id")!;
        var active = JsonFields.Object(json, "active");
        return new KbEntity
        {
            Id = id,
            Name = JsonFields.String(json, "name")!,
            Kind = EntityKind.Country,
            Country = id["country/".Length..],
            Sector = "GOV",
            Subtype = JsonFields.String(json, "kind"),
            Latitude = JsonFields.Number(json, "lat"),
            Longitude = JsonFields.Number(json, "lon"),
            Aliases = JsonFields.Strings(json, "aliases"),
            Demonyms = JsonFields.Strings(json, "demonyms"),
            Metonyms = JsonFields.Strings(json, "metonyms"),
            ForeignNames = JsonFields.Strings(json, "foreign_names"),
            CapitalId = JsonFields.Number(json, "capital_geonameid") is { } capital ? "place/" + capital.ToString(CultureInfo.InvariantCulture) : null,
            ClaimedBy = JsonFields.Strings(json, "claimed_by"),
            SeparatistDemonyms = JsonFields.Strings(json, "separatists"),
            ActiveFrom = active is { } a ? KbDates.Parse(JsonFields.String(a, "start")) : null,
            ActiveTo = active is { } b ? KbDates.Parse(JsonFields.String(b, "end")) : null,
        };
    }

    /// <summary>Merges an override line: lists gain new values, scalars are replaced, a new name keeps the old one as an alias, "remove" drops values.</summary>
    private static KbEntity ApplyOverride(KbEntity entity, JsonElement json)
    {
        static ImmutableArray<string> Merge(ImmutableArray<string> existing, ImmutableArray<string> added, ImmutableArray<string> removed) =>
            [.. existing.Concat(added).Distinct(StringComparer.Ordinal).Where(v => !removed.Contains(v, StringComparer.Ordinal))];

        var remove = JsonFields.Object(json, "remove");
        ImmutableArray<string> Removed(string field) => remove is { } r ? JsonFields.Strings(r, field) : [];
        var name = JsonFields.String(json, "name");
        var aliases = Merge(entity.Aliases, JsonFields.Strings(json, "aliases"), Removed("aliases"));
        if (name is not null && name != entity.Name)
        {
            aliases = [.. aliases.Append(entity.Name).Where(a => a != name).Distinct(StringComparer.Ordinal)];
        }

        return entity with
        {
            Name = name ?? entity.Name,
            Subtype = JsonFields.String(json, "kind") ?? entity.Subtype,
            Aliases = aliases,
            Demonyms = Merge(entity.Demonyms, JsonFields.Strings(json, "demonyms"), Removed("demonyms")),
            Metonyms = Merge(entity.Metonyms, JsonFields.Strings(json, "metonyms"), Removed("metonyms")),
            ClaimedBy = Merge(entity.ClaimedBy, JsonFields.Strings(json, "claimed_by"), []),
            SeparatistDemonyms = Merge(entity.SeparatistDemonyms, JsonFields.Strings(json, "separatists"), []),
            Latitude = JsonFields.Number(json, "lat") ?? entity.Latitude,
            Longitude = JsonFields.Number(json, "lon") ?? entity.Longitude,
        };
    }

    private static IEnumerable<KbEntity> LoadPlaces(IEnumerable<string> lines)
    {
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                continue; // header
            }

            var cells = line.Split('\t');
            if (cells.Length != 10)
            {
                throw new InvalidDataException($"places.tsv:{lineNumber}: {cells.Length} columns, expected 10");
            }

            var aliases = cells[9].Length == 0 ? [] : cells[9].Split('|').ToList();
            if (cells[2] != cells[1] && cells[2].Length > 0)
            {
                aliases.Insert(0, cells[2]);
            }

            yield return new KbEntity
            {
                Id = "place/" + cells[0],
                Name = cells[1],
                Kind = EntityKind.Place,
                Country = cells[3],
                Region = cells[4],
                Subtype = cells[5],
                Population = long.Parse(cells[6], CultureInfo.InvariantCulture),
                Latitude = double.Parse(cells[7], CultureInfo.InvariantCulture),
                Longitude = double.Parse(cells[8], CultureInfo.InvariantCulture),
                Aliases = [.. aliases],
            };
        }
    }

    /// <summary>A curated region or area that the gazetteer lacks (Golan Heights, Kashmir, Donbas).</summary>
    private static KbEntity ReadRegion(JsonElement json) => new()
    {
        Id = JsonFields.String(json, "id")!,
        Name = JsonFields.String(json, "name")!,
        Kind = EntityKind.Place,
        Country = JsonFields.String(json, "country"),
        Subtype = JsonFields.String(json, "feature") ?? "region",
        Latitude = JsonFields.Number(json, "lat"),
        Longitude = JsonFields.Number(json, "lon"),
        Aliases = JsonFields.Strings(json, "aliases"),
        ClaimedBy = JsonFields.Strings(json, "claimed_by"),
    };

    private static KbEntity ReadPerson(JsonElement json)
    {
        var roles = json.TryGetProperty("roles", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(role => new KbRole(
                JsonFields.String(role, "role")!,
                JsonFields.String(role, "of")!,
                JsonFields.String(role, "title"),
                KbDates.Parse(JsonFields.String(role, "start")),
                KbDates.Parse(JsonFields.String(role, "end")),
                JsonFields.Bool(role, "acting"),
                KbDates.Parse(JsonFields.String(role, "checked")))).ToImmutableArray()
            : [];
        return new KbEntity
        {
            Id = JsonFields.String(json, "id")!,
            Name = JsonFields.String(json, "name")!,
            Kind = EntityKind.Person,
            Country = JsonFields.String(json, "country"),
            Aliases = JsonFields.Strings(json, "aliases"),
            Roles = roles,
        };
    }

    private static KbEntity ReadOrganization(JsonElement json)
    {
        var id = JsonFields.String(json, "id")!;
        var kind = JsonFields.String(json, "kind");
        var active = JsonFields.Object(json, "active");
        return new KbEntity
        {
            Id = id,
            Name = JsonFields.String(json, "name")!,
            Kind = id.StartsWith("group/", StringComparison.Ordinal) ? EntityKind.Group : EntityKind.Organization,
            Country = JsonFields.String(json, "country"),
            Sector = JsonFields.String(json, "sector"),
            Subtype = kind,
            Aliases = JsonFields.Strings(json, "aliases"),
            AmbiguousAliases = JsonFields.Strings(json, "ambiguous_aliases"),
            Parent = JsonFields.String(json, "parent"),
            Cameo = JsonFields.String(json, "cameo"),
            ActiveFrom = active is { } a ? KbDates.Parse(JsonFields.String(a, "start")) : null,
            ActiveTo = active is { } b ? KbDates.Parse(JsonFields.String(b, "end")) : null,
        };
    }

    private static IEnumerable<KbEntity> Parse(IEnumerable<string> lines, string file, Func<JsonElement, KbEntity> read)
    {
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            var json = ParseLine(line, file, lineNumber);
            KbEntity entity;
            try
            {
                entity = read(json);
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or NullReferenceException or KeyNotFoundException)
            {
                throw new InvalidDataException($"{file}:{lineNumber}: {e.Message}", e);
            }

            yield return entity;
        }
    }

    private static JsonElement ParseLine(string line, string file, int lineNumber)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file}:{lineNumber}: invalid JSON: {e.Message}", e);
        }
    }

    private static IEnumerable<string> Lines(Assembly assembly, string relative)
    {
        using var reader = new StreamReader(DataFileReader.Open(assembly, "kb/" + relative));
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return line;
            }
        }
    }
}

using System.Collections.Immutable;

namespace Sitrep.Knowledge.Model;

/// <summary>One knowledge-base record: a person, organisation, armed group, country or place, with its names and facts.</summary>
public sealed record KbEntity
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required EntityKind Kind { get; init; }

    /// <summary>ISO 3166-1 alpha-3 (or Sitrep's X.. code) of the entity's country; a country's own code.</summary>
    public string? Country { get; init; }

    /// <summary>CAMEO-style sector (GOV, MIL, REB, IGO, MED…).</summary>
    public string? Sector { get; init; }

    /// <summary>Finer kind from the source file: sovereign/territory/disputed/historical; igo/ngo/armed_group/party/media…; a GeoNames feature code.</summary>
    public string? Subtype { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public long Population { get; init; }

    /// <summary>First-level region name (places).</summary>
    public string? Region { get; init; }

    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>The entity's names in other languages, as translated text carries them ("Ermenistan", "Egipet").</summary>
    public ImmutableArray<string> ForeignNames { get; init; } = [];

    /// <summary>Names that are also common words or other bodies' acronyms: linked only with supporting context.</summary>
    public ImmutableArray<string> AmbiguousAliases { get; init; } = [];

    /// <summary>Nationality adjectives and plurals (countries).</summary>
    public ImmutableArray<string> Demonyms { get; init; } = [];

    /// <summary>Names used for the government (capitals, seats: "Ankara", "the Kremlin").</summary>
    public ImmutableArray<string> Metonyms { get; init; } = [];

    public ImmutableArray<KbRole> Roles { get; init; } = [];

    /// <summary>The place id of a country's capital.</summary>
    public string? CapitalId { get; init; }

    public string? Parent { get; init; }

    public string? Cameo { get; init; }

    /// <summary>Countries that claim a disputed territory.</summary>
    public ImmutableArray<string> ClaimedBy { get; init; } = [];

    /// <summary>For a disputed territory: the peoples whose separatists it stands for ("Armenian" for Nagorno-Karabakh).</summary>
    public ImmutableArray<string> SeparatistDemonyms { get; init; } = [];

    public DateOnly? ActiveFrom { get; init; }

    public DateOnly? ActiveTo { get; init; }
}

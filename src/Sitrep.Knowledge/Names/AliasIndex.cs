using System.Collections.Frozen;
using Sitrep.Knowledge.Model;

namespace Sitrep.Knowledge.Names;

/// <summary>How a name belongs to an entity, which decides how much context a match needs.</summary>
public enum AliasKind : byte
{
    /// <summary>The canonical name.</summary>
    Name,

    /// <summary>An alternate name or spelling.</summary>
    Alias,

    /// <summary>A name that is also a common word or another body's acronym.</summary>
    Ambiguous,

    /// <summary>A nationality adjective or plural (Azerbaijani, Turks).</summary>
    Demonym,

    /// <summary>A name for the government (Ankara, the Kremlin).</summary>
    Metonym,

    /// <summary>A person's surname on its own (Aliyev), derived from the name.</summary>
    Surname,

    /// <summary>The name in another language, as translated text carries it (Ermenistan, Egipet).</summary>
    Foreign,
}

/// <summary>One way to name an entity.</summary>
public readonly record struct AliasEntry(KbEntity Entity, AliasKind Kind);

/// <summary>A fuzzy candidate: an entity, the alias that came close, and how close.</summary>
public readonly record struct FuzzyMatch(AliasEntry Entry, string Alias, double Similarity);

/// <summary>Every folded name of the knowledge base, for exact lookup and for transliteration-tolerant candidates.</summary>
public sealed class AliasIndex
{
    private static readonly FrozenSet<string> SurnameParticles = FrozenSet.ToFrozenSet(["al", "el", "bin", "ibn", "bint", "abu", "de", "da", "van", "von", "le", "la", "di", "du", "del", "ben", "ould"], StringComparer.Ordinal);

    private const long FuzzyPlaceMinimumPopulation = 50_000;
    private const int MinimumSkeletonForDeletions = 5;
    private const int FuzzyCacheLimit = 200_000;

    private readonly FrozenDictionary<string, AliasEntry[]> _exact;
    private readonly FrozenDictionary<string, (string Alias, string Skeleton, AliasEntry Entry)[]> _byKey;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Alias, AliasEntry Entry, double Similarity)[]> _fuzzyCache = new(StringComparer.Ordinal);
    private readonly PhoneticKey _phonetic;

    public AliasIndex(IEnumerable<KbEntity> entities, PhoneticKey phonetic)
    {
        ArgumentNullException.ThrowIfNull(entities);
        _phonetic = phonetic;
        var exact = new Dictionary<string, List<AliasEntry>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var (name, kind) in NamesOf(entity))
            {
                var folded = NameFolding.Fold(name);
                if (folded.Length == 0)
                {
                    continue;
                }

                if (!exact.TryGetValue(folded, out var list))
                {
                    exact[folded] = list = [];
                }

                if (!list.Exists(e => e.Entity.Id == entity.Id))
                {
                    list.Add(new AliasEntry(entity, kind));
                }
            }
        }

        _exact = exact.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
        // Fuzzy candidates are keyed by the sound skeleton of the whole name and, SymSpell-style, by that skeleton
        // with one class deleted, so that one differing sound on each side still meets.
        _byKey = _exact
            .SelectMany(pair => pair.Value.Where(IsFuzzyTarget).Select(entry => (Alias: pair.Key, Entry: entry)))
            .Select(item => (item.Alias, Skeleton: phonetic.Skeleton(item.Alias), item.Entry))
            .SelectMany(item => KeysOf(item.Skeleton).Select(key => (Key: key, item.Alias, item.Skeleton, item.Entry)))
            .GroupBy(item => item.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(item => (item.Alias, item.Skeleton, item.Entry)).DistinctBy(item => (item.Alias, item.Entry.Entity.Id)).ToArray(), StringComparer.Ordinal);
        MaxTokens = _exact.Keys.Max(key => key.Count(' ') + 1);
    }

    /// <summary>The most tokens any name has.</summary>
    public int MaxTokens { get; }

    public int Count => _exact.Count;

    /// <summary>Entities named exactly this (after folding).</summary>
    public ReadOnlySpan<AliasEntry> Lookup(string folded) =>
        _exact.TryGetValue(folded, out var entries) ? entries : [];

    public bool Contains(string folded) => _exact.ContainsKey(folded);

    /// <summary>Names that sound alike after transliteration (same consonant-class skeleton), with their string similarity.</summary>
    public IEnumerable<FuzzyMatch> Similar(string folded, double minimum)
    {
        // Names recur across reports: the scored candidates of a spelling are kept (up to a bound) and filtered per call.
        if (!_fuzzyCache.TryGetValue(folded, out var scored))
        {
            scored = [.. Score(folded, FuzzyCacheFloor)];
            if (_fuzzyCache.Count >= FuzzyCacheLimit)
            {
                _fuzzyCache.Clear();
            }

            _fuzzyCache[folded] = scored;
        }

        foreach (var (alias, entry, similarity) in scored)
        {
            if (similarity >= minimum)
            {
                yield return new FuzzyMatch(entry, alias, similarity);
            }
        }
    }

    /// <summary>Lowest similarity kept in the cache; callers ask for more.</summary>
    private const double FuzzyCacheFloor = 0.75;

    private IEnumerable<(string Alias, AliasEntry Entry, double Similarity)> Score(string folded, double minimum)
    {
        var skeleton = _phonetic.Skeleton(folded);
        var seen = new HashSet<(string, string)>();
        foreach (var key in KeysOf(skeleton))
        {
            if (!_byKey.TryGetValue(key, out var candidates))
            {
                continue;
            }

            foreach (var (alias, aliasSkeleton, entry) in candidates)
            {
                // Names whose lengths differ by more than half cannot be near spellings of each other.
                if (Math.Abs(alias.Length - folded.Length) * 2 > Math.Max(alias.Length, folded.Length) || !seen.Add((alias, entry.Entity.Id)))
                {
                    continue;
                }

                // Spelling by sound serves place names transliterated whole ("Nagurani Qara Baj"); people and bodies must match word by word.
                var similarity = entry.Entity.Kind switch
                {
                    EntityKind.Country or EntityKind.Place => NameSimilarity.Score(folded, alias, skeleton, aliasSkeleton),
                    EntityKind.Person => NameSimilarity.Score(folded, alias, NameSimilarity.MinimumGivenNameSimilarity),
                    _ => NameSimilarity.Score(folded, alias),
                };
                if (similarity >= minimum)
                {
                    yield return (alias, entry, similarity);
                }
            }
        }
    }

    /// <summary>Names worth a fuzzy search: not ambiguous words, and for places only sizeable ones or regions, which keeps the index small.</summary>
    private static bool IsFuzzyTarget(AliasEntry entry) =>
        entry.Kind != AliasKind.Ambiguous
        && (entry.Entity.Kind != EntityKind.Place || entry.Entity.Population >= FuzzyPlaceMinimumPopulation || entry.Entity.Subtype is "ADM1" or "PPLC" or "PPLA");

    /// <summary>A skeleton and, when long enough, its one-deletion variants.</summary>
    private static IEnumerable<string> KeysOf(string skeleton)
    {
        if (skeleton.Length < 2)
        {
            yield break;
        }

        yield return skeleton;
        if (skeleton.Length < MinimumSkeletonForDeletions)
        {
            yield break;
        }

        for (var i = 0; i < skeleton.Length; i++)
        {
            yield return skeleton.Remove(i, 1);
        }
    }

    private static IEnumerable<(string Name, AliasKind Kind)> NamesOf(KbEntity entity)
    {
        yield return (entity.Name, AliasKind.Name);
        foreach (var alias in entity.Aliases)
        {
            yield return (alias, AliasKind.Alias);
        }

        foreach (var alias in entity.AmbiguousAliases)
        {
            yield return (alias, AliasKind.Ambiguous);
        }

        foreach (var demonym in entity.Demonyms)
        {
            yield return (demonym, AliasKind.Demonym);
        }

        foreach (var metonym in entity.Metonyms)
        {
            yield return (metonym, AliasKind.Metonym);
        }

        foreach (var foreign in entity.ForeignNames)
        {
            yield return (foreign, AliasKind.Foreign);
        }

        if (entity.Kind == EntityKind.Person)
        {
            foreach (var name in entity.Aliases.Prepend(entity.Name))
            {
                if (Surname(NameFolding.Fold(name)) is { } surname)
                {
                    yield return (surname, AliasKind.Surname);
                }
            }
        }
    }

    /// <summary>The family name of a folded full name: its last token, with a particle before it (al-Assad → al assad and assad).</summary>
    private static string? Surname(string folded)
    {
        var tokens = folded.Split(' ');
        if (tokens.Length < 2 || tokens[^1].Length < 3)
        {
            return null;
        }

        return tokens.Length >= 3 && SurnameParticles.Contains(tokens[^2]) ? tokens[^2] + " " + tokens[^1] : tokens[^1];
    }
}

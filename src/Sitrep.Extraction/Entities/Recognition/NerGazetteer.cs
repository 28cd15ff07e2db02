using Sitrep.Core.Annotation;
using System.Collections.Frozen;
using Sitrep.Knowledge;
using Sitrep.Knowledge.Model;
using Sitrep.Knowledge.Names;

namespace Sitrep.Extraction.Entities.Recognition;

/// <summary>Which knowledge-base lists a name is on; the recogniser uses list membership as evidence, not as a verdict.</summary>
[Flags]
public enum GazetteerList : byte
{
    None = 0,
    Person = 1,
    FirstName = 2,
    Location = 4,
    Organization = 8,
    Nationality = 16,
}

/// <summary>Finds knowledge-base names in a sentence's tokens (longest match, capitalised starts only) for recogniser features.</summary>
public sealed class NerGazetteer
{
    private const int MaxSpanTokens = 6;

    private readonly FrozenDictionary<string, GazetteerList> _names;
    private readonly FrozenSet<string> _prefixes;

    public NerGazetteer(IEnumerable<(string Name, GazetteerList List)> names)
    {
        var lists = new Dictionary<string, GazetteerList>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, list) in names)
        {
            var folded = NameFolding.Fold(name);
            if (folded.Length == 0 || folded.Count(c => c == ' ') >= MaxSpanTokens)
            {
                continue;
            }

            lists[folded] = lists.GetValueOrDefault(folded) | list;
            for (var space = folded.IndexOf(' ', StringComparison.Ordinal); space > 0; space = folded.IndexOf(' ', space + 1))
            {
                prefixes.Add(folded[..space]);
            }
        }

        _names = lists.ToFrozenDictionary(StringComparer.Ordinal);
        _prefixes = prefixes.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>A gazetteer of the shipped knowledge base's names, built once.</summary>
    public static NerGazetteer Default => Shared.Value;

    private static readonly Lazy<NerGazetteer> Shared = new(() => FromKnowledgeBase(KnowledgeBase.Default));

    public static NerGazetteer FromKnowledgeBase(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        return new NerGazetteer(knowledgeBase.Entities.SelectMany(NamesOf));
    }

    /// <summary>For each token, the lists of the longest name covering it and the token's position in it (0 begin, 1 inside, 2 last, 3 unit).</summary>
    public (GazetteerList List, byte Position)[] Match(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var result = new (GazetteerList, byte)[tokens.Count];
        var folded = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            folded[i] = NameFolding.Fold(tokens[i]);
        }

        var start = 0;
        while (start < tokens.Count)
        {
            if (folded[start].Length == 0 || !char.IsUpper(tokens[start][0]))
            {
                start++;
                continue;
            }

            var bestEnd = -1;
            var bestList = GazetteerList.None;
            var key = folded[start];
            for (var end = start + 1; end <= Math.Min(tokens.Count, start + MaxSpanTokens); end++)
            {
                if (end > start + 1)
                {
                    if (folded[end - 1].Length == 0)
                    {
                        break;
                    }

                    key = key + " " + folded[end - 1];
                }

                if (_names.TryGetValue(key, out var list))
                {
                    bestEnd = end;
                    bestList = list;
                }

                if (!_prefixes.Contains(key))
                {
                    break;
                }
            }

            if (bestEnd < 0)
            {
                start++;
                continue;
            }

            for (var i = start; i < bestEnd; i++)
            {
                var position = bestEnd - start == 1 ? 3 : i == start ? 0 : i == bestEnd - 1 ? 2 : 1;
                result[i] = (bestList, (byte)position);
            }

            start = bestEnd;
        }

        return result;
    }

    private static IEnumerable<(string, GazetteerList)> NamesOf(KbEntity entity)
    {
        var names = entity.Aliases.Prepend(entity.Name);
        switch (entity.Kind)
        {
            case EntityKind.Person:
                foreach (var name in names)
                {
                    yield return (name, GazetteerList.Person);
                    var first = NameFolding.Fold(name).Split(' ');
                    if (first.Length >= 2 && first[0].Length >= 3)
                    {
                        yield return (first[0], GazetteerList.FirstName);
                    }
                }

                break;
            case EntityKind.Country or EntityKind.Place:
                foreach (var name in names.Concat(entity.Metonyms))
                {
                    yield return (name, GazetteerList.Location);
                }

                foreach (var demonym in entity.Demonyms)
                {
                    yield return (demonym, GazetteerList.Nationality);
                }

                break;
            default:
                foreach (var name in names)
                {
                    yield return (name, GazetteerList.Organization);
                }

                break;
        }
    }
}

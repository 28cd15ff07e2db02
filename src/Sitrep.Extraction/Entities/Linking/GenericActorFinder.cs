using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Core.Data;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Entities.Linking;

/// <summary>
/// Finds unnamed group actors — "officials said", "gunmen opened fire", "residents fled" — that no nationality qualifies.
/// A state group (officials, police, the army) is read as the report's main country in that sector; the others become a
/// generic actor per kind ("new/group/gunmen" with sector UAF), so events and claims still have an actor to point to.
/// </summary>
public sealed class GenericActorFinder
{
    private readonly FrozenDictionary<string, (string Sector, bool State)> _nouns;
    private readonly int _maxWords;

    public GenericActorFinder(IEnumerable<(string Noun, string Sector, bool State)> nouns)
    {
        _nouns = nouns.ToFrozenDictionary(n => n.Noun, n => (n.Sector, n.State), StringComparer.Ordinal);
        _maxWords = _nouns.Keys.Max(n => n.Count(c => c == ' ') + 1);
    }

    public static GenericActorFinder Default { get; } = new(DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/generic-actors.tsv")
        .Select(line => line.Split('\t'))
        .Select(cells => (cells[0], cells[1], cells[2] == "y")));

    /// <summary>Group-noun actors on tokens no other mention covers; <paramref name="mainCountry"/> owns the state ones.</summary>
    public IEnumerable<EntityMention> Find(string text, IReadOnlyList<Token> tokens, bool[] covered, KnowledgeBaseCountry? mainCountry)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(covered);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || (i > 0 && covered[i - 1] && !IsArticle(text, tokens[i - 1])))
            {
                continue; // "Azerbaijani forces" is the nationality phrase's, not a bare group noun
            }

            for (var length = Math.Min(_maxWords, tokens.Count - i); length >= 1; length--)
            {
                if (Enumerable.Range(i, length).Any(k => covered[k]))
                {
                    continue;
                }

                var phrase = string.Join(' ', Enumerable.Range(i, length).Select(k => text.Substring(tokens[k].Start, tokens[k].Length).ToLowerInvariant()));
                if (!_nouns.TryGetValue(phrase, out var noun))
                {
                    continue;
                }

                var start = i > 0 && IsArticle(text, tokens[i - 1]) ? tokens[i - 1].Start : tokens[i].Start;
                var end = tokens[i + length - 1].End;
                yield return noun.State && mainCountry is { } country
                    ? new EntityMention(start, end, country.Id, EntityType.Country, country.Name, true, country.Code, noun.Sector, 0.6, MentionSource.ActorPhrase)
                    : new EntityMention(start, end, NewEntityIds.For(EntityType.Group, phrase), EntityType.Group, phrase, false, null, noun.Sector, 0.5, MentionSource.ActorPhrase);
                i += length - 1;
                break;
            }
        }
    }

    private static bool IsArticle(string text, Token token) => text.Substring(token.Start, token.Length).ToLowerInvariant() is "the" or "a";
}

/// <summary>The country a report is mainly about: its id, name and code.</summary>
public readonly record struct KnowledgeBaseCountry(string Id, string Name, string Code);

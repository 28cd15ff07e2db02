using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Core.Data;
using Sitrep.Extraction.Text;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Entities.Linking;

/// <summary>
/// Finds unnamed group actors — "officials said", "gunmen opened fire", "residents fled" — that no nationality qualifies.
/// A state group (officials, police, the army) is read as the report's main country in that sector; the others become a
/// generic actor per kind ("new/group/gunmen" with sector UAF), so events and claims still have an actor to point to.
/// </summary>
public sealed class GenericActorFinder
{
    private readonly PhraseLexicon<(string Sector, bool State)> _nouns;

    public GenericActorFinder(IEnumerable<(string Noun, string Sector, bool State)> nouns) =>
        _nouns = new PhraseLexicon<(string Sector, bool State)>(nouns.Select(n => KeyValuePair.Create(n.Noun, (n.Sector, n.State))));

    public static GenericActorFinder Default { get; } = new(DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/generic-actors.tsv")
        .Select(line => line.Split('\t'))
        .Select(cells => (cells[0], cells[1], cells[2] == "y")));

    /// <summary>Group-noun actors on tokens no other mention covers; <paramref name="mainCountry"/> owns the state ones.</summary>
    /// <summary>Whether a lower-case word or phrase is one of the group nouns ("junta", "rebels", "gunmen").</summary>
    public bool IsGroupNoun(string phrase) => _nouns.TryGetValue(phrase, out _);

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

            for (var length = Math.Min(_nouns.MaxWords, tokens.Count - i); length >= 1; length--)
            {
                if (Array.IndexOf(covered, true, i, length) >= 0 || !_nouns.TryGetValue(text, tokens, i, length, out var noun) || NamesAThing(text, tokens, i + length))
                {
                    continue;
                }

                var phrase = string.Join(' ', tokens.Skip(i).Take(length).Select(token => text.Substring(token.Start, token.Length).ToLowerInvariant()));
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

    // Thing nouns that are also verbs a group does ("the army targets civilians", "police shelter residents").
    private static readonly FrozenSet<string> AlsoVerbs = FrozenSet.ToFrozenSet(
        ["target", "targets", "shelter", "shelters", "house", "houses", "mine", "mines", "post", "posts", "block", "blocks", "camp", "camps", "field", "fields", "range", "ranges", "station", "stations", "plant", "plants", "store", "stores", "shop", "shops", "ground", "grounds", "well"],
        StringComparer.Ordinal);

    /// <summary>"police station", "army base": the group noun is part of a thing's name when such a noun follows it.</summary>
    private static bool NamesAThing(string text, IReadOnlyList<Token> tokens, int next) =>
        next < tokens.Count && text.Substring(tokens[next].Start, tokens[next].Length) is var word && NounLists.Things.Contains(word)
        && (!AlsoVerbs.Contains(word) || next + 1 >= tokens.Count || IsFunctionWordAfterNoun(text, tokens[next + 1]));

    private static bool IsFunctionWordAfterNoun(string text, Token token) =>
        text.AsSpan(token.Start, token.Length) is var word && (word is "in" or "at" or "on" or "near" or "across" or "of" or "to" or "from" or "for" or "by" or "with" or "was" or "were" or "is" or "are" or "has" or "had" or "have" or "and" or "," or "." || word.IsEmpty);

    private static bool IsArticle(string text, Token token) =>
        text.AsSpan(token.Start, token.Length) is var word && (word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase));
}

/// <summary>The country a report is mainly about: its id, name and code.</summary>
public readonly record struct KnowledgeBaseCountry(string Id, string Name, string Code);

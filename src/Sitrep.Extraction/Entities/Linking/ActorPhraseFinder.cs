using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Core.Data;
using Sitrep.Knowledge;
using Sitrep.Knowledge.Model;
using Sitrep.Knowledge.Names;

namespace Sitrep.Extraction.Entities.Linking;

/// <summary>
/// Finds "nationality/country + group noun" actors — "Azerbaijani forces", "Russia's army", "the Sudanese authorities" —
/// and resolves them to the country with a sector; separatists of a people go to the disputed territory the document names
/// ("Armenian separatists" in a report on Nagorno-Karabakh).
/// </summary>
public sealed class ActorPhraseFinder(KnowledgeBase knowledgeBase, SectorLexicon sectors)
{
    private const int MaxModifiers = 2;

    private static readonly FrozenSet<string> Modifiers = DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/sector-modifiers.txt")
        .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Actor phrases built on the country mentions already linked in the document.</summary>
    public IEnumerable<EntityMention> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<(EntityMention Mention, int FirstToken, int EndToken)> countries, IReadOnlySet<string> documentEntities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(countries);
        foreach (var (mention, _, endToken) in countries)
        {
            var next = endToken;
            if (next < tokens.Count && Lower(text, tokens[next]) is "'s" or "’s")
            {
                next++;
            }

            var modifiers = 0;
            while (modifiers < MaxModifiers && next + modifiers < tokens.Count && Modifiers.Contains(Lower(text, tokens[next + modifiers])) && !IsSectorStart(text, tokens, next + modifiers))
            {
                modifiers++;
            }

            if (LongestNoun(text, tokens, next + modifiers) is not var (nounEnd, sector))
            {
                continue;
            }

            var entity = Separatists(mention, sector, text, documentEntities) ?? knowledgeBase.Find(mention.EntityId);
            if (entity is null)
            {
                continue;
            }

            yield return new EntityMention(
                mention.Start, tokens[nounEnd - 1].End, entity.Id, EntityType.Country, entity.Name, InKnowledgeBase: true,
                entity.Country, entity.Id == mention.EntityId ? sector : "SEP", mention.Score, MentionSource.ActorPhrase);
        }
    }

    /// <summary>
    /// A recognised name that is itself a nationality + group phrase ("Azerbaijani Armed Forces", "Armenian Ministry of
    /// Defense"): the country's actor in that sector.
    /// </summary>
    public EntityMention? FromName(string surface, Mention mention)
    {
        ArgumentNullException.ThrowIfNull(surface);
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var split = 1; split < words.Length && split <= 2; split++)
        {
            var head = string.Join(' ', words[..split]);
            var country = knowledgeBase.Aliases.Lookup(NameFolding.Fold(head)).ToArray()
                .FirstOrDefault(e => e.Entity.Kind == EntityKind.Country && e.Kind is AliasKind.Demonym or AliasKind.Name or AliasKind.Alias).Entity;
            if (country is null)
            {
                continue;
            }

            var rest = words[split..].Select(w => w.ToLowerInvariant()).SkipWhile(Modifiers.Contains).ToArray();
            if (rest.Length > 0 && sectors.SectorOf(string.Join(' ', rest)) is { } sector)
            {
                return new EntityMention(mention.Start, mention.End, country.Id, EntityType.Country, country.Name, true, country.Country, sector, 0.9, MentionSource.ActorPhrase);
            }
        }

        return null;
    }

    private bool IsSectorStart(string text, IReadOnlyList<Token> tokens, int index) => LongestNoun(text, tokens, index) is not null;

    private (int End, string Sector)? LongestNoun(string text, IReadOnlyList<Token> tokens, int start) =>
        sectors.Phrases.Longest(text, tokens, start, tokens.Count) is { } found ? (found.End, found.Value) : null;

    /// <summary>Separatists named by a people's adjective belong to the disputed territory of that people the document mentions.</summary>
    private KbEntity? Separatists(EntityMention nationality, string sector, string text, IReadOnlySet<string> documentEntities)
    {
        if (sector is not ("SEP" or "REB" or "INS"))
        {
            return null;
        }

        var adjective = NameFolding.Fold(text[nationality.Start..nationality.End]);
        return documentEntities
            .Select(knowledgeBase.Find)
            .FirstOrDefault(entity => entity is { Kind: EntityKind.Country } && entity.SeparatistDemonyms.Any(d => NameFolding.Fold(d) == adjective));
    }

    private static string Lower(string text, Token token) => text.Substring(token.Start, token.Length).ToLowerInvariant();
}

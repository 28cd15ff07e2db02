using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Annotation;
using Sitrep.Core.Pipeline;
using Sitrep.Knowledge;
using Sitrep.Knowledge.Model;
using Sitrep.Knowledge.Names;
using Sitrep.Knowledge.Roles;

namespace Sitrep.Extraction.Entities.Linking;

/// <summary>
/// Resolves recognised names to knowledge-base entities — or to new entities when nothing fits well enough — and adds
/// the mentions that are not names: titles resolved to their holder on the document's date, and nationality + group
/// phrases resolved to a country actor with a sector.
/// </summary>
/// <remarks>
/// Names are resolved longest first, twice: the second round sees the countries and people the first round linked.
/// Within a document, a surname alone joins the full name mentioned before it, known or new.
/// </remarks>
public sealed class EntityLinker : IAnnotator
{
    /// <summary>Score from which a candidate is linked; below it the mention becomes a new entity.</summary>
    public const double Threshold = 0.80;

    /// <summary>How close an unrecognised capitalised word must be to a linked person's surname to be a misspelling of it.</summary>
    private const double MisspeltSurnameSimilarity = 0.9;

    private static readonly FrozenSet<string> RegionWords = FrozenSet.ToFrozenSet(
        ["province", "provinces", "region", "oblast", "governorate", "state", "district", "county", "prefecture", "department", "krai", "territory", "canton", "voivodeship", "emirate"],
        StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FrozenSet<string>> MetonymCues = Core.Data.DataFileReader
        .ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/metonym-cues.tsv")
        .Select(line => line.Split('\t'))
        .ToFrozenDictionary(cells => cells[0], cells => cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    private readonly KnowledgeBase _knowledgeBase;
    private readonly CandidateRanker _ranker;
    private readonly TitleResolver _titles;
    private readonly ActorPhraseFinder _actors;

    public EntityLinker(KnowledgeBase knowledgeBase, TitleLexicon titles, SectorLexicon sectors)
    {
        _knowledgeBase = knowledgeBase;
        _ranker = new CandidateRanker(knowledgeBase);
        _titles = new TitleResolver(knowledgeBase, titles);
        _actors = new ActorPhraseFinder(knowledgeBase, sectors);
    }

    public EntityLinker()
        : this(KnowledgeBase.Default, TitleLexicon.Default, SectorLexicon.Default)
    {
    }

    public string Name => "entity-linker";

    public IReadOnlyList<LayerKey> Requires => [Layers.Tokens, Layers.Sentences, Layers.Mentions];

    public IReadOnlyList<LayerKey> Produces => [Layers.Entities];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = document.Get(Layers.Tokens);
        var mentions = document.Get(Layers.Mentions);
        var context = new LinkingContext(document.Document.Metadata.Published?.FirstDay);
        var dateline = document.Document.Metadata.Dateline?.Span;
        var resolved = new EntityMention?[mentions.Length];
        var order = Enumerable.Range(0, mentions.Length).OrderByDescending(i => mentions[i].EndToken - mentions[i].FirstToken).ThenBy(i => i).ToArray();

        // Round 0 links plain country names first, so that places and people are then read in the document's countries.
        for (var round = 0; round < 3; round++)
        {
            foreach (var i in order)
            {
                if (resolved[i] is null && Link(text, tokens, mentions[i], context, dateline, countriesOnly: round == 0) is { } linked)
                {
                    resolved[i] = linked;
                }
            }
        }

        AssignNewEntities(text, mentions, resolved);
        var entities = resolved.Where(m => m is not null).Select(m => m!.Value).ToList();
        var covered = new bool[tokens.Length];
        foreach (var mention in mentions)
        {
            for (var i = mention.FirstToken; i < mention.EndToken; i++)
            {
                covered[i] = true;
            }
        }

        var misspelt = MisspeltSurnames(text, tokens, covered, entities).ToList();
        entities.AddRange(misspelt);
        Cover(covered, tokens, misspelt);
        entities.AddRange(OfficeHolderSurnames(text, tokens, covered, context.Date));
        var documentEntities = entities.Select(m => m.EntityId).ToHashSet(StringComparer.Ordinal);
        entities.AddRange(Titles(text, tokens, document.Get(Layers.Sentences), mentions, resolved, context, documentEntities));
        var countryMentions = mentions.Select((m, i) => (Mention: resolved[i], m.FirstToken, m.EndToken))
            .Where(m => m.Mention is { Type: EntityType.Country, InKnowledgeBase: true })
            .Select(m => (m.Mention!.Value, m.FirstToken, m.EndToken))
            .ToList();
        var actors = _actors.Find(text, tokens, countryMentions, documentEntities).ToList();
        entities.RemoveAll(e => e.Source == MentionSource.Name && actors.Any(a => a.Start < e.End && e.Start < a.End));
        entities.AddRange(actors);
        Cover(covered, tokens, entities);
        entities.AddRange(GenericActorFinder.Default.Find(text, tokens, covered, MainCountry(document.Document.Metadata.Dateline, entities)));
        document.Add(Layers.Entities, [.. entities.OrderBy(e => e.Start).ThenBy(e => e.End)]);
    }

    private EntityMention? Link(string text, ImmutableArray<Token> tokens, Mention mention, LinkingContext context, Core.Text.TextSpan? dateline, bool countriesOnly)
    {
        var surface = text[mention.Start..mention.End];
        string Word(int index) => index >= 0 && index < tokens.Length ? text.Substring(tokens[index].Start, tokens[index].Length).ToLowerInvariant() : string.Empty;
        context.IsLocative = (dateline is { } line && line.Contains(mention.Span)) || MetonymCues["before-place"].Contains(Word(mention.FirstToken - 1));
        context.IsAgent = !context.IsLocative && (IsAgent(Word, mention.EndToken) || MetonymCues["before-agent"].Contains(Word(mention.FirstToken - 1))
            || MetonymCues["before-agent"].Contains(Word(FirstOfPair(text, tokens, mention.FirstToken) - 1)));
        context.RegionWordFollows = RegionWords.Contains(Word(mention.EndToken))
            || (Word(mention.FirstToken - 1) == "of" && RegionWords.Contains(Word(mention.FirstToken - 2)));
        context.TitleRoles = TitleRolesBefore(text, tokens, mention.FirstToken);
        var candidates = _ranker.Rank(surface, mention.Type, context)
            .Where(c => !countriesOnly || (c.Entity.Kind == EntityKind.Country && c.Kind is AliasKind.Name or AliasKind.Alias or AliasKind.Demonym))
            .ToList();

        // A seat of government that is also listed as a body ("the Kremlin") is the government actor: the country with sector GOV.
        candidates.RemoveAll(c => c.Entity is { Kind: EntityKind.Organization, Sector: "GOV" } body
            && candidates.Exists(other => other.Kind == AliasKind.Metonym && other.Entity.Country == body.Country && other.Score >= Threshold));
        var best = candidates
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Entity.Kind == EntityKind.Country)
            .ThenByDescending(c => c.Entity.Population)
            .ThenBy(c => c.Entity.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Entity is null || best.Score < Threshold)
        {
            return null;
        }

        context.Linked(best.Entity);
        var sector = best.Kind == AliasKind.Metonym && best.Entity.Kind == EntityKind.Country ? "GOV" : best.Entity.Sector;
        return new EntityMention(mention.Start, mention.End, best.Entity.Id, TypeOf(best.Entity), best.Entity.Name, true, best.Entity.Country, sector, Math.Round(best.Score, 3), MentionSource.Name);
    }

    /// <summary>The country a report is mainly about: the dateline's, else the one it mentions most.</summary>
    private KnowledgeBaseCountry? MainCountry(Core.Documents.Dateline? dateline, List<EntityMention> entities)
    {
        if (dateline is not null)
        {
            foreach (var name in new[] { dateline.Country, dateline.Place })
            {
                if (name is null)
                {
                    continue;
                }

                var entry = _knowledgeBase.Aliases.Lookup(NameFolding.Fold(name)).ToArray()
                    .Where(e => e.Entity.Kind is EntityKind.Country or EntityKind.Place && e.Entity.Country is not null)
                    .OrderByDescending(e => e.Entity.Kind == EntityKind.Country)
                    .ThenByDescending(e => e.Entity.Population)
                    .FirstOrDefault();
                if (entry.Entity is { Country: { } code } && _knowledgeBase.Country(code) is { } country)
                {
                    return new KnowledgeBaseCountry(country.Id, country.Name, code);
                }
            }
        }

        var top = entities.Where(e => e.Type == EntityType.Country && e.InKnowledgeBase && e.Country is not null)
            .GroupBy(e => e.EntityId)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(e => e.Start))
            .FirstOrDefault();
        return top is null ? null : new KnowledgeBaseCountry(top.Key, top.First().Name, top.First().Country!);
    }

    /// <summary>"Will Athens and Ankara …", "punish Belgrade and Pristina": where the capitalised name joined by "and" to this one starts (else this one's start).</summary>
    private static int FirstOfPair(string text, ImmutableArray<Token> tokens, int first)
    {
        if (first < 2 || !text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length).SequenceEqual("and"))
        {
            return first;
        }

        var start = first - 1;
        while (start > 0 && start > first - 5 && char.IsUpper(text[tokens[start - 1].Start])
            && !MetonymCues["before-agent"].Contains(text.Substring(tokens[start - 1].Start, tokens[start - 1].Length).ToLowerInvariant()))
        {
            start--;
        }

        return start < first - 1 ? start : first;
    }

    /// <summary>A name acts when a verb of its own follows ("Moscow said", "Ankara and Baku denied"), or a possessive.</summary>
    private static bool IsAgent(Func<int, string> word, int after)
    {
        var next = word(after);
        if (next is "'s" or "’s")
        {
            return true;
        }

        if (next == "," || (next == "and" && word(after + 2) is { Length: > 0 }))
        {
            next = next == "," ? word(after + 1) : word(after + 2);
        }

        return MetonymCues["after-agent"].Contains(next) || (next.All(char.IsLetter) && Events.Inflector.IsPastForm(next)); // "Seoul began", "Ankara denied"
    }

    /// <summary>
    /// Unlinked names become new entities, unless the same name is linked elsewhere in the document (it is that entity),
    /// it is a nationality + group name ("Azerbaijani Armed Forces": the country's actor), or it is only common words
    /// (a capitalised "Vehicles" opening a sentence). A surname alone joins the fuller name before it in the document.
    /// </summary>
    private void AssignNewEntities(string text, ImmutableArray<Mention> mentions, EntityMention?[] resolved)
    {
        var linkedBySurface = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Length; i++)
        {
            if (resolved[i] is { } linked)
            {
                linkedBySurface.TryAdd(NameFolding.Fold(text[mentions[i].Start..mentions[i].End]), linked);
            }
        }

        var fullNames = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            var surface = text[mention.Start..mention.End];
            var folded = NameFolding.Fold(surface);
            if (resolved[i] is { } linked)
            {
                if (mention.Type == MentionType.Person && folded.Contains(' ', StringComparison.Ordinal))
                {
                    fullNames.TryAdd(folded.Split(' ')[^1], linked);
                }

                continue;
            }

            if (mention.Type is MentionType.Misc or MentionType.Nationality || folded.Length == 0 || CommonWords.AllCommon(folded))
            {
                continue; // other names (events, nationalities with no country) and common words are not entities of the record
            }

            if (linkedBySurface.TryGetValue(folded, out var same))
            {
                resolved[i] = same with { Start = mention.Start, End = mention.End, Source = MentionSource.Name };
                continue;
            }

            if (_actors.FromName(surface, mention) is { } actor)
            {
                resolved[i] = actor;
                continue;
            }

            if (mention.Type == MentionType.Person && !folded.Contains(' ', StringComparison.Ordinal) && fullNames.TryGetValue(folded, out var earlier))
            {
                resolved[i] = earlier with { Start = mention.Start, End = mention.End, Source = MentionSource.Name };
                continue;
            }

            var type = mention.Type switch
            {
                MentionType.Person => EntityType.Person,
                MentionType.Organization => EntityType.Organization,
                MentionType.Location => EntityType.Place,
                _ => EntityType.Other,
            };
            resolved[i] = new EntityMention(mention.Start, mention.End, NewEntityIds.For(type, surface), type, surface, false, null, null, 0, MentionSource.Name);
            if (mention.Type == MentionType.Person && folded.Contains(' ', StringComparison.Ordinal))
            {
                fullNames.TryAdd(folded.Split(' ')[^1], resolved[i]!.Value);
            }
        }
    }

    /// <summary>Marks the tokens the given entity mentions overlap.</summary>
    private static void Cover(bool[] covered, ImmutableArray<Token> tokens, IEnumerable<EntityMention> entities)
    {
        foreach (var entity in entities)
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                covered[i] |= tokens[i].Start < entity.End && entity.Start < tokens[i].End;
            }
        }
    }

    /// <summary>
    /// Capitalised words the recogniser passed over that are, exactly, the surname of one person holding office on the
    /// report's date ("Putin and Trump held talks" at a sentence's start): a surname that is also a common word is left alone.
    /// </summary>
    private IEnumerable<EntityMention> OfficeHolderSurnames(string text, ImmutableArray<Token> tokens, bool[] covered, DateOnly? date)
    {
        if (date is not { } onDate)
        {
            yield break;
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (covered[i] || token.Kind != TokenKind.Word || token.Length < 4 || !char.IsUpper(text[token.Start]))
            {
                continue;
            }

            var folded = NameFolding.Fold(text.Substring(token.Start, token.Length));
            if (CommonWords.AllCommon(folded))
            {
                continue;
            }

            KbEntity? holder = null;
            var holders = 0;
            foreach (var entry in _knowledgeBase.Aliases.Lookup(folded))
            {
                if (entry.Kind == AliasKind.Surname && entry.Entity.Kind == EntityKind.Person && RoleIndex.RolesOn(entry.Entity, onDate).Any() && !ReferenceEquals(holder, entry.Entity))
                {
                    holder = entry.Entity;
                    holders++;
                }
            }

            if (holders == 1 && holder is not null)
            {
                yield return new EntityMention(token.Start, token.End, holder.Id, EntityType.Person, holder.Name, true, holder.Country, holder.Sector, 0.85, MentionSource.Name);
            }
        }
    }

    /// <summary>
    /// Capitalised words the recogniser passed over that spell the surname of a person already linked in the document a
    /// little differently ("Çavuşolu" after "Mevlut Cavusoglu"): machine translation varies spellings within one report.
    /// </summary>
    private static IEnumerable<EntityMention> MisspeltSurnames(string text, ImmutableArray<Token> tokens, bool[] covered, List<EntityMention> linked)
    {
        var people = linked.Where(m => m is { Type: EntityType.Person, InKnowledgeBase: true }).DistinctBy(m => m.EntityId).ToList();
        if (people.Count == 0)
        {
            yield break;
        }

        var surnames = people.Select(p => (Person: p, Surname: NameFolding.Fold(p.Name).Split(' ')[^1])).Where(p => p.Surname.Length >= 5).ToList();

        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (covered[i] || token.Kind != TokenKind.Word || token.Length < 5 || !char.IsUpper(text[token.Start]))
            {
                continue;
            }

            var folded = NameFolding.Fold(text.Substring(token.Start, token.Length));
            var match = surnames.FirstOrDefault(p => JaroWinkler.Similarity(folded, p.Surname) >= MisspeltSurnameSimilarity);
            if (match.Surname is not null)
            {
                yield return match.Person with { Start = token.Start, End = token.End, Score = 0.85, Source = MentionSource.Name };
            }
        }
    }

    private IEnumerable<EntityMention> Titles(
        string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, ImmutableArray<Mention> mentions, EntityMention?[] resolved,
        LinkingContext context, HashSet<string> documentEntities)
    {
        if (context.Date is not { } date)
        {
            yield break;
        }

        (string? Of, int First)? OwnerEndingAt(int endToken, int titleStart)
        {
            for (var i = 0; i < mentions.Length; i++)
            {
                if (mentions[i].EndToken == endToken && resolved[i] is { InKnowledgeBase: true } owner && OwnerCode(owner) is { } code)
                {
                    return (code, mentions[i].FirstToken);
                }
            }

            return null;
        }

        (string? Of, int End)? OwnerStartingAt(int firstToken)
        {
            for (var i = 0; i < mentions.Length; i++)
            {
                if (mentions[i].FirstToken == firstToken && resolved[i] is { InKnowledgeBase: true } owner && OwnerCode(owner) is { } code)
                {
                    return (code, mentions[i].EndToken);
                }
            }

            return null;
        }

        foreach (var sentence in sentences)
        {
            foreach (var title in _titles.Find(text, tokens, sentence, OwnerEndingAt, OwnerStartingAt))
            {
                var namedNext = mentions.Any(m => m.Type == MentionType.Person && m.FirstToken == title.EndToken);
                if (title.Of is null || namedNext)
                {
                    continue; // a title before a name only supports linking the name
                }

                if (_titles.Holder(title.Roles, title.Of, date, documentEntities) is { } holder)
                {
                    documentEntities.Add(holder.Id);
                    yield return new EntityMention(
                        tokens[title.SpanFirstToken].Start, tokens[title.SpanEndToken - 1].End, holder.Id, EntityType.Person, holder.Name, true,
                        holder.Country, "GOV", 0.9, MentionSource.Title);
                }
            }
        }
    }

    /// <summary>The code a title is "of": a country's alpha-3 or an organisation's id.</summary>
    private static string? OwnerCode(EntityMention owner) => owner.Type switch
    {
        EntityType.Country => owner.Country,
        EntityType.Organization or EntityType.Group => owner.EntityId,
        _ => null,
    };

    private static HashSet<string> TitleRolesBefore(string text, ImmutableArray<Token> tokens, int firstToken)
    {
        var roles = new HashSet<string>(StringComparer.Ordinal);
        for (var length = 1; length <= 4 && firstToken - length >= 0; length++)
        {
            if (TitleLexicon.Default.Phrases.TryGetValue(text, tokens, firstToken - length, length, out var found))
            {
                roles.UnionWith(found);
            }
        }

        return roles;
    }

    private static EntityType TypeOf(KbEntity entity) => entity.Kind switch
    {
        EntityKind.Person => EntityType.Person,
        EntityKind.Organization => EntityType.Organization,
        EntityKind.Country => EntityType.Country,
        EntityKind.Place => EntityType.Place,
        EntityKind.Group => EntityType.Group,
        _ => EntityType.Other,
    };
}

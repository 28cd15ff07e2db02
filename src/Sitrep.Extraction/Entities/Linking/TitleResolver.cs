using Sitrep.Core.Annotation;
using Sitrep.Knowledge;
using Sitrep.Knowledge.Model;

namespace Sitrep.Extraction.Entities.Linking;

/// <summary>A title found in the text, with the country or body it is of, when the text says.</summary>
public readonly record struct TitleMatch(int FirstToken, int EndToken, string[] Roles, string? Of, int SpanFirstToken, int SpanEndToken);

/// <summary>
/// Finds office titles ("Azerbaijan's president", "the Turkish foreign minister", "the President of Azerbaijan",
/// "NATO Secretary-General") and resolves them to whoever held the office on the document's date.
/// </summary>
public sealed class TitleResolver(KnowledgeBase knowledgeBase, TitleLexicon titles)
{
    /// <summary>Titles in a sentence, with their country or body read from linked mentions beside them.</summary>
    public IEnumerable<TitleMatch> Find(string text, IReadOnlyList<Token> tokens, Sentence sentence, Func<int, int, (string? Of, int First)?> ownerEndingAt, Func<int, (string? Of, int End)?> ownerStartingAt)
    {
        ArgumentNullException.ThrowIfNull(ownerEndingAt);
        ArgumentNullException.ThrowIfNull(ownerStartingAt);
        var i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            var match = LongestTitle(text, tokens, i, sentence.EndToken);
            if (match is not var (end, roles))
            {
                i++;
                continue;
            }

            string? of = null;
            int spanFirst = i, spanEnd = end;
            var before = i > sentence.FirstToken && Lower(text, tokens[i - 1]) is "'s" or "’s" ? i - 1 : i;
            if (ownerEndingAt(before, i) is { } owner)
            {
                (of, spanFirst) = (owner.Of, owner.First);
            }
            else if (end + 1 < sentence.EndToken && Lower(text, tokens[end]) == "of" && ownerStartingAt(end + 1) is { } after)
            {
                (of, spanEnd) = (after.Of, after.End);
            }

            yield return new TitleMatch(i, end, roles, of, spanFirst, spanEnd);
            i = end;
        }
    }

    /// <summary>The single holder of one of the roles of <paramref name="of"/> on <paramref name="date"/>; one already in the document wins a tie.</summary>
    public KbEntity? Holder(string[] roles, string of, DateOnly date, IReadOnlySet<string> documentEntities)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(documentEntities);
        var all = new List<KbEntity>();
        foreach (var role in roles)
        {
            var holders = knowledgeBase.Roles.HoldersOn(role, of, date);
            if (holders.Count == 1 && all.Count == 0)
            {
                return holders[0];
            }

            all.AddRange(holders);
        }

        var known = all.Where(p => documentEntities.Contains(p.Id)).Distinct().ToList();
        return known.Count == 1 ? known[0] : null;
    }

    private (int End, string[] Roles)? LongestTitle(string text, IReadOnlyList<Token> tokens, int start, int limit) =>
        titles.Phrases.Longest(text, tokens, start, limit) is { } found ? (found.End, found.Value) : null;

    private static string Lower(string text, Token token) => text.Substring(token.Start, token.Length).ToLowerInvariant();
}

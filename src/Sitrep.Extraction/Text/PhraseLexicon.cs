using System.Collections.Frozen;
using Sitrep.Core.Annotation;

namespace Sitrep.Extraction.Text;

/// <summary>
/// Lower-case phrases of one or more words (titles, force nouns, group nouns) looked up on a sentence's tokens
/// without building strings: the words are lower-cased into a buffer and matched by span, and a position whose first
/// word starts no phrase is passed over at once. The linker asks at every token, so this lookup must cost nothing.
/// </summary>
public sealed class PhraseLexicon<TValue>
{
    private const int MaxPhraseChars = 128;

    private readonly FrozenDictionary<string, TValue> _phrases;
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _byText;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;

    public PhraseLexicon(IEnumerable<KeyValuePair<string, TValue>> phrases)
    {
        _phrases = phrases.ToFrozenDictionary(StringComparer.Ordinal);
        _byText = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = _phrases.Keys.Select(phrase => phrase.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        MaxWords = _phrases.Count == 0 ? 0 : _phrases.Keys.Max(phrase => phrase.Count(c => c == ' ') + 1);
    }

    public int MaxWords { get; }

    public int Count => _phrases.Count;

    public bool TryGetValue(string phrase, out TValue value) => _phrases.TryGetValue(phrase, out value!);

    /// <summary>The value of the phrase made of tokens [<paramref name="first"/>, <paramref name="first"/> + <paramref name="length"/>), if it is one.</summary>
    public bool TryGetValue(string text, IReadOnlyList<Token> tokens, int first, int length, out TValue value)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        value = default!;
        if (length < 1 || length > MaxWords || first < 0 || first + length > tokens.Count || !StartsPhrase(text, tokens[first]))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxPhraseChars];
        var used = 0;
        for (var k = first; k < first + length; k++)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (used + word.Length + 1 > buffer.Length)
            {
                return false;
            }

            if (k > first)
            {
                buffer[used++] = ' ';
            }

            used += word.ToLowerInvariant(buffer[used..]);
        }

        return _byText.TryGetValue(buffer[..used], out value!);
    }

    /// <summary>The longest phrase starting at token <paramref name="first"/> and ending before <paramref name="limit"/>: its end token and value.</summary>
    public (int End, TValue Value)? Longest(string text, IReadOnlyList<Token> tokens, int first, int limit)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (first >= tokens.Count || !StartsPhrase(text, tokens[first]))
        {
            return null;
        }

        for (var length = Math.Min(MaxWords, limit - first); length >= 1; length--)
        {
            if (TryGetValue(text, tokens, first, length, out var value))
            {
                return (first + length, value);
            }
        }

        return null;
    }

    private bool StartsPhrase(string text, Token token)
    {
        if (token.Length > MaxPhraseChars)
        {
            return false;
        }

        Span<char> lower = stackalloc char[token.Length];
        text.AsSpan(token.Start, token.Length).ToLowerInvariant(lower);
        return _firstWords.Contains(lower);
    }
}

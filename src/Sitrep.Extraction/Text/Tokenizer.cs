using System.Collections.Immutable;
using Sitrep.Core.Annotation;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extraction.Text;

/// <summary>Splits text into word, number, abbreviation, punctuation, URL, e-mail and handle tokens.</summary>
/// <remarks>
/// Conventions: hyphenated words and apostrophe names stay whole (cease-fire, O'Brien); clitics split
/// PTB-style (Ukraine 's, do n't); numbers keep their separators (6,500; 1,20,000; 2.5; 10:30);
/// abbreviations keep their final period (U.S., Gen., Sept.).
/// </remarks>
public sealed class Tokenizer(AbbreviationLexicon lexicon) : IAnnotator
{
    private static readonly string[] GenericTopLevelDomains = ["com", "org", "net", "gov", "edu", "int", "mil", "io", "info", "news"];
    private static readonly string[] Clitics = ["s", "ll", "re", "ve", "d", "m"];

    public Tokenizer()
        : this(AbbreviationLexicon.Default)
    {
    }

    public string Name => "tokenizer";

    public IReadOnlyList<LayerKey> Requires => [];

    public IReadOnlyList<LayerKey> Produces => [Layers.Tokens];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken) =>
        document.Add(Layers.Tokens, Tokenize(document.Text));

    public ImmutableArray<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ImmutableArray.CreateBuilder<Token>((text.Length / 5) + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var token = NextToken(text, i);
            tokens.Add(token);
            i = token.End;
        }

        return tokens.DrainToImmutable();
    }

    private Token NextToken(string text, int i)
    {
        var c = text[i];
        if (TryWebToken(text, i, out var web))
        {
            return web;
        }

        if ((c == '@' || c == '#') && i + 1 < text.Length && CharClass.IsWordChar(text[i + 1]))
        {
            var end = i + 1;
            while (end < text.Length && (CharClass.IsWordChar(text[end]) || text[end] == '_'))
            {
                end++;
            }

            return new Token(i, end, TokenKind.Handle);
        }

        if (CliticLength(text, i) is > 0 and var cliticLength)
        {
            return new Token(i, i + cliticLength, TokenKind.Word);
        }

        if (CharClass.IsWordChar(c))
        {
            return ScanWord(text, i);
        }

        return ScanPunctuation(text, i);
    }

    private static Token ScanPunctuation(string text, int i)
    {
        var c = text[i];
        if (c is '.' or '-' && i + 1 < text.Length && text[i + 1] == c)
        {
            var end = i;
            while (end < text.Length && text[end] == c)
            {
                end++;
            }

            return new Token(i, end, TokenKind.Punctuation);
        }

        var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
        var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        return new Token(i, i + length, kind);
    }

    private Token ScanWord(string text, int start)
    {
        var n = text.Length;
        var j = start;
        if (DottedAbbreviationEnd(text, start) is > 0 and var dottedEnd)
        {
            if (dottedEnd + 1 >= n || !CharClass.IsHyphen(text[dottedEnd]) || !CharClass.IsWordChar(text[dottedEnd + 1]))
            {
                return new Token(start, dottedEnd, TokenKind.Abbreviation);
            }

            j = dottedEnd + 1; // U.S.-led, U.N.-brokered: one word
        }

        while (true)
        {
            while (j < n && CharClass.IsWordChar(text[j]))
            {
                j++;
            }

            if (j + 1 >= n)
            {
                break;
            }

            char joiner = text[j], after = text[j + 1];
            if (CharClass.IsHyphen(joiner) && CharClass.IsWordChar(after))
            {
                j++;
                continue;
            }

            if (CharClass.IsApostrophe(joiner) && char.IsLetter(after) && char.IsLetter(text[j - 1]) && CliticLength(text, j) == 0
                && !IsNegationClitic(text, j - 1))
            {
                j++;
                continue;
            }

            if (joiner is '.' or ',' or ':' or '/' && char.IsDigit(after) && char.IsDigit(text[j - 1]))
            {
                j++;
                continue;
            }

            break;
        }

        if (j - start >= 2 && IsNegationClitic(text, j - 1))
        {
            j--;
        }

        if (j < n && text[j] == '.' && IsAbbreviation(text, start, j))
        {
            return new Token(start, j + 1, TokenKind.Abbreviation);
        }

        return new Token(start, j, char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word);
    }

    private bool IsAbbreviation(string text, int start, int periodAt)
    {
        if (periodAt + 1 < text.Length && text[periodAt + 1] == '.')
        {
            return false; // an ellipsis follows the word
        }

        var word = text.AsSpan(start, periodAt - start);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial
        }

        return lexicon.ClassOf(word) switch
        {
            AbbreviationClass.None => false,
            AbbreviationClass.NumericPrefix => NumberFollows(text, periodAt + 1),
            _ => true,
        };
    }

    private static bool NumberFollows(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && char.IsDigit(text[i]);
    }

    /// <summary>End of a letters-and-periods abbreviation such as U.S., e.g., a.m. or Ph.D., else 0.</summary>
    private static int DottedAbbreviationEnd(string text, int start)
    {
        var j = start;
        var segments = 0;
        while (true)
        {
            var k = j;
            while (k < text.Length && char.IsLetter(text[k]) && k - j < 3)
            {
                k++;
            }

            if (k == j || k - j > 2 || k >= text.Length || text[k] != '.')
            {
                break;
            }

            j = k + 1;
            segments++;
            if (j >= text.Length || !char.IsLetter(text[j]))
            {
                break;
            }
        }

        if (segments < 2)
        {
            return 0;
        }

        // "U.S.A" without a final period, or "e.g.the": stop at the last period we consumed.
        return j;
    }

    /// <summary>Length of a clitic ('s, 'll, n't …) starting at <paramref name="i"/> right after a letter, else 0.</summary>
    private static int CliticLength(string text, int i)
    {
        var afterWord = i > 0 && (char.IsLetter(text[i - 1]) || (text[i - 1] == '.' && i > 1 && char.IsLetter(text[i - 2])));
        if (!afterWord)
        {
            return 0;
        }

        if (IsNegationClitic(text, i))
        {
            return 3;
        }

        if (!CharClass.IsApostrophe(text[i]))
        {
            return 0;
        }

        foreach (var clitic in Clitics)
        {
            var end = i + 1 + clitic.Length;
            if (end <= text.Length && text.AsSpan(i + 1, clitic.Length).Equals(clitic, StringComparison.OrdinalIgnoreCase)
                && (end == text.Length || !char.IsLetter(text[end])))
            {
                return clitic.Length + 1;
            }
        }

        return 0;
    }

    private static bool IsNegationClitic(string text, int i) =>
        i + 3 <= text.Length && text[i] is 'n' or 'N' && CharClass.IsApostrophe(text[i + 1]) && text[i + 2] is 't' or 'T'
        && (i + 3 == text.Length || !char.IsLetter(text[i + 3]));

    private static bool TryWebToken(string text, int i, out Token token)
    {
        token = default;
        if (!char.IsLetterOrDigit(text[i]))
        {
            return false;
        }

        var chunkEnd = i;
        while (chunkEnd < text.Length && !char.IsWhiteSpace(text[chunkEnd]))
        {
            chunkEnd++;
        }

        var end = TrimTrailingPunctuation(text, i, chunkEnd);
        var chunk = text.AsSpan(i, end - i);
        if (chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            token = new Token(i, end, TokenKind.Url);
            return true;
        }

        var at = chunk.IndexOf('@');
        if (at > 0 && chunk[(at + 1)..].Contains('.') && IsEmailLike(chunk))
        {
            token = new Token(i, end, TokenKind.Email);
            return true;
        }

        if (IsBareDomain(chunk))
        {
            token = new Token(i, end, TokenKind.Url);
            return true;
        }

        return false;
    }

    private static int TrimTrailingPunctuation(string text, int start, int end)
    {
        while (end > start)
        {
            var last = text[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or ']' or '}' || CharClass.IsQuote(last))
            {
                end--;
            }
            else if (last == ')' && text.AsSpan(start, end - start).Count('(') < text.AsSpan(start, end - start).Count(')'))
            {
                end--;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static bool IsEmailLike(ReadOnlySpan<char> chunk)
    {
        foreach (var c in chunk)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '@'))
            {
                return false;
            }
        }

        return chunk.Count('@') == 1 && char.IsLetterOrDigit(chunk[^1]);
    }

    private static bool IsBareDomain(ReadOnlySpan<char> chunk)
    {
        var slash = chunk.IndexOf('/');
        var host = slash >= 0 ? chunk[..slash] : chunk;
        var dot = host.LastIndexOf('.');
        if (dot <= 0 || dot == host.Length - 1)
        {
            return false;
        }

        foreach (var c in host)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        var tld = host[(dot + 1)..];
        foreach (var generic in GenericTopLevelDomains)
        {
            if (tld.SequenceEqual(generic))
            {
                return true;
            }
        }

        return false;
    }
}

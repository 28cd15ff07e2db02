using System.Collections.Immutable;
using Sitrep.Core.Annotation;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extraction.Text;

/// <summary>Groups tokens into sentences: terminal punctuation, abbreviations, quotes, headlines and bullet lines.</summary>
public sealed class SentenceSplitter(AbbreviationLexicon lexicon) : IAnnotator
{
    /// <summary>A line without final punctuation this short, followed by a capitalised line, stands alone (a headline).</summary>
    private const int HeadlineMaxLength = 70;

    public SentenceSplitter()
        : this(AbbreviationLexicon.Default)
    {
    }

    public string Name => "sentence-splitter";

    public IReadOnlyList<LayerKey> Requires => [Layers.Tokens];

    public IReadOnlyList<LayerKey> Produces => [Layers.Sentences];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken) =>
        document.Add(Layers.Sentences, Split(document.Text, document.Get(Layers.Tokens)));

    public ImmutableArray<Sentence> Split(string text, ImmutableArray<Token> tokens)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var first = 0;
        for (var k = 0; k < tokens.Length; k++)
        {
            var last = k;
            var boundary = false;
            if (IsTerminalToken(text, tokens[k]) && !IsListMarker(text, tokens, k))
            {
                last = AbsorbClosers(text, tokens, k);
                boundary = EndsAfterTerminal(text, tokens, k, last);
            }
            else if (tokens[k].Kind == TokenKind.Abbreviation)
            {
                boundary = EndsAfterAbbreviation(text, tokens, k);
            }

            if (!boundary && last + 1 < tokens.Length)
            {
                boundary = EndsAtLineBreak(text, tokens, first, last);
            }

            if (boundary || last == tokens.Length - 1)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last + 1));
                first = last + 1;
            }

            k = last;
        }

        return sentences.DrainToImmutable();
    }

    private static bool IsTerminalToken(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && CharClass.IsTerminal(text[token.Start]);

    /// <summary>True for the period of a list number at the start of a line ("1. A six-week truce").</summary>
    private static bool IsListMarker(string text, ImmutableArray<Token> tokens, int k)
    {
        if (k == 0 || text[tokens[k].Start] != '.' || tokens[k - 1].Kind != TokenKind.Number || tokens[k - 1].End != tokens[k].Start)
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(tokens[k - 1].Start - 1, 0)) + 1;
        return text.AsSpan(lineStart, tokens[k - 1].Start - lineStart).IsWhiteSpace();
    }

    /// <summary>Extends a sentence end over adjacent closing quotes, brackets and further terminal marks ("?!", ".”").</summary>
    private static int AbsorbClosers(string text, ImmutableArray<Token> tokens, int k)
    {
        var last = k;
        while (last + 1 < tokens.Length && IsAttachedCloser(text, tokens[last], tokens[last + 1])
               && tokens[last + 1].Kind == TokenKind.Punctuation
               && (CharClass.IsCloser(text[tokens[last + 1].Start]) || CharClass.IsTerminal(text[tokens[last + 1].Start])))
        {
            last++;
        }

        return last;
    }

    /// <summary>A closer touching the mark, or a guillemet/right quote after a space (French-style "texte . »").</summary>
    private static bool IsAttachedCloser(string text, Token previous, Token next)
    {
        if (next.Start == previous.End)
        {
            return true;
        }

        return text[next.Start] is '\u00BB' or '\u201D' && text.AsSpan(previous.End, next.Start - previous.End).IndexOf('\n') < 0;
    }

    private static bool EndsAfterTerminal(string text, ImmutableArray<Token> tokens, int terminal, int last)
    {
        if (last + 1 >= tokens.Length)
        {
            return true;
        }

        var next = tokens[last + 1];
        var nextChar = text[next.Start];
        if (nextChar is ',' or ';' or ':')
        {
            return false;
        }

        var mark = text[tokens[terminal].Start];
        var isEllipsis = mark == '\u2026' || tokens[terminal].Length > 1;
        if (isEllipsis)
        {
            return (char.IsUpper(nextChar) || CharClass.IsQuote(nextChar)) && next.Start > tokens[last].End;
        }

        var quoted = last > terminal && CharClass.IsQuote(text[tokens[last].Start]);
        if (char.IsLower(nextChar) && (mark != '.' || quoted))
        {
            return false; // "Why?" he asked. / "We will return." she said
        }

        return true;
    }

    private bool EndsAfterAbbreviation(string text, ImmutableArray<Token> tokens, int k)
    {
        var token = tokens[k];
        if (text[token.End - 1] != '.')
        {
            return false;
        }

        if (k + 1 >= tokens.Length)
        {
            return true;
        }

        var word = text.AsSpan(token.Start, token.Length - 1);
        var cls = lexicon.ClassOf(word);
        if (cls is AbbreviationClass.Prefix or AbbreviationClass.NumericPrefix)
        {
            return false;
        }

        var next = tokens[k + 1];
        if (next.Start == token.End)
        {
            return false;
        }

        var nextWord = text.AsSpan(next.Start, next.Length);
        if (lexicon.IsSentenceStarter(nextWord))
        {
            return true;
        }

        // An opening quote after a dotted acronym or other abbreviation begins a new sentence: ...in the U.S. "We...
        var isInitial = word.Length == 1;
        return !isInitial && CharClass.IsQuote(nextWord[0]) && k + 2 < tokens.Length && char.IsUpper(text[tokens[k + 2].Start]);
    }

    /// <summary>Decides whether the line break after token <paramref name="last"/> ends the sentence.</summary>
    private static bool EndsAtLineBreak(string text, ImmutableArray<Token> tokens, int first, int last)
    {
        var gapStart = tokens[last].End;
        var gapEnd = tokens[last + 1].Start;
        var newlines = text.AsSpan(gapStart, gapEnd - gapStart).Count('\n');
        if (newlines == 0)
        {
            return false;
        }

        if (newlines >= 2)
        {
            return true;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(gapStart - 1, 0)) + 1;
        var line = text.AsSpan(lineStart, gapStart - lineStart).Trim();
        var nextLineEnd = text.IndexOf('\n', gapEnd);
        var nextLine = text.AsSpan(gapEnd, (nextLineEnd < 0 ? text.Length : nextLineEnd) - gapEnd).Trim();
        if (LineLayout.IsBulletLine(line) || LineLayout.IsBulletLine(nextLine))
        {
            return true;
        }

        var nextChar = nextLine.Length > 0 ? nextLine[0] : ' ';
        var nextStartsFresh = char.IsUpper(nextChar) || char.IsDigit(nextChar) || CharClass.IsQuote(nextChar);
        if (!nextStartsFresh || LineLayout.EndsMidPhrase(line))
        {
            return false;
        }

        return line.Length <= HeadlineMaxLength || LineLayout.IsTitleLike(line) || tokens[first].Start >= lineStart && first == last;
    }
}

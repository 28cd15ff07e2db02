using Sitrep.Core.Text;

namespace Sitrep.Core.Annotation;

/// <summary>What kind of text a token holds.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Abbreviation,
    Punctuation,
    Symbol,
    Url,
    Email,
    Handle,
}

/// <summary>One token of the stored text.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);

    public int Length => End - Start;
}

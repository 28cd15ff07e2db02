using Sitrep.Core.Text;

namespace Sitrep.Core.Annotation;

/// <summary>A sentence: its character span and the range [FirstToken, EndToken) of its tokens.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int EndToken)
{
    public TextSpan Span => new(Start, End);

    public int TokenCount => EndToken - FirstToken;
}

using Sitrep.Core.Text;

namespace Sitrep.Core.Annotation;

/// <summary>The kinds of name mention: the recogniser's classes (CoNLL-2003), plus nationality adjectives told apart from other names.</summary>
public enum MentionType : byte
{
    Person = 1,
    Organization = 2,
    Location = 3,
    Misc = 4,
    Nationality = 5,
}

/// <summary>A name found in the text: its span, its kind and its tokens [FirstToken, EndToken).</summary>
public readonly record struct Mention(int Start, int End, MentionType Type, int FirstToken, int EndToken)
{
    public TextSpan Span => new(Start, End);
}

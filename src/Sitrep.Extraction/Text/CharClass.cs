using System.Globalization;

namespace Sitrep.Extraction.Text;

/// <summary>Character tests shared by the tokeniser and the sentence splitter.</summary>
internal static class CharClass
{
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsQuote(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u201E';

    public static bool IsCloser(char c) => IsQuote(c) || c is ')' or ']' or '}';

    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    public static bool IsBulletChar(char c) => c is '\u2022' or '\u00B7' or '\u25AA' or '\u25CF' or '\u2023' or '\u2043' or '*' or '-' or '\u2013' or '\u2014';
}

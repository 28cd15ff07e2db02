using Sitrep.Core.Annotation;

namespace Sitrep.Extraction.Events;

/// <summary>
/// "the Kurdistan Workers Party (PKK)": a name followed by its short form in brackets names one party, so the words
/// that refer to it take in the short form too.
/// </summary>
internal static class AcronymSpans
{
    private const int MaxLetters = 8;

    private static readonly System.Buffers.SearchValues<char> ShortFormLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.&abcdefghijklmnopqrstuvwxyz");

    public static ActorReference? Widen(string text, ActorReference? reference)
    {
        if (reference is null)
        {
            return null;
        }

        var open = reference.End;
        while (open < text.Length && text[open] == ' ')
        {
            open++;
        }

        if (open >= text.Length || text[open] != '(')
        {
            return reference;
        }

        var close = text.IndexOf(')', open + 1, Math.Min(MaxLetters + 2, text.Length - open - 1));
        if (close < open + 3)
        {
            return reference;
        }

        var letters = text.AsSpan(open + 1, close - open - 1);
        return char.IsUpper(letters[0]) && !letters.ContainsAnyExcept(ShortFormLetters) && letters.Length > 1
            && Uppercase(letters) >= 2
            ? reference with { End = close + 1 }
            : reference;
    }

    private static int Uppercase(ReadOnlySpan<char> letters)
    {
        var count = 0;
        foreach (var letter in letters)
        {
            count += char.IsUpper(letter) ? 1 : 0;
        }

        return count;
    }
}

using System.Text;
using AnyAscii;

namespace Sitrep.Knowledge.Names;

/// <summary>Folds a name to the form names are compared in: ASCII (transliterated), lower case, apostrophes dropped, other punctuation as spaces.</summary>
/// <example>"Çavuşoğlu" → "cavusoglu"; "Nagorno-Karabakh" → "nagorno karabakh"; "Sana'a" → "sanaa"; "The Kremlin" → "kremlin".</example>
public static class NameFolding
{
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var ascii = IsPlainAscii(name) ? name : name.Transliterate();
        var builder = new StringBuilder(ascii.Length);
        var pendingSpace = false;
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '`' or '\u2019' or '\u02BC' or '.'))
            {
                pendingSpace = true;
            }
        }

        var folded = builder.ToString();
        return folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded;
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 127)
            {
                return false;
            }
        }

        return true;
    }
}

using System.Text;

namespace Sitrep.Ingest.Normalization;

/// <summary>Turns text as read into the stored text that every offset refers to; applied once, before keying.</summary>
/// <remarks>
/// NFC composition; one line-break convention (LF); exotic spaces to plain spaces; invisible format
/// characters (zero-width spaces, soft hyphens, BOMs) and control characters removed; trailing spaces
/// trimmed; runs of blank lines folded to one, so that copies differing only in layout get the same key.
/// </remarks>
public static class TextNormalizer
{
    public static string Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var composed = raw.IsNormalized(NormalizationForm.FormC) ? raw : raw.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpaces = 0;
        var newlines = 0;
        for (var i = 0; i < composed.Length; i++)
        {
            var c = composed[i];
            if (IsLineBreak(c))
            {
                if (c == '\r' && i + 1 < composed.Length && composed[i + 1] == '\n')
                {
                    i++;
                }

                pendingSpaces = 0;
                newlines++;
                continue;
            }

            if (IsSpace(c))
            {
                pendingSpaces++;
                continue;
            }

            if (IsInvisible(c) || char.IsControl(c))
            {
                continue;
            }

            if (builder.Length > 0 && newlines > 0)
            {
                builder.Append('\n', Math.Min(newlines, 2));
            }
            else if (builder.Length > 0 && pendingSpaces > 0)
            {
                builder.Append(' ');
            }

            newlines = 0;
            pendingSpaces = 0;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\f' or '\v';

    private static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000';

    private static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F';
}

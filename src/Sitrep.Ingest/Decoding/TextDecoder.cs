using System.Text;

namespace Sitrep.Ingest.Decoding;

/// <summary>Decodes file bytes: byte-order marks, strict UTF-8, then a legacy single-byte fallback; refuses binary data.</summary>
public static class TextDecoder
{
    /// <summary>Share of control characters above which content is treated as binary rather than text.</summary>
    private const double MaxControlShare = 0.01;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = LoadWindows1252();

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return DecodedText.Fail("empty file");
        }

        var (text, note) = DecodeByMarks(bytes);
        if (text is null)
        {
            if (LooksLikeBomlessUtf16(bytes, out var utf16))
            {
                text = utf16.GetString(bytes);
                note = $"read as {utf16.WebName} (no byte-order mark)";
            }
            else if (bytes.Contains((byte)0))
            {
                return DecodedText.Fail("binary file (contains NUL bytes)");
            }
            else
            {
                (text, note) = DecodeUtf8OrLegacy(bytes);
            }
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return DecodedText.Fail("no text (only white space)");
        }

        var controls = CountControlCharacters(text);
        if (controls > text.Length * MaxControlShare)
        {
            return DecodedText.Fail($"binary file ({controls} control characters in {text.Length})");
        }

        return new DecodedText(text, null, note);
    }

    private static (string? Text, string? Note) DecodeByMarks(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8OrLegacy(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(bytes[4..]), "read as UTF-32 (byte-order mark)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetString(bytes[4..]), "read as UTF-32BE (byte-order mark)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "read as UTF-16LE (byte-order mark)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "read as UTF-16BE (byte-order mark)");
        }

        return (null, null);
    }

    private static (string Text, string? Note) DecodeUtf8OrLegacy(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            // Mostly valid UTF-8 with a few broken bytes keeps UTF-8; text with no valid multi-byte sequence is legacy 8-bit.
            var (valid, invalid) = CountUtf8Sequences(bytes);
            if (valid > invalid)
            {
                return (Encoding.UTF8.GetString(bytes), $"{invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD");
            }

            return (Windows1252.GetString(bytes), "not valid UTF-8: read as Windows-1252");
        }
    }

    /// <summary>Counts well-formed multi-byte UTF-8 sequences and invalid bytes.</summary>
    private static (int Valid, int Invalid) CountUtf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            var length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
            var ok = length > 0 && i + length <= bytes.Length;
            for (var k = 1; ok && k < length; k++)
            {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }

            if (ok)
            {
                valid++;
                i += length;
            }
            else
            {
                invalid++;
                i++;
            }
        }

        return (valid, invalid);
    }

    private static bool LooksLikeBomlessUtf16(ReadOnlySpan<byte> bytes, out Encoding encoding)
    {
        encoding = Encoding.Unicode;
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
        {
            return true;
        }

        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05)
        {
            encoding = Encoding.BigEndianUnicode;
            return true;
        }

        return false;
    }

    private static int CountControlCharacters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if ((c < ' ' && c is not ('\n' or '\r' or '\t' or '\f')) || c is '\uFFFE' or '\uFFFF')
            {
                count++;
            }
        }

        return count;
    }

    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}

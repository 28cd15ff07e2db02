using System.Text;
using Sitrep.Ingest.Decoding;

namespace Sitrep.Ingest.Tests;

public sealed class TextDecoderTests
{
    [Fact]
    public void Reads_plain_utf8()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("Çavuşoğlu arrived in Baku."));
        Assert.Equal("Çavuşoğlu arrived in Baku.", decoded.Text);
        Assert.Null(decoded.Note);
    }

    [Fact]
    public void Strips_a_utf8_byte_order_mark()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Kyiv")]);
        Assert.Equal("Kyiv", decoded.Text);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void Reads_text_with_a_byte_order_mark(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Пашинян met Aliyev in Prague.")).ToArray();
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal("Пашинян met Aliyev in Prague.", decoded.Text);
        Assert.Contains("byte-order mark", decoded.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_utf16_without_a_byte_order_mark()
    {
        var decoded = TextDecoder.Decode(Encoding.Unicode.GetBytes("Talks resumed in Doha on Monday."));
        Assert.Equal("Talks resumed in Doha on Monday.", decoded.Text);
    }

    [Fact]
    public void Reads_legacy_single_byte_text_as_windows_1252()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" talks in Bogot"), 0xE1];
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal("Café talks in Bogotá", decoded.Text);
        Assert.Contains("Windows-1252", decoded.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_mostly_valid_utf8_and_replaces_the_broken_bytes()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Çavuşoğlu and Əliyev "), 0xFF, .. Encoding.UTF8.GetBytes(" met.")];
        var decoded = TextDecoder.Decode(bytes);
        Assert.StartsWith("Çavuşoğlu and Əliyev ", decoded.Text, StringComparison.Ordinal);
        Assert.Contains('\uFFFD', decoded.Text!);
        Assert.Contains("invalid UTF-8", decoded.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_empty_input()
    {
        var decoded = TextDecoder.Decode([]);
        Assert.False(decoded.Succeeded);
        Assert.Equal("empty file", decoded.FailureReason);
    }

    [Fact]
    public void Refuses_white_space_only_input()
    {
        Assert.Equal("no text (only white space)", TextDecoder.Decode(Encoding.UTF8.GetBytes(" \n\t \r\n")).FailureReason);
    }

    [Fact]
    public void Refuses_binary_data()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];
        var decoded = TextDecoder.Decode(png);
        Assert.False(decoded.Succeeded);
        Assert.StartsWith("binary file", decoded.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_text_full_of_control_characters()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        Assert.StartsWith("binary file", TextDecoder.Decode(bytes).FailureReason, StringComparison.Ordinal);
    }
}

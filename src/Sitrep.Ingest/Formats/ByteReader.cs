namespace Sitrep.Ingest.Formats;

/// <summary>Reads a whole input into memory under a size limit.</summary>
internal static class ByteReader
{
    /// <summary>The bytes, or null with the reason when the input is larger than <paramref name="limit"/> or unreadable.</summary>
    public static (byte[]? Bytes, string? Failure) ReadAll(SourceFile file, long limit)
    {
        if (file.Length is { } length && length > limit)
        {
            return (null, $"file too large ({Megabytes(length)} > {Megabytes(limit)} limit)");
        }

        try
        {
            using var stream = file.Open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return (null, $"input too large (over the {Megabytes(limit)} limit)");
                }

                buffer.Write(chunk, 0, read);
            }

            return (buffer.ToArray(), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, "cannot read: " + e.Message);
        }
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";
}

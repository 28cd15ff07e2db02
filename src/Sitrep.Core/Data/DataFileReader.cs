using System.Reflection;

namespace Sitrep.Core.Data;

/// <summary>Reads the data files under the repository's <c>data/</c> folder, which the build embeds into the assemblies that use them.</summary>
public static class DataFileReader
{
    /// <summary>Opens <paramref name="relativePath"/> (e.g. "text/abbreviations.tsv") embedded in <paramref name="assembly"/>.</summary>
    public static Stream Open(Assembly assembly, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var resource = "data/" + relativePath.Replace('\\', '/');
        return assembly.GetManifestResourceStream(resource)
            ?? throw new FileNotFoundException($"Data file '{resource}' is not embedded in {assembly.GetName().Name}.");
    }

    /// <summary>The non-blank lines of a data file with <c>#</c> comment lines dropped.</summary>
    public static IEnumerable<string> ReadLines(Assembly assembly, string relativePath)
    {
        using var reader = new StreamReader(Open(assembly, relativePath));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return line;
        }
    }
}

using System.Xml;
using System.Xml.Linq;

namespace Sitrep.Corpora;

/// <summary>An ECB+ article: its topic, file name and sentences of tokens (with their token ids).</summary>
public sealed record EcbDocument(int Topic, string Name, IReadOnlyList<IReadOnlyList<(int Id, string Text)>> Sentences);

/// <summary>Reads the tokenised ECB+ articles (<c>N_Mecb.xml</c>, <c>N_Mecbplus.xml</c>).</summary>
public static class EcbPlusCorpus
{
    public static IEnumerable<EcbDocument> ReadAll(string root)
    {
        foreach (var directory in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var topic))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(directory, "*.xml").Order(StringComparer.Ordinal))
            {
                yield return Read(file, topic);
            }
        }
    }

    public static EcbDocument Read(string path, int topic)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(path, settings);
        var root = XDocument.Load(reader).Root!;
        var sentences = root.Elements("token")
            .GroupBy(token => (int)token.Attribute("sentence")!)
            .OrderBy(group => group.Key)
            .Select(group => (IReadOnlyList<(int, string)>)[.. group.Select(token => ((int)token.Attribute("t_id")!, token.Value))])
            .ToList();
        return new EcbDocument(topic, Path.GetFileName(path), sentences);
    }
}

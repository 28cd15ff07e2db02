using System.Globalization;
using System.Text;

namespace Sitrep.Corpora;

/// <summary>A corpus article rebuilt as running text, with a stable id that gold files refer to.</summary>
/// <remarks>Ids: <c>conll/{split}/{index}</c> (index of the document in the split file) and <c>ecb/{file name without .xml}</c>.</remarks>
public sealed record CorpusText(string Id, string Text);

/// <summary>Rebuilds the texts of the public corpora deterministically, so gold annotations can point at character offsets.</summary>
public static class CorpusTexts
{
    /// <summary>CoNLL-2003 documents of one split ("train", "valid", "test"): one sentence per line, a blank line after the first (headline) line.</summary>
    public static IEnumerable<CorpusText> Conll(string sharedData, string split)
    {
        foreach (var document in ConllCorpus.Read(Path.Combine(sharedData, "conll2003", split + ".txt")))
        {
            yield return new CorpusText(
                string.Create(CultureInfo.InvariantCulture, $"conll/{split}/{document.Index}"),
                Join(document.Sentences.Select(s => (IReadOnlyList<string>)[.. s.Select(t => t.Word)])));
        }
    }

    /// <summary>ECB+ articles of the given topics (all topics when null).</summary>
    public static IEnumerable<CorpusText> EcbPlus(string sharedData, ISet<int>? topics = null)
    {
        foreach (var document in EcbPlusCorpus.ReadAll(Path.Combine(sharedData, "ecbplus")))
        {
            if (topics is null || topics.Contains(document.Topic))
            {
                yield return new CorpusText("ecb/" + Path.GetFileNameWithoutExtension(document.Name), Join(document.Sentences.Select(s => (IReadOnlyList<string>)[.. s.Select(t => t.Text)])));
            }
        }
    }

    /// <summary>Sentences one per line; paragraphs are not marked in the corpora, so each sentence stands on its own line.</summary>
    public static string Join(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var builder = new StringBuilder();
        foreach (var sentence in sentences)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            TokenJoiner.Append(builder, sentence);
        }

        return builder.ToString();
    }
}

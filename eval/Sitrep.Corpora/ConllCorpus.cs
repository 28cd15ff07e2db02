namespace Sitrep.Corpora;

/// <summary>One token of CoNLL-2003 with its IOB2 tag.</summary>
public sealed record ConllToken(string Word, string Tag);

/// <summary>A CoNLL-2003 document: sentences of tagged tokens.</summary>
public sealed record ConllDocument(int Index, IReadOnlyList<IReadOnlyList<ConllToken>> Sentences);

/// <summary>Reads CoNLL-2003 files (<c>WORD TAG</c> per line, blank line between sentences, <c>-DOCSTART-</c> between documents).</summary>
public static class ConllCorpus
{
    public static IReadOnlyList<ConllDocument> Read(string path)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<IReadOnlyList<ConllToken>>();
        var sentence = new List<ConllToken>();

        void EndSentence()
        {
            if (sentence.Count > 0)
            {
                sentences.Add(sentence);
                sentence = [];
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                documents.Add(new ConllDocument(documents.Count, sentences));
                sentences = [];
            }
        }

        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                EndSentence();
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts[0] == "-DOCSTART-")
            {
                EndDocument();
                continue;
            }

            sentence.Add(new ConllToken(parts[0], parts[^1]));
        }

        EndDocument();
        return documents;
    }
}

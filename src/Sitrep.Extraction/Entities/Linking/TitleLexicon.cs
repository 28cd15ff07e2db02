using Sitrep.Core.Data;
using Sitrep.Extraction.Text;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Entities.Linking;

/// <summary>Office titles and the knowledge-base roles they can mean (data/lexicon/titles.tsv), matched on lower-cased tokens.</summary>
public sealed class TitleLexicon
{
    public TitleLexicon(IEnumerable<(string Title, string[] Roles)> titles) =>
        Phrases = new PhraseLexicon<string[]>(titles.Select(t => KeyValuePair.Create(t.Title, t.Roles)));

    public static TitleLexicon Default { get; } = new(DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/titles.tsv")
        .Select(line => line.Split('\t'))
        .Select(cells => (cells[0], cells[1].Split(','))));

    /// <summary>Titles and the roles each can mean, looked up on tokens.</summary>
    public PhraseLexicon<string[]> Phrases { get; }

    /// <summary>The roles a lower-cased title phrase can mean, or null when it is not a title.</summary>
    public string[]? RolesOf(string phrase) => Phrases.TryGetValue(phrase, out var roles) ? roles : null;
}

using System.Collections.Frozen;
using Sitrep.Core.Data;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Entities.Linking;

/// <summary>Office titles and the knowledge-base roles they can mean (data/lexicon/titles.tsv), matched on lower-cased tokens.</summary>
public sealed class TitleLexicon
{
    private readonly FrozenDictionary<string, string[]> _roles;

    public TitleLexicon(IEnumerable<(string Title, string[] Roles)> titles)
    {
        _roles = titles.ToFrozenDictionary(t => t.Title, t => t.Roles, StringComparer.Ordinal);
        MaxTokens = _roles.Keys.Max(title => title.Count(c => c == ' ') + 1);
    }

    public static TitleLexicon Default { get; } = new(DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/titles.tsv")
        .Select(line => line.Split('\t'))
        .Select(cells => (cells[0], cells[1].Split(','))));

    public int MaxTokens { get; }

    /// <summary>The roles a lower-cased title phrase can mean, or null when it is not a title.</summary>
    public string[]? RolesOf(string phrase) => _roles.GetValueOrDefault(phrase);
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Annotation;

namespace Sitrep.Extraction.Events;

/// <summary>A sentence as the event extractor reads it: lower-cased words, the entity mentions on them, and clause boundaries.</summary>
internal sealed class SentenceView
{
    private static readonly FrozenSet<string> Boundaries = FrozenSet.ToFrozenSet(
        [";", ":", "but", "while", "whereas", "although", "though", "because", "when", "after", "before", "which", "who", "whom", "where", "until", "since", "if", "unless", "\"", "“", "”"],
        StringComparer.Ordinal);

    public SentenceView(string text, ImmutableArray<Token> tokens, Sentence sentence, IEnumerable<EntityMention> entities, IEnumerable<TextRange> speechCues)
    {
        Sentence = sentence;
        Text = text;
        Words = [.. Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(i => text.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant())];
        Starts = [.. Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(i => tokens[i].Start)];
        Ends = [.. Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(i => tokens[i].End)];
        Mentions = [.. entities
            .Where(e => e.Start >= sentence.Start && e.End <= sentence.End)
            .Select(e => (Mention: e, First: TokenIndex(e.Start), End: TokenIndex(e.End - 1) + 1))
            .Where(m => m.First >= 0 && m.End > m.First)
            .OrderBy(m => m.First)
            .ThenByDescending(m => m.End)];
        IsBoundary = new bool[Words.Length];
        for (var i = 0; i < Words.Length; i++)
        {
            IsBoundary[i] = Boundaries.Contains(Words[i]) || (Words[i] == "and" && i > 0 && Words[i - 1] == ",");
        }

        foreach (var cue in speechCues)
        {
            for (var i = 0; i < Words.Length; i++)
            {
                IsBoundary[i] |= Starts[i] >= cue.Start && Ends[i] <= cue.End;
            }
        }
    }

    public Sentence Sentence { get; }

    /// <summary>The document's text, into which <see cref="Starts"/> and <see cref="Ends"/> point.</summary>
    public string Text { get; }

    public string[] Words { get; }

    public int[] Starts { get; }

    public int[] Ends { get; }

    public bool[] IsBoundary { get; }

    /// <summary>Entity mentions with their word ranges, by position; nested shorter mentions follow the longer ones.</summary>
    public (EntityMention Mention, int First, int End)[] Mentions { get; }

    public string Word(int i) => i >= 0 && i < Words.Length ? Words[i] : string.Empty;

    /// <summary>The first word of the clause holding word <paramref name="i"/>.</summary>
    public int ClauseStart(int i)
    {
        while (i > 0 && !IsBoundary[i - 1])
        {
            i--;
        }

        return i;
    }

    /// <summary>The end (exclusive) of the clause holding word <paramref name="i"/>.</summary>
    public int ClauseEnd(int i)
    {
        while (i < Words.Length && !IsBoundary[i])
        {
            i++;
        }

        return i;
    }

    private int TokenIndex(int offset)
    {
        for (var i = 0; i < Starts.Length; i++)
        {
            if (Starts[i] <= offset && offset < Ends[i])
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>A character range [Start, End).</summary>
internal readonly record struct TextRange(int Start, int End);

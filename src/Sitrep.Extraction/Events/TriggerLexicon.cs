using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Core.Data;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Events;

/// <summary>
/// One trigger pattern of data/lexicon/events/triggers.tsv, compiled: its elements, event type, mode, CAMEO code and flags.
/// A head-only pattern ("urged * to v:release") reads its later elements as context: the trigger is its first element.
/// </summary>
public sealed record TriggerPattern(
    string Source,
    IReadOnlyList<PatternElement> Elements,
    EventType Type,
    string? Mode,
    string Cameo,
    bool Mutual,
    bool Embeds,
    bool Killing,
    bool PassiveOnly,
    IReadOnlySet<string> TargetPrepositions,
    IReadOnlySet<string> NotBefore,
    IReadOnlySet<string> NotAfter,
    bool HeadOnly = false)
{
    /// <summary>The trigger is the last element; the words before it are context that sets type and mode ("G7 leaders meeting"): flag tail.</summary>
    public bool TailOnly { get; init; }

    /// <summary>With head: the context after the first element is only read, not used up ("determined that X had committed genocide"): flag peek.</summary>
    public bool Peeks { get; init; }

    /// <summary>The words matched are another sense of a trigger word and express no event ("efforts to reach a deal"): flag block.</summary>
    public bool Blocks { get; init; }

    /// <summary>Only in the active voice ("had not been met" is no meeting): flag active-only.</summary>
    public bool ActiveOnly { get; init; }

    /// <summary>When not empty, the word right before the trigger must be one of these ("Ocalan's call"): flag only-after=W|W.</summary>
    public IReadOnlySet<string> OnlyAfter { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Verbs the trigger may not be the object of, an article or possessive allowed between ("defied a curfew"): flag not-object-of=W|W.</summary>
    public IReadOnlySet<string> NotObjectOf { get; init; } = FrozenSet<string>.Empty;

    /// <summary>The type and CAMEO code when what is seized is ground — a town, a base, a region — rather than people or goods (flag ground=TYPE/CAMEO).</summary>
    public (EventType Type, string Cameo)? OnGround { get; init; }

    /// <summary>True for a noun trigger ("the talks", "air strikes"): its actor comes from right before it or a preposition after it.</summary>
    public bool IsNominal => _isNominal ??= TailOnly ? Source.Split(' ')[^1].TrimStart('{').StartsWith("n:", StringComparison.Ordinal)
        : Source.Split(' ')[0].TrimStart('{') is var head && !head.StartsWith("v:", StringComparison.Ordinal)
            && (head.StartsWith("n:", StringComparison.Ordinal) || Source.Split(' ')[^1].TrimStart('{').StartsWith("n:", StringComparison.Ordinal));

    private bool? _isNominal;
}

/// <summary>
/// A pattern element: one of several word sequences, or a gap of up to three words ("*") or six ("**", for counts and
/// names: "exchanged 230 Ukrainian and 248 Russian prisoners"). A literal that starts with a hyphen matches the end of a
/// hyphenated word ("-mediated" in "UN-mediated").
/// </summary>
public sealed record PatternElement(IReadOnlyList<string[]> Alternatives, bool IsGap, int MaxGap = 3);

/// <summary>The event trigger lexicon: patterns indexed by the word forms that can start them.</summary>
public sealed class TriggerLexicon
{
    private readonly FrozenDictionary<string, TriggerPattern[]> _byFirstWord;

    public TriggerLexicon(IEnumerable<TriggerPattern> patterns)
    {
        var list = patterns.ToList();
        Patterns = list;
        _byFirstWord = list
            .SelectMany(p => p.Elements[0].Alternatives.Select(a => (Word: a[0], Pattern: p)))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Pattern).Distinct().ToArray(), StringComparer.Ordinal);
    }

    public static TriggerLexicon Default { get; } = new(
        DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/events/triggers.tsv").Select(Parse));

    public IReadOnlyList<TriggerPattern> Patterns { get; }

    public ReadOnlySpan<TriggerPattern> StartingWith(string word) => _byFirstWord.TryGetValue(word, out var patterns) ? patterns : [];

    /// <summary>Parses one line: pattern, type, mode, CAMEO code, flags.</summary>
    public static TriggerPattern Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var cells = line.Split('\t');
        if (cells.Length != 5)
        {
            throw new InvalidDataException($"triggers.tsv: expected 5 columns in '{line}'");
        }

        var flags = cells[4] == "-" ? [] : cells[4].Split(',');
        string[] Values(string name) =>
            flags.Where(f => f.StartsWith(name + "=", StringComparison.Ordinal)).SelectMany(f => f[(name.Length + 1)..].Split('|')).Where(v => v != "-").ToArray();
        return new TriggerPattern(
            cells[0],
            [.. Tokenize(cells[0]).Select(ParseElement)],
            Enum.Parse<EventType>(cells[1], ignoreCase: true),
            cells[2] == "-" ? null : cells[2],
            cells[3],
            flags.Contains("mutual"),
            flags.Contains("embeds"),
            flags.Contains("killing"),
            flags.Contains("passive-only"),
            Values("target").ToFrozenSet(StringComparer.Ordinal),
            Values("not").ToFrozenSet(StringComparer.Ordinal),
            Values("not-after").ToFrozenSet(StringComparer.Ordinal),
            flags.Contains("head"))
        {
            ActiveOnly = flags.Contains("active-only"),
            TailOnly = flags.Contains("tail"),
            Blocks = flags.Contains("block"),
            Peeks = flags.Contains("peek"),
            OnlyAfter = Values("only-after").ToFrozenSet(StringComparer.Ordinal),
            NotObjectOf = Values("not-object-of").ToFrozenSet(StringComparer.Ordinal),
            OnGround = Values("ground") is [var ground] && ground.Split('/') is [var type, var cameo] ? (Enum.Parse<EventType>(type, ignoreCase: true), cameo) : null,
        };
    }

    /// <summary>Splits a pattern into elements; braces keep their alternatives (which may hold spaces) together.</summary>
    private static IEnumerable<string> Tokenize(string pattern)
    {
        var depth = 0;
        var current = new System.Text.StringBuilder();
        foreach (var c in pattern)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == ' ' && depth == 0)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }

                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static PatternElement ParseElement(string element)
    {
        if (element is "*" or "**")
        {
            return new PatternElement([], IsGap: true, MaxGap: element.Length == 1 ? 3 : 6);
        }

        // "v:{a|b c}" applies the prefix to every alternative; "{v:a|n:b}" gives each its own.
        var prefix = element.Length > 2 && element[1] == ':' && element[2] == '{' ? element[..2] : string.Empty;
        var body = prefix.Length > 0 ? element[2..] : element;
        var alternatives = body.StartsWith('{') ? body[1..^1].Split('|') : [body];
        var sequences = new List<string[]>();
        foreach (var alternative in alternatives)
        {
            var text = prefix + alternative;
            var kind = text.Length > 2 && text[1] == ':' ? text[0] : ' ';
            var words = (kind == ' ' ? text : text[2..]).Split(' ');
            IEnumerable<string> heads = kind switch
            {
                'v' => Inflector.VerbForms(words[0]),
                'n' => words.Length == 1 ? Inflector.NounForms(words[0]) : [words[0]],
                _ => [words[0]],
            };
            foreach (var head in heads.Distinct(StringComparer.Ordinal))
            {
                if (kind == 'n' && words.Length > 1)
                {
                    // A compound noun inflects its last word: "prisoner exchange" → "prisoner exchanges".
                    foreach (var last in Inflector.NounForms(words[^1]))
                    {
                        sequences.Add([.. words[..^1], last]);
                    }
                }
                else
                {
                    sequences.Add([head, .. words[1..]]);
                }
            }
        }

        return new PatternElement(sequences, IsGap: false);
    }
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Sitrep.Core.Annotation;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;

namespace Sitrep.Extraction.Quantities;

/// <summary>
/// Finds counts of people — killed, wounded, displaced, missing, detained, other — with their qualifier ("at least"),
/// range (vague counts like "dozens" are ranges), claimant and date. Numbers in every common form (6,500; 1,20,000;
/// 2.5 million; two hundred; 1.2 lakh) are read by Microsoft.Recognizers.Text.Number; what they count is read by
/// <see cref="CountMeasures"/>.
/// </summary>
public sealed class QuantityRecognizer(QuantityLexicon lexicon) : IAnnotator
{
    // Built once: the static RecognizeNumber builds a new recogniser on every call.
    private static readonly NumberModel Numbers = (NumberModel)new NumberRecognizer(Culture.English).GetNumberModel();

    private readonly FrozenSet<string> _vagueFirstWords = lexicon.VagueCounts.Select(v => v.Phrase.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
    private readonly (string[] Words, double Value, double? Upper)[] _vagueCounts = [.. lexicon.VagueCounts.Select(v => (v.Phrase.Split(' '), v.Value, v.Upper))];
    private readonly CountMeasures _measures = new(lexicon);
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _numberWords =
        lexicon.PhraseWords.Where(w => w.Value.HasFlag(PhraseRole.Number)).Select(w => w.Key).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly FrozenSet<string> _cueWords = lexicon.Measures.Keys.Select(k => k.Split(' ')[0]).Concat(lexicon.PeopleNouns).ToFrozenSet(StringComparer.Ordinal);

    public QuantityRecognizer()
        : this(QuantityLexicon.Default)
    {
    }

    public string Name => "quantity-recognizer";

    public IReadOnlyList<LayerKey> Requires => [Layers.Tokens, Layers.Sentences, Layers.Entities, Layers.Times, Layers.Attributions];

    public IReadOnlyList<LayerKey> Produces => [Layers.Quantities];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = document.Get(Layers.Tokens);
        var times = document.Get(Layers.Times);
        var entities = document.Get(Layers.Entities);
        var attributions = document.Get(Layers.Attributions);
        var quantities = ImmutableArray.CreateBuilder<QuantityMention>();
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!MayHoldCount(text, tokens, sentence))
            {
                continue;
            }

            var words = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(i => text.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant()).ToArray();
            var facts = Facts(text, tokens, sentence, entities, times);
            if (!Array.Exists(words, _cueWords.Contains) && !Array.Exists(facts, f => f.HasFlag(WordFacts.PeopleName)))
            {
                continue; // nothing in the sentence names people or what happened to them
            }

            var counts = Counts(text, tokens, sentence, words, times);
            if (counts.Count == 0)
            {
                continue;
            }

            var read = _measures.Read(words, counts, facts);
            var date = times.FirstOrDefault(t => t.Kind == TimeKind.Date && sentence.Span.Contains(t.Span) && t.Value is not null).Value;
            for (var k = 0; k < counts.Count; k++)
            {
                if (read[k] is not { } found)
                {
                    continue;
                }

                var count = counts[k];
                var span = new TextSpan(tokens[sentence.FirstToken + count.First].Start, tokens[sentence.FirstToken + count.End - 1].End);
                var claimant = attributions.Where(a => a.Claim.Contains(span)).OrderBy(a => a.Claim.Length).FirstOrDefault()?.Speaker;
                quantities.Add(new QuantityMention(span, found.Measure, count.Value, count.Upper, found.Qualifier, claimant, date, sentence.Span));
            }
        }

        document.Add(Layers.Quantities, quantities.DrainToImmutable());
    }

    /// <summary>True when a sentence has a digit, a number word or a vague count: only those are read for counts.</summary>
    private bool MayHoldCount(string text, ImmutableArray<Token> tokens, Sentence sentence)
    {
        var numberWords = lexicon.PhraseWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var vagueWords = _vagueFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[32];
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (char.IsDigit(word[0]) || word.Length > lower.Length)
            {
                if (char.IsDigit(word[0]))
                {
                    return true;
                }

                continue;
            }

            var hyphen = word.IndexOf('-');
            var head = hyphen > 0 ? word[..hyphen] : word;
            var length = head.ToLowerInvariant(lower);
            if ((numberWords.TryGetValue(lower[..length], out var role) && role.HasFlag(PhraseRole.Number)) || vagueWords.Contains(lower[..length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Numbers (read by the recogniser) and vague counts in a sentence, as token ranges local to the sentence with values;
    /// "between 10 and 15", "10 to 15" and "10-15" become ranges. Numbers that are times, years, parts of words, money or
    /// measures of things are left out.
    /// </summary>
    private List<Count> Counts(string text, ImmutableArray<Token> tokens, Sentence sentence, string[] words, ImmutableArray<TimeExpression> times)
    {
        var counts = new List<Count>();
        for (var i = 0; i < words.Length; i++)
        {
            if (RangeToken(words[i]) is { } range)
            {
                counts.Add(new Count(i, i + 1, range.Value, range.Upper, false));
                continue;
            }

            foreach (var (parts, value, upper) in _vagueCounts)
            {
                if (i + parts.Length <= words.Length && words.AsSpan(i, parts.Length).SequenceEqual(parts))
                {
                    counts.Add(new Count(i, i + parts.Length, value, upper, true));
                    i += parts.Length - 1;
                    break;
                }
            }
        }

        // The recogniser reads only the runs of number words and digits, not the whole sentence: most of its cost is per character.
        foreach (var (runFirst, runEnd) in NumberRuns(words))
        {
            var runStart = tokens[sentence.FirstToken + runFirst].Start;
            var runText = text[runStart..tokens[sentence.FirstToken + runEnd - 1].End];
            foreach (var result in Numbers.Parse(runText))
            {
                if (!double.TryParse(result.Resolution["value"]?.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    continue;
                }

                var start = runStart + result.Start;
                var end = runStart + result.End + 1;
                var first = TokenAt(tokens, sentence, start);
                var last = TokenAt(tokens, sentence, end - 1);
                if (first < 0 || last < 0 || tokens[first].Start != start || tokens[last].End != end
                    || counts.Exists(c => c.First <= last - sentence.FirstToken && first - sentence.FirstToken < c.End))
                {
                    continue; // part of a word ("26-year-old", "155mm") or already read
                }

                var count = new Count(first - sentence.FirstToken, last + 1 - sentence.FirstToken, number, null, false);
                if (!IsNotPeople(words, count))
                {
                    counts.Add(count);
                }
            }
        }

        counts.RemoveAll(c => OverlapsTime(tokens, sentence, c, times));
        counts.Sort((a, b) => a.First.CompareTo(b.First));
        return MergeRanges(counts, words);
    }

    /// <summary>Runs of words that can make a number: digits, number words ("twenty-one", "lakh") and the words that join them ("a million", "two hundred and fifty").</summary>
    private List<(int First, int End)> NumberRuns(string[] words)
    {
        var runs = new List<(int, int)>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!IsNumberWord(words[i]))
            {
                continue;
            }

            var first = i;
            while (first > 0 && i - first < 2 && lexicon.Role(words[first - 1]).HasFlag(PhraseRole.Joiner))
            {
                first--; // "a million", "half a million"
            }

            var end = i + 1;
            while (end < words.Length && (IsNumberWord(words[end]) || (end + 1 < words.Length && lexicon.Role(words[end]).HasFlag(PhraseRole.Joiner) && IsNumberWord(words[end + 1]))))
            {
                end++;
            }

            runs.Add((first, end));
            i = end - 1;
        }

        return runs;
    }

    private bool IsNumberWord(string word)
    {
        if (char.IsDigit(word[0]))
        {
            return true;
        }

        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        var head = hyphen > 0 ? word.AsSpan(0, hyphen) : word.AsSpan();
        return _numberWords.Contains(head);
    }

    private static List<Count> MergeRanges(List<Count> counts, string[] words)
    {
        var merged = new List<Count>();
        for (var i = 0; i < counts.Count; i++)
        {
            var current = counts[i];
            if (i + 1 < counts.Count && !current.Vague && !counts[i + 1].Vague && current.Upper is null && counts[i + 1].Upper is null)
            {
                var next = counts[i + 1];
                var between = string.Join(' ', words[current.End..next.First]);
                var introducedByBetween = current.First > 0 && words[current.First - 1] == "between";
                if ((between is "-" or "–" or "to" && next.Value > current.Value) || (between == "and" && introducedByBetween))
                {
                    merged.Add(new Count(introducedByBetween ? current.First - 1 : current.First, next.End, current.Value, next.Value, false));
                    i++;
                    continue;
                }
            }

            merged.Add(current);
        }

        return merged;
    }

    /// <summary>A token such as "10-15": a range of two whole numbers, the second larger.</summary>
    private static (double Value, double Upper)? RangeToken(string word)
    {
        var dash = word.IndexOfAny(['-', '–']);
        if (dash <= 0 || !char.IsDigit(word[0]) || !char.IsDigit(word[^1])
            || !double.TryParse(word.AsSpan(0, dash), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var low)
            || !double.TryParse(word.AsSpan(dash + 1), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var high))
        {
            return null;
        }

        return high > low ? (low, high) : null;
    }

    /// <summary>Numbers that count no people: years, money, numbered things, measures ("5 km"), fractions, negatives.</summary>
    private bool IsNotPeople(string[] words, Count count)
    {
        var next = count.End < words.Length ? words[count.End] : string.Empty;
        var previous = count.First > 0 ? words[count.First - 1] : string.Empty;
        return lexicon.NonPeopleUnits.Contains(next)
            || previous is "$" or "€" or "£" or "no." or "number" or "aged" or "age" or "resolution" or "flight" or "route" or "highway"
            || (count.Value is >= 1800 and <= 2100 && count.End - count.First == 1 && words[count.First].All(char.IsDigit))
            || count.Value <= 0
            || count.Value != Math.Floor(count.Value);
    }

    /// <summary>True when a number is part of a time expression ("October 1", "from 1987 to 1990", "two days").</summary>
    private static bool OverlapsTime(ImmutableArray<Token> tokens, Sentence sentence, Count count, ImmutableArray<TimeExpression> times)
    {
        var start = tokens[sentence.FirstToken + count.First].Start;
        var end = tokens[sentence.FirstToken + count.End - 1].End;
        foreach (var time in times)
        {
            if (time.Start < end && start < time.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What is known of each word of a sentence beyond its text: a plural name of a people ("Israelis", "Kosovo Serbs",
    /// "Lebanese"), a capitalised word inside the sentence (part of a name), a word of a time expression.
    /// </summary>
    private static WordFacts[] Facts(string text, ImmutableArray<Token> tokens, Sentence sentence, ImmutableArray<EntityMention> entities, ImmutableArray<TimeExpression> times)
    {
        var facts = new WordFacts[sentence.TokenCount];
        for (var i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            if (char.IsUpper(text[tokens[i].Start]))
            {
                facts[i - sentence.FirstToken] |= WordFacts.Capitalized;
            }
        }

        foreach (var entity in entities)
        {
            if (entity.Type == EntityType.Country && entity.End > sentence.Start && entity.Start < sentence.End)
            {
                Mark(facts, tokens, sentence, entity.Start, entity.End, WordFacts.PeopleName, token => token.Length > 3 && char.IsUpper(text[token.Start])
                    && (text[token.End - 1] == 's' || text.AsSpan(token.Start, token.Length).EndsWith("ese", StringComparison.Ordinal)));
            }
        }

        foreach (var time in times)
        {
            if (time.End > sentence.Start && time.Start < sentence.End)
            {
                Mark(facts, tokens, sentence, time.Start, time.End, WordFacts.Time, _ => true);
            }
        }

        return facts;
    }

    private static void Mark(WordFacts[] facts, ImmutableArray<Token> tokens, Sentence sentence, int start, int end, WordFacts fact, Func<Token, bool> applies)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Start >= start && tokens[i].End <= end && applies(tokens[i]))
            {
                facts[i - sentence.FirstToken] |= fact;
            }
        }
    }

    private static int TokenAt(ImmutableArray<Token> tokens, Sentence sentence, int offset)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Start <= offset && offset < tokens[i].End)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>What is known of a word of a sentence beyond its text.</summary>
[Flags]
internal enum WordFacts : byte
{
    None = 0,
    PeopleName = 1,
    Capitalized = 2,
    Time = 4,
}

/// <summary>A number or vague count in a sentence: its tokens (local to the sentence), value and range.</summary>
internal readonly record struct Count(int First, int End, double Value, double? Upper, bool Vague);

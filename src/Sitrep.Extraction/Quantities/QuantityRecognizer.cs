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
/// 2.5 million; two hundred; 1.2 lakh) are read by Microsoft.Recognizers.Text.Number; what they count is Sitrep's.
/// </summary>
public sealed class QuantityRecognizer(QuantityLexicon lexicon) : IAnnotator
{
    private const int Window = 6;

    private static readonly FrozenSet<string> ClauseBreaks = FrozenSet.ToFrozenSet([",", ";", ":", ".", "(", ")", "!", "?", "but", "while", "whereas"], StringComparer.Ordinal);

    // Built once: the static RecognizeNumber builds a new recogniser on every call.
    private static readonly NumberModel Numbers = (NumberModel)new NumberRecognizer(Culture.English).GetNumberModel();

    private readonly FrozenSet<string> _measureFirstWords = lexicon.Measures.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
    private readonly (string[] Words, double Value, double? Upper)[] _vagueCounts = [.. lexicon.VagueCounts.Select(v => (v.Phrase.Split(' '), v.Value, v.Upper))];

    public QuantityRecognizer()
        : this(QuantityLexicon.Default)
    {
    }

    public string Name => "quantity-recognizer";

    public IReadOnlyList<LayerKey> Requires => [Layers.Tokens, Layers.Sentences, Layers.Times, Layers.Attributions];

    public IReadOnlyList<LayerKey> Produces => [Layers.Quantities];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = document.Get(Layers.Tokens);
        var times = document.Get(Layers.Times);
        var attributions = document.Get(Layers.Attributions);
        var quantities = ImmutableArray.CreateBuilder<QuantityMention>();
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var words = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(i => text.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant()).ToArray();
            if (!words.Any(_measureFirstWords.Contains))
            {
                continue;
            }

            var date = times.FirstOrDefault(t => t.Kind == TimeKind.Date && sentence.Span.Contains(t.Span) && t.Value is not null).Value;
            foreach (var (first, end, value, upper, vague) in Counts(text, tokens, sentence, words))
            {
                var local = (First: first - sentence.FirstToken, End: end - sentence.FirstToken);
                if (IsNotPeople(words, local.First, local.End, value, vague) || FindMeasure(words, local.First, local.End) is not { } measure)
                {
                    continue;
                }

                var qualifier = QualifierBefore(words, local.First) ?? (vague ? Qualifier.About : Qualifier.Exact);
                var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
                var claimant = attributions.FirstOrDefault(a => a.Claim.Contains(span))?.Speaker;
                quantities.Add(new QuantityMention(span, measure, value, upper, qualifier, claimant, date, sentence.Span));
            }
        }

        document.Add(Layers.Quantities, quantities.DrainToImmutable());
    }

    /// <summary>Numbers (read by the recogniser) and vague counts in a sentence, as token ranges with values; "between 10 and 15" and "10-15" become ranges.</summary>
    private List<(int First, int End, double Value, double? Upper, bool Vague)> Counts(string text, ImmutableArray<Token> tokens, Sentence sentence, string[] words)
    {
        var counts = new List<(int First, int End, double Value, double? Upper, bool Vague)>();
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var (parts, value, upper) in _vagueCounts)
            {
                if (i + parts.Length <= words.Length && words.AsSpan(i, parts.Length).SequenceEqual(parts))
                {
                    counts.Add((sentence.FirstToken + i, sentence.FirstToken + i + parts.Length, value, upper, true));
                    i += parts.Length - 1;
                    break;
                }
            }
        }

        var sentenceText = text.Substring(sentence.Start, sentence.End - sentence.Start);
        foreach (var result in Numbers.Parse(sentenceText))
        {
            if (!double.TryParse(result.Resolution["value"]?.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            var start = sentence.Start + result.Start;
            var end = sentence.Start + result.End + 1;
            var first = TokenAt(tokens, sentence, start);
            var last = TokenAt(tokens, sentence, end - 1);
            if (first < 0 || last < 0 || counts.Exists(c => c.First <= last && first < c.End))
            {
                continue;
            }

            counts.Add((first, last + 1, number, null, false));
        }

        counts.Sort((a, b) => a.First.CompareTo(b.First));
        return MergeRanges(counts, words, sentence.FirstToken);
    }

    private static List<(int First, int End, double Value, double? Upper, bool Vague)> MergeRanges(
        List<(int First, int End, double Value, double? Upper, bool Vague)> counts, string[] words, int offset)
    {
        var merged = new List<(int First, int End, double Value, double? Upper, bool Vague)>();
        for (var i = 0; i < counts.Count; i++)
        {
            var current = counts[i];
            if (i + 1 < counts.Count && !current.Vague && !counts[i + 1].Vague)
            {
                var next = counts[i + 1];
                var between = string.Join(' ', words[(current.End - offset)..(next.First - offset)]);
                var introducedByBetween = current.First - offset > 0 && words[current.First - offset - 1] == "between";
                if ((between is "-" or "–" or "to" && next.Value > current.Value) || (between == "and" && introducedByBetween))
                {
                    merged.Add((introducedByBetween ? current.First - 1 : current.First, next.End, current.Value, next.Value, false));
                    i++;
                    continue;
                }
            }

            merged.Add(current);
        }

        return merged;
    }

    /// <summary>Counts of things other than people: years, ages, distances, money, shares, "one of".</summary>
    private bool IsNotPeople(string[] words, int first, int end, double value, bool vague)
    {
        if (vague)
        {
            return false;
        }

        var countText = string.Join(' ', words[first..end]);
        if (countText.Any(char.IsLetter) && !countText.Split(' ').All(w => w.All(char.IsLetter) || w.All(c => char.IsDigit(c) || c is ',' or '.')))
        {
            return true; // part of a word such as "26-year-old" or "155mm"
        }

        var next = end < words.Length ? words[end] : string.Empty;
        var previous = first > 0 ? words[first - 1] : string.Empty;
        return lexicon.NonPeopleUnits.Contains(next)
            || previous is "$" or "€" or "£" or "no." or "number" or "aged" or "age" or "resolution" or "flight" or "route" or "highway"
            || (value is >= 1800 and <= 2100 && countText.All(char.IsDigit))
            || (value == 1 && next == "of")
            || value != Math.Floor(value);
    }

    private Qualifier? QualifierBefore(string[] words, int first)
    {
        for (var length = Math.Min(lexicon.MaxQualifierWords, first); length >= 1; length--)
        {
            if (lexicon.Qualifiers.TryGetValue(string.Join(' ', words[(first - length)..first]), out var qualifier))
            {
                return qualifier;
            }
        }

        return null;
    }

    /// <summary>What the count measures: a measure word after it, else before it, else the counted noun itself.</summary>
    private Measure? FindMeasure(string[] words, int first, int end)
    {
        for (var j = end; j < Math.Min(words.Length, end + Window); j++)
        {
            if (ClauseBreaks.Contains(words[j]) || words[j] == "and" && j > end + 1)
            {
                break;
            }

            if (MeasureAt(words, j, MeasurePosition.After) is { } after)
            {
                return after;
            }
        }

        for (var j = first - 1; j >= Math.Max(0, first - Window); j--)
        {
            if (ClauseBreaks.Contains(words[j]))
            {
                break;
            }

            if (MeasureEndingAt(words, j, MeasurePosition.Before) is { } before)
            {
                return before;
            }
        }

        for (var j = end; j < Math.Min(words.Length, end + 3); j++)
        {
            if (MeasureAt(words, j, MeasurePosition.Noun) is { } noun)
            {
                return noun;
            }
        }

        return null;
    }

    private Measure? MeasureAt(string[] words, int start, MeasurePosition position)
    {
        for (var length = Math.Min(lexicon.MaxMeasureWords, words.Length - start); length >= 1; length--)
        {
            if (lexicon.Measures.TryGetValue(string.Join(' ', words[start..(start + length)]), out var entry) && entry.Position.HasFlag(position))
            {
                return entry.Measure;
            }
        }

        return null;
    }

    private Measure? MeasureEndingAt(string[] words, int last, MeasurePosition position)
    {
        for (var length = Math.Min(lexicon.MaxMeasureWords, last + 1); length >= 1; length--)
        {
            if (lexicon.Measures.TryGetValue(string.Join(' ', words[(last - length + 1)..(last + 1)]), out var entry) && entry.Position.HasFlag(position))
            {
                return entry.Measure;
            }
        }

        return null;
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

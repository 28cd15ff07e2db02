using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Sitrep.Core.Annotation;
using Sitrep.Core.Data;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Time;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Time;

/// <summary>
/// Finds time expressions and resolves them against the report's date. The general grammar is
/// Microsoft.Recognizers.Text's, run only on the few words around a temporal cue (<see cref="TimeCueWindows"/>) that
/// the common forms (<see cref="CommonDateForms"/>) do not already explain, since it is slow; Sitrep owns the spans
/// (the time words, without prepositions), the tense and the anchoring (<see cref="TimexResolver"/>).
/// </summary>
public sealed partial class TimeRecognizer : IAnnotator
{
    private const int CacheLimit = 50_000;

    private static readonly FrozenSet<string> LeadingPrepositions = FrozenSet.ToFrozenSet(
        ["on", "in", "at", "by", "since", "during", "until", "till", "before", "after", "of", "around", "for", "within", "through", "throughout"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> FutureCues = FrozenSet.ToFrozenSet(["will", "'ll", "shall", "scheduled", "upcoming", "next", "starting", "due", "planned", "expected", "slated"], StringComparer.Ordinal);

    // Built once: the static RecognizeDateTime builds a new recogniser and its models on every call.
    private static readonly DateTimeModel Grammar = new DateTimeRecognizer(Culture.English, DateTimeOptions.None).GetDateTimeModel() as DateTimeModel ?? throw new InvalidOperationException("no English date grammar");

    private readonly ConcurrentDictionary<(string Sentence, DateOnly Anchor), ImmutableArray<TimeExpression>> _cache = new();
    private int _cached;

    public string Name => "time-recognizer";

    public IReadOnlyList<LayerKey> Requires => [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<LayerKey> Produces => [Layers.Times];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var anchor = document.Document.Metadata.Published?.FirstDay;
        var times = ImmutableArray.CreateBuilder<TimeExpression>();
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentenceText = text.Substring(sentence.Start, sentence.End - sentence.Start);
            foreach (var time in Recognize(sentenceText, anchor))
            {
                times.Add(time with { Start = time.Start + sentence.Start, End = time.End + sentence.Start });
            }
        }

        document.Add(Layers.Times, times.DrainToImmutable());
    }

    /// <summary>Time expressions of one sentence, with offsets into it; cached, since wire copy repeats its sentences.</summary>
    public ImmutableArray<TimeExpression> Recognize(string sentence, DateOnly? anchor)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var windows = TimeCueWindows.Find(sentence);
        if (windows.Count == 0)
        {
            return [];
        }

        var key = (sentence, anchor ?? DateOnly.MinValue);
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var found = RecognizeUncached(sentence, windows, anchor);
        // ConcurrentDictionary.Count takes every lock: count additions instead.
        if (Interlocked.Increment(ref _cached) > CacheLimit)
        {
            _cache.Clear();
            Interlocked.Exchange(ref _cached, 0);
        }

        _cache[key] = found;
        return found;
    }

    private static ImmutableArray<TimeExpression> RecognizeUncached(string sentence, List<CueWindow> windows, DateOnly? anchor)
    {
        var times = new List<TimeExpression>();
        foreach (var found in Found(sentence, windows, anchor))
        {
            var (start, end) = Trim(sentence, found.Start, found.End);
            if (end <= start)
            {
                continue;
            }

            var spanText = sentence[start..end];
            if (IsWordNotDate(spanText) || Clock().IsMatch(spanText))
            {
                continue;
            }

            if (VaguePeriod().IsMatch(spanText))
            {
                times.Add(new TimeExpression(start, end, TimeKind.Vague, null));
                continue;
            }

            if (Durations.Read(spanText) is { } duration)
            {
                times.Add(new TimeExpression(start, end, TimeKind.Duration, new DateValue(duration, DateGranularity.Unknown, spanText)));
                continue;
            }

            var future = IsFuture(sentence, start, end);
            if (TimexResolver.Resolve(found.TypeName, found.Timex, spanText, anchor, future) is { } resolved)
            {
                times.Add(new TimeExpression(start, end, resolved.Kind, resolved.Value));
            }
        }

        foreach (Match vague in VaguePeriod().Matches(sentence))
        {
            if (!times.Exists(t => t.Start < vague.Index + vague.Length && vague.Index < t.End))
            {
                times.Add(new TimeExpression(vague.Index, vague.Index + vague.Length, TimeKind.Vague, null));
            }
        }

        return [.. times.OrderBy(t => t.Start)];
    }

    /// <summary>
    /// The time expressions of each window: the common forms where they explain every cue of the window, else the
    /// general grammar's reading of the window.
    /// </summary>
    private static IEnumerable<FoundTime> Found(string sentence, List<CueWindow> windows, DateOnly? anchor)
    {
        var (common, explained) = CommonDateForms.Find(sentence, windows, anchor);
        var reference = (anchor ?? new DateOnly(2000, 1, 1)).ToDateTime(TimeOnly.MinValue);
        foreach (var window in windows)
        {
            if (window.Cues.TrueForAll(cue => explained.Exists(f => f.Start <= cue.Start && cue.End <= f.End)))
            {
                foreach (var time in common.Where(f => f.Start >= window.Start && f.End <= window.End))
                {
                    yield return time;
                }

                continue;
            }

            foreach (var result in Grammar.Parse(sentence[window.Start..window.End], reference))
            {
                if (result.Resolution is not null && result.Resolution.TryGetValue("values", out var raw) && raw is List<Dictionary<string, string>> { Count: > 0 } values)
                {
                    yield return new FoundTime(result.Start + window.Start, result.End + window.Start + 1, result.TypeName, values[0].GetValueOrDefault("timex", string.Empty));
                }
            }
        }
    }

    /// <summary>"may", "march", "a second": words that are month names or lengths only when written as such.</summary>
    private static bool IsWordNotDate(string span) =>
        span is "may" or "march" or "a second" or "second" or "sat" or "sun" or "wed" or "mar" or "jan";

    /// <summary>The time words alone: leading prepositions dropped; "the early/mid/late" before a decade or year kept.</summary>
    private static (int Start, int End) Trim(string sentence, int start, int end)
    {
        while (true)
        {
            var space = sentence.IndexOf(' ', start, end - start);
            if (space < 0 || !LeadingPrepositions.Contains(sentence[start..space].ToLowerInvariant()) || StartsRange(sentence, space + 1, end))
            {
                break;
            }

            start = space + 1;
        }

        if (Qualifier().Match(sentence[..start]) is { Success: true } qualifier)
        {
            start = qualifier.Index;
        }

        return (start, end);
    }

    private static bool StartsRange(string sentence, int from, int end) =>
        sentence.AsSpan(from, end - from).Contains(" to ", StringComparison.OrdinalIgnoreCase) && sentence[..from].TrimEnd().EndsWith("from", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the verb that governs a time expression is in the future: the nearest tense-bearing word on either side
    /// (a future cue such as "will", or a past form such as "said", "confirmed") in its clause, the one before it winning a tie.
    /// "will meet on Monday" and "on Monday, talks will resume" are future; "will host …, FIFA confirmed on Wednesday" is not.
    /// </summary>
    private static bool IsFuture(string sentence, int timeStart, int timeEnd)
    {
        var words = Words().Matches(sentence);
        int before = int.MaxValue, after = int.MaxValue;
        bool futureBefore = false, futureAfter = false;
        var distance = 0;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            if (words[i].Index >= timeStart)
            {
                continue;
            }

            distance++;
            if (Tense(words[i].Value, distance == 1) is { } future && !AsPlanned(words, i))
            {
                (before, futureBefore) = (distance, future);
                break;
            }
        }

        distance = 0;
        var clauseEnd = sentence.IndexOfAny([',', ';', ':'], timeEnd);
        for (var k = 0; k < words.Count; k++)
        {
            var word = words[k];
            if (word.Index < timeEnd)
            {
                continue;
            }

            // Past a comma lies another clause ("…on January 26, the commission said"): it governs the time only
            // when nothing before it does ("On Monday, talks will resume").
            if (before != int.MaxValue && clauseEnd >= 0 && word.Index > clauseEnd)
            {
                break;
            }

            // Nor does an infinitive after it when a verb before it tells the tense ("accepted the demands on Wednesday
            // to scrap planned tax increases": "planned" belongs to what was accepted).
            if (before != int.MaxValue && word.Value.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            distance++;
            if (Tense(word.Value, nextToTime: false) is { } future && !AsPlanned(words, k))
            {
                (after, futureAfter) = (distance, future);
                break;
            }
        }

        return before <= after ? futureBefore : futureAfter;
    }

    /// <summary>"did not meet on Thursday as planned": a plan named after "as" tells no tense of its own.</summary>
    private static bool AsPlanned(MatchCollection words, int i) => i > 0 && words[i - 1].Value.Equals("as", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a future cue, false for a past form, null for a word that shows no tense.</summary>
    private static bool? Tense(string word, bool nextToTime)
    {
        var lower = word.ToLowerInvariant();
        if (FutureCues.Contains(lower))
        {
            return lower != "next" || nextToTime ? true : null;
        }

        return char.IsLower(word[0]) && Events.Inflector.IsPastForm(lower) ? false : null;
    }

    [GeneratedRegex(@"\b(?:recent|coming|past|last|next|following|few)\s+(?:few\s+)?(?:days|weeks|months|years|decades)\b|\bfor\s+(?:years|months|decades)\b|^(?:recent|coming)\s+\w+$", RegexOptions.IgnoreCase)]
    private static partial Regex VaguePeriod();

    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}(\s*(a\.?m\.?|p\.?m\.?))?$|^\d{1,2}\s*(a\.?m\.?|p\.?m\.?)$|^(noon|midnight)$", RegexOptions.IgnoreCase)]
    private static partial Regex Clock();

    [GeneratedRegex(@"\b(?:the\s+)?(?:early|mid|late|end of the|beginning of the)\s*-?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Words();
}

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
/// Finds time expressions and resolves them against the report's date. The grammar is Microsoft.Recognizers.Text's;
/// Sitrep owns which sentences it reads (only those with a temporal cue: the recogniser is slow), the spans (the time
/// words, without prepositions) and the anchoring (<see cref="TimexResolver"/>).
/// </summary>
public sealed partial class TimeRecognizer : IAnnotator
{
    private const int CacheLimit = 50_000;

    private static readonly FrozenSet<string> Cues = DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/time-cues.txt")
        .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LeadingPrepositions = FrozenSet.ToFrozenSet(
        ["on", "in", "at", "by", "since", "during", "until", "till", "before", "after", "of", "around", "for", "within", "through", "throughout"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> FutureCues = FrozenSet.ToFrozenSet(["will", "'ll", "shall", "scheduled", "upcoming", "next"], StringComparer.Ordinal);

    private readonly ConcurrentDictionary<(string Sentence, DateOnly Anchor), ImmutableArray<TimeExpression>> _cache = new();

    public string Name => "time-recognizer";

    public IReadOnlyList<LayerKey> Requires => [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<LayerKey> Produces => [Layers.Times];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = document.Get(Layers.Tokens);
        var anchor = document.Document.Metadata.Published?.FirstDay;
        var times = ImmutableArray.CreateBuilder<TimeExpression>();
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!HasCue(text, tokens, sentence))
            {
                continue;
            }

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
        var key = (sentence, anchor ?? DateOnly.MinValue);
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var found = RecognizeUncached(sentence, anchor);
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }

        _cache[key] = found;
        return found;
    }

    private static ImmutableArray<TimeExpression> RecognizeUncached(string sentence, DateOnly? anchor)
    {
        var reference = (anchor ?? new DateOnly(2000, 1, 1)).ToDateTime(TimeOnly.MinValue);
        var results = DateTimeRecognizer.RecognizeDateTime(sentence, Culture.English, DateTimeOptions.None, reference);
        var times = new List<TimeExpression>();
        foreach (var result in results)
        {
            var (start, end) = Trim(sentence, result.Start, result.End + 1);
            if (end <= start || !result.Resolution.TryGetValue("values", out var raw) || raw is not List<Dictionary<string, string>> { Count: > 0 } values)
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

            var future = IsFuture(sentence, start);
            if (TimexResolver.Resolve(result.TypeName, values[0].GetValueOrDefault("timex", string.Empty), spanText, anchor, future) is { } resolved)
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

    /// <summary>Future-tense cues anywhere in the sentence ("will meet on Monday", "on Monday, talks will resume").</summary>
    private static bool IsFuture(string sentence, int timeStart)
    {
        foreach (Match word in Words().Matches(sentence))
        {
            var cue = word.Value.ToLowerInvariant();
            if (FutureCues.Contains(cue) && (cue != "next" || word.Index < timeStart))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCue(string text, ImmutableArray<Core.Annotation.Token> tokens, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Number || Cues.Contains(text.Substring(token.Start, token.Length).ToLowerInvariant().TrimEnd('.')))
            {
                return true;
            }
        }

        return false;
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

using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Sitrep.Core.Data;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Time;

/// <summary>
/// The stretches of a sentence worth giving to the date grammar: a few words either side of each temporal cue
/// (data/lexicon/time-cues.txt, plus year-, decade- and date-shaped numbers). The grammar is slow and most of a
/// news sentence holds no time, so reading only these stretches is what keeps the time stage cheap.
/// </summary>
internal static partial class TimeCueWindows
{
    private const int WordsEitherSide = 3;

    private static readonly FrozenDictionary<string, CueRule> Cues = DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/time-cues.txt")
        .Select(line => line.Split('\t'))
        .ToFrozenDictionary(fields => fields[0], fields => Enum.Parse<CueRule>(fields[1], ignoreCase: true), StringComparer.Ordinal);

    /// <summary>Words that fix or count a unit of time: "last night", "that week", "two days", "several years".</summary>
    private static readonly FrozenSet<string> Counters = FrozenSet.ToFrozenSet(
        ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
         "thirty", "forty", "fifty", "hundred", "several", "few", "many", "last", "next", "this", "that", "past", "coming", "recent",
         "previous", "following", "same", "whole", "entire", "each", "every", "earlier", "later", "yesterday", "tomorrow", "of", "for"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> TimePrepositions = FrozenSet.ToFrozenSet(
        ["in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of", "from", "to", "between", "through", "during", "before", "after", "the", "and", "end"],
        StringComparer.Ordinal);

    /// <summary>Character ranges [Start, End) of <paramref name="sentence"/>, in order and not overlapping, each with its cue words.</summary>
    public static List<CueWindow> Find(string sentence)
    {
        var words = Word().Matches(sentence);
        var windows = new List<CueWindow>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsCue(sentence, words, i))
            {
                continue;
            }

            var first = words[Math.Max(0, i - WordsEitherSide)];
            var last = words[Math.Min(words.Count - 1, i + WordsEitherSide)];
            var (start, end) = (first.Index, last.Index + last.Length);
            var cue = (words[i].Index, words[i].Index + words[i].Length);
            if (windows.Count > 0 && start <= windows[^1].End + 1)
            {
                windows[^1].End = Math.Max(end, windows[^1].End);
                windows[^1].Cues.Add(cue);
            }
            else
            {
                windows.Add(new CueWindow(start, end, cue));
            }
        }

        return windows;
    }

    /// <summary>"on the 31st," or "the 31st of October" name a day; "the 21st minute", "21st century" do not.</summary>
    private static bool IsBareDayOfMonth(string sentence, MatchCollection words, int i)
    {
        if (i == 0 || !words[i - 1].Value.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Punctuation is no word here: what follows "31st" in the text decides, not the next word ("the 31st, the army said").
        var after = words[i].Index + words[i].Length;
        return i + 1 == words.Count || words[i + 1].Value == "of" || !char.IsLetter(words[i + 1].Value[0])
            || (after < sentence.Length && sentence[after] != ' ');
    }

    private static bool IsCue(string sentence, MatchCollection words, int i)
    {
        var word = words[i].Value;
        if (char.IsAsciiDigit(word[0]))
        {
            return DateShapedNumber().IsMatch(word) || (DayOfMonth().IsMatch(word) && IsBareDayOfMonth(sentence, words, i));
        }

        if (!Cues.TryGetValue(word.ToLowerInvariant(), out var rule))
        {
            return false;
        }

        var previous = i > 0 ? words[i - 1].Value : string.Empty;
        var afterNumber = previous.Length > 0 && char.IsAsciiDigit(previous[0]);
        return rule switch
        {
            CueRule.Always => true,
            CueRule.Counted => afterNumber || Counters.Contains(previous.ToLowerInvariant()),
            _ => afterNumber
                || (i + 1 < words.Count && char.IsAsciiDigit(words[i + 1].Value[0]))
                || TimePrepositions.Contains(previous.ToLowerInvariant()),
        };
    }

    private enum CueRule
    {
        Always,
        Dated,
        Counted,
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[/.\-][\p{N}]+)*")]
    private static partial Regex Word();

    /// <summary>A year (1900-2099), a decade ("1990s") or a numeric date ("12/05/2020", "2020-05-12").</summary>
    [GeneratedRegex(@"^(?:(?:19|20)\d\d(?:s|-\d\d(?:-\d\d)?)?|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})$")]
    private static partial Regex DateShapedNumber();

    [GeneratedRegex(@"^[0-3]?\d(?:st|nd|rd|th)$")]
    private static partial Regex DayOfMonth();
}

/// <summary>A stretch of a sentence around one or more temporal cues.</summary>
internal sealed class CueWindow(int start, int end, (int Start, int End) cue)
{
    public int Start { get; } = start;

    public int End { get; set; } = end;

    public List<(int Start, int End)> Cues { get; } = [cue];
}

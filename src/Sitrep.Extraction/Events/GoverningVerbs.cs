using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Core.Data;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Events;

/// <summary>
/// The verb that governs a noun trigger from a little further off than <see cref="NounTriggerVerbs"/> reads: past the
/// modifiers and measures of the act ("Belarus began snap military drills", "the EU adopted an 11th package of sanctions",
/// data/lexicon/events/noun-trigger-modifiers.txt), and the owner a name gives the act inside its own phrase ("China's military drills").
/// </summary>
internal static class GoverningVerbs
{
    private const int MaxWordsBetween = 8;

    private static readonly string[][] LightPhrases = VerbPhrases("light");
    private static readonly FrozenSet<string> Between = FrozenSet.ToFrozenSet(VerbPhrases("between").SelectMany(words => words), StringComparer.Ordinal);
    private static readonly FrozenSet<string> Modifiers = Words("modifier");
    private static readonly FrozenSet<string> Measures = Words("measure");
    private static readonly FrozenSet<string> Causatives = Words("causative");
    private static readonly FrozenSet<string> DayWords = Words("day");

    /// <summary>Where the light verb before a noun trigger starts, when only modifiers, measures and names stand between them.</summary>
    public static int? LightVerbBefore(SentenceView view, int triggerFirst, int triggerEnd)
    {
        var verb = NounTriggerVerbs.LightVerbBefore(view, triggerFirst, 0) ?? FarLightVerb(view, triggerFirst);

        // "ordered the withdrawal of Russian troops": who is ordered to act, named after "of", does it, not who orders.
        return verb is { } at && Causatives.Contains(view.Word(at)) && view.Word(triggerEnd) == "of" && NamedAt(view, triggerEnd + 1) ? null : verb;
    }

    private static bool NamedAt(SentenceView view, int start)
    {
        var first = view.Word(start) == "the" ? start + 1 : start;
        return view.Mentions.Any(m => m.First == first && ArgumentFinder.IsActor(m.Mention));
    }

    private static int? FarLightVerb(SentenceView view, int triggerFirst)
    {
        for (var j = triggerFirst - 1; j >= Math.Max(0, triggerFirst - MaxWordsBetween - 3); j--)
        {
            foreach (var phrase in LightPhrases)
            {
                if (Matches(view, j - phrase.Length + 1, phrase))
                {
                    return j - phrase.Length + 1;
                }
            }

            if (!MayStandBetween(view, j))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"China's military drills": a name whose phrase runs into the trigger's first word owns the act.</summary>
    public static ActorReference? OwnerInside(SentenceView view, int triggerFirst, int triggerEnd)
    {
        foreach (var (mention, first, end) in view.Mentions)
        {
            if (first < triggerFirst && end > triggerFirst && end <= triggerEnd && ArgumentFinder.IsActor(mention) && mention.Type is EntityType.Country or EntityType.Group or EntityType.Organization)
            {
                return ActorReference.From(mention);
            }
        }

        return null;
    }

    /// <summary>A word listed as a modifier of an act ("bilateral", "snap", "indirect"): what follows it is a noun.</summary>
    internal static bool IsActModifier(string word) => Modifiers.Contains(word);

    /// <summary>A word that describes an act: a listed modifier or a word with an adjective's ending ("unprecedented", "massive", "brutal").</summary>
    internal static bool IsAdjective(string word) =>
        Modifiers.Contains(word) || Between.Contains(word) || (word.Length > 5 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ive", StringComparison.Ordinal)
            || word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ous", StringComparison.Ordinal) || word.EndsWith("ful", StringComparison.Ordinal)));

    private static bool MayStandBetween(SentenceView view, int j)
    {
        var word = view.Word(j);
        if (Between.Contains(word) || Modifiers.Contains(word) || (word.Length > 0 && char.IsDigit(word[0])) || view.Mentions.Any(m => m.First <= j && j < m.End))
        {
            return true;
        }

        return word switch
        {
            "of" => Measures.Contains(view.Word(j - 1)),
            "and" => Modifiers.Contains(view.Word(j - 1)) && Modifiers.Contains(view.Word(j + 1)), // "drone and rocket attacks"
            "on" => Between.Contains(view.Word(j + 1)), // "announced on Sunday their withdrawal"
            "," => DayWords.Contains(view.Word(j - 1)) || DayWords.Contains(view.Word(j + 1)), // "launched today, Sunday, a series of raids"
            "two" or "three" or "four" or "five" or "several" => true,
            _ => Measures.Contains(word) || (word.Contains('-') && !word.EndsWith("-led", StringComparison.Ordinal) && char.IsLetterOrDigit(word[0])),
        };
    }

    private static bool Matches(SentenceView view, int start, string[] phrase)
    {
        if (start < 0)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (view.Word(start + k) != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    private static string[][] VerbPhrases(string kind) => [.. DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/events/noun-trigger-verbs.tsv")
        .Select(line => line.Split('\t'))
        .Where(cells => cells[0] == kind)
        .Select(cells => cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    private static FrozenSet<string> Words(string kind) => FrozenSet.ToFrozenSet(DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/events/noun-trigger-modifiers.txt")
        .Select(line => line.Split('\t'))
        .Where(cells => cells[0] == kind)
        .SelectMany(cells => cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparer.Ordinal);
}

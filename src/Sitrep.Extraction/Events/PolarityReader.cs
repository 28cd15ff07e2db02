using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Core.Data;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Events;

/// <summary>Reads whether a trigger's event is negated ("did not attack", "no talks") or only hypothetical ("if", "could", "might").</summary>
internal static class PolarityReader
{
    private static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet(["not", "n't", "never", "no", "neither", "nor", "without", "denies", "denied"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Hypotheticals = FrozenSet.ToFrozenSet(["if", "unless", "whether", "could", "might", "may", "possible", "possibly", "potential", "potentially", "would"], StringComparer.Ordinal);

    // "failed to reach an agreement": phrases that undo the act they lead into, by their words.
    private static readonly string[][] NegatingPhrases = [.. DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/negation-cues.txt").Select(line => line.Trim().Split(' '))];

    public static Polarity Read(SentenceView view, TriggerMatch trigger)
    {
        // A trigger may open with its own negation: "ended without an agreement", "no talks were held".
        var clauseStart = view.ClauseStart(trigger.First);
        for (var j = trigger.First; j >= Math.Max(clauseStart, trigger.First - 4); j--)
        {
            if (Negations.Contains(view.Words[j]) && (j < trigger.First || trigger.End - trigger.First > 1))
            {
                return Polarity.Negated;
            }
        }

        if (NegatingPhrases.Any(phrase => phrase.Length <= trigger.First && view.Words.AsSpan(trigger.First - phrase.Length, phrase.Length).SequenceEqual(phrase)))
        {
            return Polarity.Negated;
        }

        // "if" opens its own clause: look back into the sentence for a conditional that governs this one.
        var questions = view.Words.Length > 0 && view.Words[^1] == "?";
        for (var j = trigger.First - 1; j >= 0; j--)
        {
            var word = view.Words[j];
            if (Hypotheticals.Contains(word) && (word != "would" || view.Words.Contains("if")) && (j >= clauseStart || word is "if" or "unless") && !IsMonth(view, j))
            {
                return Polarity.Hypothetical;
            }
        }

        return questions ? Polarity.Hypothetical : Polarity.Asserted;
    }

    /// <summary>"in May 2018": a capitalised "May" inside a sentence is the month, not the modal.</summary>
    private static bool IsMonth(SentenceView view, int j) =>
        view.Words[j] == "may" && j > 0 && view.Text[view.Starts[j]] == 'M' && !(view.Word(j - 1) is "\"" or "“" or ":");
}

using System.Collections.Frozen;
using Sitrep.Core.Annotation;

namespace Sitrep.Extraction.Events;

/// <summary>Reads whether a trigger's event is negated ("did not attack", "no talks") or only hypothetical ("if", "could", "might").</summary>
internal static class PolarityReader
{
    private static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet(["not", "n't", "never", "no", "neither", "nor", "without", "denies", "denied"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Hypotheticals = FrozenSet.ToFrozenSet(["if", "unless", "whether", "could", "might", "may", "possible", "possibly", "potential", "potentially", "would"], StringComparer.Ordinal);

    public static Polarity Read(SentenceView view, TriggerMatch trigger)
    {
        var clauseStart = view.ClauseStart(trigger.First);
        for (var j = trigger.First - 1; j >= Math.Max(clauseStart, trigger.First - 4); j--)
        {
            if (Negations.Contains(view.Words[j]))
            {
                return Polarity.Negated;
            }
        }

        // "if" opens its own clause: look back into the sentence for a conditional that governs this one.
        var questions = view.Words.Length > 0 && view.Words[^1] == "?";
        for (var j = trigger.First - 1; j >= 0; j--)
        {
            var word = view.Words[j];
            if (Hypotheticals.Contains(word) && (word != "would" || view.Words.Contains("if")) && (j >= clauseStart || word is "if" or "unless"))
            {
                return Polarity.Hypothetical;
            }
        }

        return questions ? Polarity.Hypothetical : Polarity.Asserted;
    }
}

using System.Collections.Frozen;

namespace Sitrep.Extraction.Events;

/// <summary>Natural and accidental hazards (data/lexicon/events/hazards.txt) that strike and kill without an attacker.</summary>
internal static class Hazards
{
    private const int Reach = 15;

    private static readonly FrozenSet<string> Words = Text.NounLists.Load("lexicon/events/hazards.txt");

    /// <summary>True when a hazard is named in the few words before the trigger at <paramref name="triggerFirst"/>.</summary>
    public static bool Before(SentenceView view, int triggerFirst)
    {
        for (var j = triggerFirst - 1; j >= Math.Max(0, triggerFirst - Reach); j--)
        {
            if (Words.Contains(view.Words[j]))
            {
                return true;
            }
        }

        return false;
    }
}

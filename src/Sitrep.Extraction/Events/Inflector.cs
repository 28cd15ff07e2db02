using System.Collections.Frozen;
using Sitrep.Core.Data;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Events;

/// <summary>English inflections of trigger words: every form of a verb (strike → strikes, struck, striking) and of a noun (strike → strikes).</summary>
/// <remarks>Where the doubling of a final consonant is uncertain (admitted, visited) both spellings are produced: a form text never uses costs nothing.</remarks>
public static class Inflector
{
    private static readonly FrozenDictionary<string, (string Past, string Participle)> Irregular =
        DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/events/irregular-verbs.tsv")
            .Select(line => line.Split('\t'))
            .ToFrozenDictionary(cells => cells[0], cells => (cells[1], cells[2]), StringComparer.Ordinal);

    private static readonly FrozenSet<string> IrregularPast = Irregular.Values.Select(forms => forms.Past).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a lower-case word is a simple past form: an irregular past ("said", "met") or a regular one ("confirmed").</summary>
    public static bool IsPastForm(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return IrregularPast.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal));
    }

    public static IEnumerable<string> VerbForms(string lemma)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        yield return lemma;
        yield return ThirdPerson(lemma);
        if (Irregular.TryGetValue(lemma, out var forms))
        {
            yield return forms.Past;
            yield return forms.Participle;
        }
        else
        {
            foreach (var past in Past(lemma))
            {
                yield return past;
            }
        }

        foreach (var participle in Present(lemma))
        {
            yield return participle;
        }
    }

    public static IEnumerable<string> NounForms(string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        yield return noun;
        yield return ThirdPerson(noun);
    }

    private static string ThirdPerson(string word)
    {
        if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
        {
            return word + "es";
        }

        return word.Length > 1 && word[^1] == 'y' && !IsVowel(word[^2]) ? word[..^1] + "ies" : word + "s";
    }

    private static IEnumerable<string> Past(string verb)
    {
        if (verb.EndsWith('e'))
        {
            yield return verb + "d";
        }
        else if (verb.Length > 1 && verb[^1] == 'y' && !IsVowel(verb[^2]))
        {
            yield return verb[..^1] + "ied";
        }
        else
        {
            yield return verb + "ed";
            if (EndsConsonantVowelConsonant(verb))
            {
                yield return verb + verb[^1] + "ed";
            }
        }
    }

    private static IEnumerable<string> Present(string verb)
    {
        if (verb.EndsWith("ie", StringComparison.Ordinal))
        {
            yield return verb[..^2] + "ying";
        }
        else if (verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal))
        {
            yield return verb[..^1] + "ing";
        }
        else
        {
            yield return verb + "ing";
            if (EndsConsonantVowelConsonant(verb))
            {
                yield return verb + verb[^1] + "ing";
            }
        }
    }

    private static bool EndsConsonantVowelConsonant(string word) =>
        word.Length >= 3 && !IsVowel(word[^1]) && word[^1] is not ('w' or 'x' or 'y') && IsVowel(word[^2]) && !IsVowel(word[^3]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}

using System.Collections.Frozen;
using Sitrep.Core.Annotation;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Quantities;

/// <summary>
/// Reads what each count in a sentence measures and how it is qualified. Evidence, strongest first: a word that governs
/// the count ("killing at least 50", "the release of 300", "the death toll rose to 59"); the predicate of the count's
/// phrase ("50 people were killed", "dozens reported dead"); the count before it, when this one is part of it
/// ("including five children", "40 of them"), repeats its pattern ("…, five in Sirnak") or shares its verb or predicate
/// ("killed two women and five children", "two officials and two guards were killed"); the noun it counts ("refugees");
/// any noun naming people ("600 babies": other). A count of things ("three of the skiffs"), a total that frames another
/// count ("17 of the 28"), a population ("the province's 1.8 million people") and a count with no evidence are dropped.
/// </summary>
internal sealed class CountMeasures(QuantityLexicon lexicon)
{
    private const int HeadReach = 5;
    private const int PredicateReach = 15;
    private const int AsideReach = 12;
    private const int TollReach = 15;
    private const int OfReach = 4;

    private const int CompanionReach = 15;

    private static readonly FrozenSet<string> ClauseBreaks = FrozenSet.ToFrozenSet([",", ";", ":", ".", "(", ")", "!", "?", "but", "while", "whereas"], StringComparer.Ordinal);

    private readonly FrozenSet<string> _measureFirstWords = lexicon.Measures.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenSet<string> _measureLastWords = lexicon.Measures.Keys.Select(k => k.Split(' ')[^1]).ToFrozenSet(StringComparer.Ordinal);

    private enum Evidence : byte
    {
        None,
        Head,
        Inherited,
        After,
        Before,
    }

    /// <summary>The measure and qualifier of each count, or null for a count that counts no people or nothing says what happened to.</summary>
    public (Measure Measure, Qualifier Qualifier)?[] Read(string[] words, List<Count> counts, WordFacts[] facts)
    {
        var n = counts.Count;
        var countAt = new int[words.Length];
        Array.Fill(countAt, -1);
        for (var k = 0; k < n; k++)
        {
            for (var i = counts[k].First; i < counts[k].End; i++)
            {
                countAt[i] = k;
            }
        }

        var phrases = new Phrase[n];
        var dropped = new bool[n];
        for (var k = 0; k < n; k++)
        {
            phrases[k] = ReadPhrase(words, counts, k, countAt, facts);
            dropped[k] |= phrases[k].Thing;
            if (phrases[k].Total >= 0)
            {
                dropped[phrases[k].Total] = true;
            }
        }

        var measures = new Measure?[n];
        var evidence = new Evidence[n];
        var governed = new bool[n];
        var predicated = new bool[n];
        for (var k = 0; k < n; k++)
        {
            if (dropped[k])
            {
                continue;
            }

            if (Governing(words, facts, phrases[k].Start) is { } before)
            {
                (measures[k], evidence[k], governed[k]) = (before, Evidence.Before, true);
            }
            else if (Predicate(words, phrases[k].End, countAt, k) is { } after)
            {
                (measures[k], evidence[k], predicated[k]) = (after, Evidence.After, true);
            }
            else if (phrases[k].HeadMeasure is { } head)
            {
                (measures[k], evidence[k]) = (head, Evidence.Head);
            }
        }

        // A count that is part of the one before it, repeats its pattern or shares its governing verb takes its measure.
        var previous = -1;
        for (var k = 0; k < n; k++)
        {
            if (dropped[k])
            {
                continue;
            }

            if (previous >= 0 && evidence[k] < Evidence.After && measures[previous] is { } earlier
                && (phrases[k].Anaphor || IsSubset(words, phrases[k].Start) || IsGap(words, counts[k], phrases[k], previous < k)
                    || (governed[previous] && Coordinated(words, phrases[previous].End, phrases[k].Start))))
            {
                (measures[k], evidence[k], governed[k]) = (earlier, Evidence.Inherited, governed[previous]);
            }

            previous = k;
        }

        // A count joined by "and" to the next one shares its predicate ("two officials and two guards were killed").
        for (var k = n - 2; k >= 0; k--)
        {
            var next = k + 1;
            if (!dropped[k] && !dropped[next] && evidence[k] < Evidence.Inherited && predicated[next] && Coordinated(words, phrases[k].End, phrases[next].Start))
            {
                (measures[k], evidence[k], predicated[k]) = (measures[next], Evidence.Inherited, true);
            }
        }

        var result = new (Measure, Qualifier)?[n];
        for (var k = 0; k < n; k++)
        {
            var phrase = phrases[k];
            var measure = measures[k] ?? (phrase.CountsPeople ? Measure.Other : null);
            var population = evidence[k] == Evidence.None && phrase.Start > 0 && words[phrase.Start - 1] is "'s" or "’s";
            var lone = counts[k].Value == 1 && evidence[k] is Evidence.None or Evidence.Head; // "one elderly man said"
            if (dropped[k] || measure is null || population || lone || (phrase.OneOf && !governed[k]))
            {
                continue;
            }

            result[k] = (measure.Value, phrase.Qualifier ?? (counts[k].Vague ? Qualifier.About : Qualifier.Exact));
        }

        return result;
    }

    /// <summary>A count's phrase: its qualifier, and the noun it counts ("23 of its soldiers", "30 heavily armed gunmen").</summary>
    private Phrase ReadPhrase(string[] words, List<Count> counts, int k, int[] countAt, WordFacts[] facts)
    {
        var count = counts[k];
        var (qualifier, qualifierLength) = QualifierBefore(words, count.First);
        var oneOf = count.Value == 1 && count.End < words.Length && words[count.End] == "of";
        var phrase = new Phrase(count.First - qualifierLength, count.End, qualifier, null, false, false, false, oneOf, -1);
        var j = count.End;
        if (j < words.Length && words[j] == "of")
        {
            j++;
            if (j < words.Length && Has(words[j], PhraseRole.Anaphor))
            {
                return phrase with { Anaphor = true, End = j + 1 };
            }

            while (j < words.Length && Has(words[j], PhraseRole.Lead) && words[j] != "of")
            {
                j++;
            }

            if (j < words.Length && countAt[j] >= 0 && counts[countAt[j]].First == j)
            {
                phrase.Total = countAt[j];
                j = counts[phrase.Total].End;
            }
        }

        Measure? participle = null;
        var participleAt = -1;
        for (var steps = 0; j < words.Length && steps < HeadReach; steps++, j++)
        {
            var word = words[j];
            if (lexicon.Measures.TryGetValue(word, out var entry) && entry.Position.HasFlag(MeasurePosition.Noun))
            {
                return phrase with { HeadMeasure = entry.Measure, CountsPeople = true, End = j + 1 };
            }

            if (IsPerson(words, facts, j))
            {
                var end = j + 1;
                while (end < words.Length && IsPerson(words, facts, end))
                {
                    end++;
                }

                if (end < words.Length && lexicon.Measures.TryGetValue(words[end], out var noun) && noun.Position.HasFlag(MeasurePosition.Noun))
                {
                    return phrase with { HeadMeasure = noun.Measure, CountsPeople = true, End = end + 1 }; // "Sudanese refugees"
                }

                // "rebel groups", "fighter planes": a people noun that only modifies a thing
                return end < words.Length && IsThing(words, facts, end) ? phrase with { Thing = true } : phrase with { HeadMeasure = participle, CountsPeople = true, End = end };
            }

            if (IsThing(words, facts, j) && !(j + 1 < words.Length && IsPerson(words, facts, j + 1)))
            {
                return phrase with { Thing = true }; // but "aid workers", "village guards" are people
            }

            if (_measureFirstWords.Contains(word) && participle is null && MeasureAt(words, j) is { Length: 1 } modifier && modifier.Entry.Position.HasFlag(MeasurePosition.After))
            {
                (participle, participleAt) = (modifier.Entry.Measure, j); // "thousands of displaced Lebanese", "10 detained Americans"
                continue;
            }

            if (countAt[j] >= 0 || facts[j].HasFlag(WordFacts.Time) || !char.IsLetter(word[0]) || ClauseBreaks.Contains(word) || word.EndsWith("ing", StringComparison.Ordinal)
                || (!facts[j].HasFlag(WordFacts.Capitalized) && (lexicon.Role(word) != PhraseRole.None || _measureFirstWords.Contains(word))))
            {
                break;
            }
        }

        // Modifiers that end at a measure or a linking word belong to the phrase: "tens of thousands of Kashmiri Pandits fled".
        return participleAt >= 0 ? phrase with { End = participleAt }
            : j < words.Length && IsPredicateStart(words[j]) ? phrase with { End = j }
            : phrase;
    }

    /// <summary>The measure of a word that governs the count: a verb or noun before it ("killing at least", "the release of all"), or a toll.</summary>
    private Measure? Governing(string[] words, WordFacts[] facts, int start)
    {
        var i = start - 1;
        var of = false;
        while (i >= 0 && Has(words[i], PhraseRole.Lead))
        {
            of |= words[i] == "of";
            i--;
        }

        if (i < 0)
        {
            return null;
        }

        if (Companions(words, start) is { } companions)
        {
            return companions;
        }

        if (MeasureEndingAt(words, i, MeasurePosition.Before) is { } before)
        {
            return before;
        }

        if (Has(words[i], PhraseRole.Toll))
        {
            for (var j = i - 1; j >= Math.Max(0, i - TollReach) && words[j] is not ("," or ";" or ":" or "."); j--)
            {
                if (MeasureEndingAt(words, j, MeasurePosition.Toll) is { } toll)
                {
                    return toll;
                }
            }
        }

        if (of)
        {
            for (var j = i; j >= Math.Max(0, i - OfReach) && !ClauseBreaks.Contains(words[j]); j--)
            {
                if (!facts[j].HasFlag(WordFacts.Capitalized) && MeasureEndingAt(words, j, MeasurePosition.Of) is { } noun) // not "the Stock Exchange index of 100"
                {
                    return noun;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The measure of the predicate of a count's phrase: a measure word right after it ("50 dead", "dozens reported dead") or after an
    /// auxiliary ("were killed", "have been freed", "were now refugees"), skipping asides ("15 people, including three peacekeepers,
    /// were killed"). A bare participle right after the phrase yields to a later predicate ("137 hostages kidnapped … have been freed").
    /// </summary>
    private Measure? Predicate(string[] words, int end, int[] countAt, int k)
    {
        Measure? bare = null;
        var adjacent = true;
        var afterAux = false;
        var sinceAux = int.MaxValue;
        for (var j = end; j < words.Length && j < end + PredicateReach; j++)
        {
            var word = words[j];
            if (AsideEnd(words, j) is { } close)
            {
                j = close;
                continue;
            }

            if (ClauseBreaks.Contains(word) || (countAt[j] >= 0 && countAt[j] != k) || (word == "and" && bare is not null))
            {
                break;
            }

            if (MeasureAt(words, j) is { } found)
            {
                var (measure, position) = found.Entry;
                if (position.HasFlag(MeasurePosition.After) && afterAux)
                {
                    return measure;
                }

                if (position.HasFlag(MeasurePosition.After) && adjacent)
                {
                    bare ??= measure;
                }
                else if (position.HasFlag(MeasurePosition.Noun) && sinceAux <= 3)
                {
                    return measure;
                }

                j += found.Length - 1;
                (adjacent, afterAux, sinceAux) = (false, false, int.MaxValue);
                continue;
            }

            if (sinceAux <= 3 && lexicon.PeopleNouns.Contains(word))
            {
                return Measure.Other; // "17 were former soldiers"
            }

            var role = lexicon.Role(word);
            if (role.HasFlag(PhraseRole.Aux))
            {
                (afterAux, sinceAux) = (true, 0);
            }
            else if (!role.HasFlag(PhraseRole.Link))
            {
                (adjacent, afterAux) = (false, false);
                sinceAux = sinceAux == int.MaxValue || ClauseBreaks.Contains(word) || role != PhraseRole.None ? int.MaxValue : sinceAux + 1;
            }
        }

        return bare;
    }

    /// <summary>Where an aside that starts at j ends: "( … )", "-- … --", ", including … ,"; null when none starts there.</summary>
    private int? AsideEnd(string[] words, int j)
    {
        var word = words[j];
        var closer = word switch
        {
            "(" => ")",
            "--" or "—" or "–" => word,
            "," when j + 1 < words.Length && Has(words[j + 1], PhraseRole.Aside) => ",",
            _ => null,
        };
        if (closer is null)
        {
            return null;
        }

        for (var i = j + 1; i < Math.Min(words.Length, j + AsideReach); i++)
        {
            if (words[i] == closer)
            {
                return i;
            }

            if (words[i] is ";" or ".")
            {
                break;
            }
        }

        return null;
    }

    /// <summary>"including five children", "among them three Americans".</summary>
    private bool IsSubset(string[] words, int start) =>
        (start > 0 && Has(words[start - 1], PhraseRole.Subset))
        || (start > 1 && Has(words[start - 1], PhraseRole.Anaphor) && Has(words[start - 2], PhraseRole.Subset));

    /// <summary>A bare count after a comma or "and", followed by a preposition, that repeats the count before it: "…, five in Sirnak and four in Hakkari".</summary>
    private bool IsGap(string[] words, Count count, Phrase phrase, bool hasPrevious) =>
        hasPrevious && phrase.Start > 0 && words[phrase.Start - 1] is "," or "and" && phrase.End == count.End
        && count.End < words.Length && Has(words[count.End], PhraseRole.Gap);

    /// <summary>Two count phrases joined by "and" or a comma, with at most two modifiers left over between: "230 Ukrainian and 248 Russian prisoners".</summary>
    private bool Coordinated(string[] words, int leftEnd, int rightStart)
    {
        var conjunction = rightStart - 1;
        if (conjunction < leftEnd || conjunction - leftEnd > 2 || words[conjunction] is not ("and" or ","))
        {
            return false;
        }

        for (var i = leftEnd; i < conjunction; i++)
        {
            if (!char.IsLetter(words[i][0]) || lexicon.Role(words[i]) != PhraseRole.None || _measureFirstWords.Contains(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private (Qualifier? Qualifier, int Length) QualifierBefore(string[] words, int first)
    {
        for (var length = Math.Min(lexicon.MaxQualifierWords, first); length >= 1; length--)
        {
            if (lexicon.Qualifiers.TryGetValue(string.Join(' ', words[(first - length)..first]), out var qualifier))
            {
                return (qualifier, length);
            }
        }

        return (null, 0);
    }

    private ((Measure Measure, MeasurePosition Position) Entry, int Length)? MeasureAt(string[] words, int start)
    {
        if (!_measureFirstWords.Contains(words[start]))
        {
            return null;
        }

        for (var length = Math.Min(lexicon.MaxMeasureWords, words.Length - start); length >= 1; length--)
        {
            if (lexicon.Measures.TryGetValue(length == 1 ? words[start] : string.Join(' ', words[start..(start + length)]), out var entry))
            {
                return (entry, length);
            }
        }

        return null;
    }

    /// <summary>
    /// "seized the ship in the Red Sea along with its 25 crew members", "killed the commander together with his four guards": a
    /// count after "along with" shares the measure of the verb whose object it accompanies, earlier in the clause.
    /// </summary>
    private Measure? Companions(string[] words, int start)
    {
        var j = start - 1;
        if (j >= 0 && words[j] is "its" or "their" or "his" or "her" or "the")
        {
            j--;
        }

        if (j < 1 || words[j] != "with" || words[j - 1] is not ("along" or "together"))
        {
            return null;
        }

        for (var k = j - 2; k >= Math.Max(0, j - 2 - CompanionReach) && !ClauseBreaks.Contains(words[k]); k--)
        {
            if (MeasureEndingAt(words, k, MeasurePosition.Before | MeasurePosition.With) is { } measure)
            {
                return measure;
            }
        }

        return null;
    }

    private Measure? MeasureEndingAt(string[] words, int last, MeasurePosition position)
    {
        if (!_measureLastWords.Contains(words[last]))
        {
            return null;
        }

        for (var length = Math.Min(lexicon.MaxMeasureWords, last + 1); length >= 1; length--)
        {
            if (lexicon.Measures.TryGetValue(length == 1 ? words[last] : string.Join(' ', words[(last - length + 1)..(last + 1)]), out var entry) && (entry.Position & position) != 0)
            {
                return entry.Measure;
            }
        }

        return null;
    }

    private bool IsPerson(string[] words, WordFacts[] facts, int i) => lexicon.PeopleNouns.Contains(words[i]) || facts[i].HasFlag(WordFacts.PeopleName);

    /// <summary>A thing counted ("buses", "km"); a capitalised word is part of a name ("Islamic State suspects"), never a thing.</summary>
    private bool IsThing(string[] words, WordFacts[] facts, int i) =>
        !facts[i].HasFlag(WordFacts.Capitalized) && (lexicon.NonPeopleUnits.Contains(words[i]) || NounLists.Things.Contains(words[i]));

    private bool IsPredicateStart(string word) => _measureFirstWords.Contains(word) || (lexicon.Role(word) & (PhraseRole.Aux | PhraseRole.Link)) != 0;

    private bool Has(string word, PhraseRole role) => (lexicon.Role(word) & role) != 0;

    /// <summary>A count with the words around it that belong to it.</summary>
    private record struct Phrase(int Start, int End, Qualifier? Qualifier, Measure? HeadMeasure, bool CountsPeople, bool Thing, bool Anaphor, bool OneOf, int Total);
}

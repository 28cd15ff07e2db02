using Sitrep.Extraction.Syntax;

namespace Sitrep.Extraction.Attributions;

/// <summary>
/// Finds the words that name who speaks before a reporting verb: the noun phrase right before it, read across a time
/// ("Armenia on Tuesday accused"), a relative pronoun ("Hezbollah, which denied"), a coordination ("Belgrade and
/// Moscow denied") and the body a head speaks for ("soldiers in Niger said", "diplomats briefed on the talks said").
/// </summary>
internal static class SpeakerPhrases
{
    /// <summary>The speaker phrases before the cue at word <paramref name="cue"/>: one, or each side of "A and B"; none when no phrase stands there.</summary>
    public static List<(int First, int End)> Before(string[] words, bool[] isTime, bool[] noBoundary, int cue, AttributionWords lists)
    {
        var end = cue;
        while (end > 0 && (isTime[end - 1] || words[end - 1] is "each" or "both" or "jointly"
            || (words[end - 1] is "on" or "late" or "early" or "earlier" or "in" && end < cue && isTime[end])))
        {
            end--;
        }

        if (end >= 2 && words[end - 1] is "which" or "who" && words[end - 2] == ",")
        {
            end -= 2;
        }

        // "Faik Nerweyi of the Kurdistan Democratic Party (KDP) told": an aside in brackets stands outside the name.
        if (end >= 3 && words[end - 1] == ")" && Array.LastIndexOf(words, "(", end - 2) is var open and > 0 && end - open <= 6)
        {
            end = open;
        }

        if (end > 0 && words[end - 1] == "," && SetOffSubject(words, noBoundary, end - 1, lists) is { } subject)
        {
            return [subject];
        }

        if (NounPhrases.Before(words, noBoundary, end, 0) is not { } head)
        {
            return [];
        }

        var phrase = Extend(words, noBoundary, head, lists);
        var before = Skip(words, phrase.First - 1);
        if (before >= 1 && words[before] == "and" && NounPhrases.Before(words, noBoundary, before, 0) is { } other && OpensClause(words, other.First))
        {
            return [other, phrase];
        }

        return [phrase];
    }

    /// <summary>The phrase that opens the sentence, the doer a coordinated or participial reporting verb shares ("X condemned … and said …", "X …, blaming Y").</summary>
    public static (int First, int End)? Opening(string[] words, bool[] isTime, bool[] noBoundary, AttributionWords lists)
    {
        // "On Thursday, Iraq accused Iran … and said …": a time that opens the sentence comes before its subject.
        var start = 0;
        while (start + 1 < words.Length && (isTime[start] || (words[start] is "on" or "in" or "late" or "early" or "earlier" && isTime[start + 1])))
        {
            start++;
        }

        if (start > 0 && words[start] == ",")
        {
            start++;
        }

        if (NounPhrases.After(words, noBoundary, start, words.Length) is not { } phrase || phrase.End >= words.Length || words[phrase.End] is "," or "and" or "or")
        {
            return null; // "On Monday, …", "Kyiv and Moscow …": not one plain subject
        }

        return lists.SpeakerLinks.Contains(words[phrase.End]) ? null : phrase;
    }

    /// <summary>"according to figures released by both sides": the producer of a document the claim cites.</summary>
    public static (int First, int End)? Producer(string[] words, bool[] noBoundary, (int First, int End) phrase, AttributionWords lists)
    {
        var k = phrase.End;
        if (!lists.SourceDocuments.Contains(words[phrase.End - 1]) || k >= words.Length)
        {
            return null;
        }

        if (words[k].EndsWith("ed", StringComparison.Ordinal) && k + 1 < words.Length && words[k + 1] == "by")
        {
            k++;
        }

        return words[k] is "by" or "from" ? NounPhrases.After(words, noBoundary, k + 1, words.Length) : null;
    }

    private static (int First, int End) Extend(string[] words, bool[] noBoundary, (int First, int End) phrase, AttributionWords lists)
    {
        for (var step = 0; step < 2; step++)
        {
            var k = Skip(words, phrase.First - 1);
            if (k <= 0)
            {
                break;
            }

            var ownerEnd = k >= 2 && lists.SpeakerModifiers.Contains($"{words[k - 2]} {words[k - 1]} {words[k]}") ? k - 2
                : lists.SpeakerModifiers.Contains($"{words[k - 1]} {words[k]}") ? k - 1
                : lists.SpeakerLinks.Contains(words[k]) ? k
                : -1;
            if (ownerEnd <= 0 || NounPhrases.Before(words, noBoundary, ownerEnd, 0) is not { } owner)
            {
                break;
            }

            phrase = (owner.First, phrase.End);
        }

        return phrase;
    }

    /// <summary>
    /// "The commander of the RSF, Mohamed Hamdan Dagalo, known as Hemeti, denied …": a subject that opens the sentence
    /// in comma-set pieces, each a noun phrase or a "known as" aside; the name among them, else its head phrase.
    /// </summary>
    private static (int First, int End)? SetOffSubject(string[] words, bool[] noBoundary, int comma, AttributionWords lists)
    {
        var pieces = new List<(int First, int End)>();
        var end = comma;
        for (var k = comma - 1; k >= -1; k--)
        {
            if (k == -1 || words[k] == ",")
            {
                pieces.Insert(0, (k + 1, end));
                end = k;
            }
        }

        if (pieces.Count is < 2 or > 4 || pieces.Exists(p => p.End <= p.First))
        {
            return null;
        }

        // The head is one noun phrase; each aside after it a "known as …" or a phrase that opens with a noun and holds no verb
        // ("spokesman for the Tutsi-dominated army"); anything else is a clause, not a subject.
        var opening = words[0] is "but" or "and" or "yet" or "meanwhile" ? 1 : 0; // "But Le Matin newspaper, quoting witnesses, said …"
        if (NounPhrases.Before(words, noBoundary, pieces[0].End, pieces[0].First) is not { } head || ArticlesBefore(words, Extend(words, noBoundary, head, lists).First, opening))
        {
            return null;
        }

        foreach (var piece in pieces.Skip(1))
        {
            var aside = words[piece.First] is "known" or "also" or "dubbed" or "nicknamed" or "called";
            var opens = NounPhrases.After(words, noBoundary, piece.First, piece.End) is { } start && !ArticlesBefore(words, start.First, piece.First)
                && !Array.Exists(words[piece.First..piece.End], w => w is "said" or "says" or "is" or "was" or "were" or "are" or "has" or "have" or "had" or "will" or "would");
            if (!aside && !opens)
            {
                return null;
            }
        }

        var name = pieces.Skip(1).FirstOrDefault(p => words[p.First] != "known" && Array.TrueForAll(words[p.First..p.End], w => w == "name"));
        return name.End > name.First ? name : (opening, pieces[0].End);
    }

    /// <summary>True when more than articles stand between <paramref name="from"/> and a phrase starting at <paramref name="first"/>.</summary>
    private static bool ArticlesBefore(string[] words, int first, int from)
    {
        while (first > from && words[first - 1] is "the" or "a" or "an")
        {
            first--;
        }

        return first != from;
    }

    /// <summary>The word before an article, or the word itself.</summary>
    private static int Skip(string[] words, int k)
    {
        while (k > 0 && words[k] is "the" or "a" or "an")
        {
            k--;
        }

        return k;
    }

    private static bool OpensClause(string[] words, int first)
    {
        var k = Skip(words, first - 1);
        return k < 0 || (k == 0 && words[0] is "the" or "a" or "an") || words[k] is "," or ";" or ":" or "and" or "but" or "while" or "\"" or "“"
            || (words[k] is "which" or "who" && k > 0 && words[k - 1] == ","); // "…, which Pyongyang and Moscow both denied"
    }
}

using System.Collections.Frozen;
using Sitrep.Extraction.Entities.Linking;
using Sitrep.Extraction.Syntax;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Events;

/// <summary>
/// A proper name introduced by the words that say what it is — a title, a role, a class of thing — which name the same
/// participant: "former prime minister Imran Khan", "Bosnian Serb leader Milorad Dodik", "Russia's state nuclear corporation
/// Rosatom", "the British ship Rubymar". The name is the participant; the words before it only describe it.
/// </summary>
internal static class TitledName
{
    private const int MaxChain = 6;

    private static readonly FrozenSet<string> NameClasses = NounLists.Load("lexicon/name-classes.txt");

    // Capitalised words that open an office's title without being one ("Prime Minister", "Foreign Minister").
    private static readonly FrozenSet<string> TitleOpeners = FrozenSet.ToFrozenSet(
        ["former", "prime", "foreign", "defence", "defense", "interior", "deputy", "vice", "acting", "supreme", "chief", "senior", "ex"], StringComparer.Ordinal);

    /// <summary>
    /// Where the describing words before the name starting at word <paramref name="first"/> begin (not before
    /// <paramref name="floor"/>); null unless a title, role or class noun stands right before the name.
    /// </summary>
    public static int? ChainStart(SentenceView view, int first, int floor)
    {
        if (first - 1 < floor || !IsClassNoun(view, first - 1))
        {
            return null;
        }

        var i = first - 1;
        while (i - 1 >= floor && first - i < MaxChain && IsChainWord(view, i - 1))
        {
            i--;
        }

        return i;
    }

    /// <summary>The name mention whose describing words start at or before mention <paramref name="k"/> ("Bosnian Serb | leader Milorad Dodik"), or null.</summary>
    public static int? After(SentenceView view, int k, int clauseEnd)
    {
        var (_, first, end) = view.Mentions[k];
        for (var j = k + 1; j < view.Mentions.Length; j++)
        {
            var (mention, nameFirst, _) = view.Mentions[j];
            if (nameFirst >= clauseEnd || nameFirst > end + MaxChain)
            {
                break;
            }

            // "the Russian landing ship Novocherkassk": a thing's name may also be a town's.
            if (nameFirst > end && (ArgumentFinder.IsActor(mention) || NounLists.Things.Contains(view.Word(nameFirst - 1))) && !ArgumentFinder.IsNested(view, j) && ChainStart(view, nameFirst, first) is { } start && start <= first)
            {
                return j;
            }
        }

        return null;
    }

    private static bool IsClassNoun(SentenceView view, int i)
    {
        var word = view.Word(i);
        return word.Length > 1 && char.IsLetter(word[0]) && !InMention(view, i)
            && (NounLists.People.Contains(word) || NounLists.Things.Contains(word) || NameClasses.Contains(word) || TitleLexicon.Default.RolesOf(word) is not null);
    }

    /// <summary>A word that may describe a name: a possessive, a word of a name (a nationality, an owner), a lower-case modifier or a title word.</summary>
    private static bool IsChainWord(SentenceView view, int i)
    {
        var word = view.Word(i);
        if (word is "'s" or "’s" || InMention(view, i))
        {
            return true;
        }

        if (word.Length == 0 || !char.IsLetter(word[0]) || NounPhrases.IsStopWord(word) || word is "the" or "a" or "an" or "said" or "says" || ObjectFinder.IsCountWord(view, i))
        {
            return false;
        }

        return !char.IsUpper(view.Text[view.Starts[i]]) || TitleOpeners.Contains(word) || IsClassNoun(view, i);
    }

    private static bool InMention(SentenceView view, int i)
    {
        foreach (var (_, first, end) in view.Mentions)
        {
            if (first <= i && i < end)
            {
                return true;
            }
        }

        return false;
    }
}

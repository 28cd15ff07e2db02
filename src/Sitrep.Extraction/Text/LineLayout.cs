namespace Sitrep.Extraction.Text;

/// <summary>Tests on whole lines: bullets, headline-like lines and lines cut mid-phrase by wrapping.</summary>
internal static class LineLayout
{
    private static readonly string[] ContinuationWords =
        ["the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from", "that", "which", "as", "its", "their", "his", "her"];

    public static bool IsBulletLine(ReadOnlySpan<char> line)
    {
        if (line.Length < 2)
        {
            return false;
        }

        if (CharClass.IsBulletChar(line[0]) && line[1] == ' ')
        {
            return true;
        }

        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ';
    }

    /// <summary>True when most words are capitalised, as in a headline ("Talks Collapse After Shelling of Port").</summary>
    public static bool IsTitleLike(ReadOnlySpan<char> line)
    {
        int words = 0, capitalised = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            if (word.Length == 0 || !char.IsLetter(word[0]))
            {
                continue;
            }

            words++;
            if (char.IsUpper(word[0]) || word.Length <= 3)
            {
                capitalised++;
            }
        }

        return words > 0 && capitalised * 10 >= words * 8;
    }

    /// <summary>True when a line ends with a comma, hyphen or a word that cannot end a phrase: wrapped text.</summary>
    public static bool EndsMidPhrase(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty)
        {
            return false;
        }

        if (line[^1] is ',' or '-' or '(' or ';')
        {
            return true;
        }

        var space = line.LastIndexOf(' ');
        var lastWord = space >= 0 ? line[(space + 1)..] : line;
        foreach (var word in ContinuationWords)
        {
            if (lastWord.Equals(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

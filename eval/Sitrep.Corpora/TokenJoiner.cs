using System.Text;

namespace Sitrep.Corpora;

/// <summary>Rebuilds running text from corpus tokens: single spaces, none before closing punctuation or after opening brackets.</summary>
/// <remarks>Also records each token's character span, so token-level gold labels map onto the rebuilt text.</remarks>
public static class TokenJoiner
{
    private static readonly HashSet<string> NoSpaceBefore = [".", ",", ":", ";", "!", "?", ")", "]", "}", "'", "”", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "%"];
    private static readonly HashSet<string> NoSpaceAfter = ["(", "[", "{", "“", "$"];

    /// <summary>Appends <paramref name="tokens"/> to <paramref name="builder"/>; returns each token's (start, end) in the builder.</summary>
    public static List<(int Start, int End)> Append(StringBuilder builder, IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(tokens);
        var spans = new List<(int, int)>(tokens.Count);
        string? previous = null;
        foreach (var token in tokens)
        {
            var attach = previous is null || NoSpaceBefore.Contains(token) || NoSpaceAfter.Contains(previous)
                || (token.StartsWith('\'') && token.Length <= 3 && char.IsLetter(token[^1]) && previous is not null && char.IsLetter(previous[^1]) && token != "'");
            if (!attach && builder.Length > 0 && builder[^1] != '\n')
            {
                builder.Append(' ');
            }

            spans.Add((builder.Length, builder.Length + token.Length));
            builder.Append(token);
            previous = token;
        }

        return spans;
    }

    public static string Join(IReadOnlyList<string> tokens)
    {
        var builder = new StringBuilder();
        Append(builder, tokens);
        return builder.ToString();
    }
}

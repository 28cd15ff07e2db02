using Sitrep.Core.Annotation;
using Sitrep.Corpora;
using Sitrep.Extraction.Entities.Recognition;

namespace Sitrep.Eval;

/// <summary>CoNLL-2003 sentences as recogniser training/evaluation items (IOB2 tags turned into BILOU).</summary>
internal static class ConllSentences
{
    public static List<TaggedDocument> Read(string sharedData, string split) =>
        [.. ConllCorpus.Read(Path.Combine(sharedData, "conll2003", split + ".txt"))
            .Select(document => new TaggedDocument([.. document.Sentences
                .Select(sentence => new TaggedSentence([.. sentence.Select(t => t.Word)], EntityTags.FromSpans(sentence.Count, Spans(sentence))))]))];

    public static IEnumerable<(int Start, int End, MentionType Type)> Spans(IReadOnlyList<ConllToken> sentence)
    {
        var start = -1;
        MentionType type = default;
        for (var i = 0; i <= sentence.Count; i++)
        {
            var tag = i < sentence.Count ? sentence[i].Tag : "O";
            var continues = tag.StartsWith("I-", StringComparison.Ordinal) && start >= 0 && TypeOf(tag[2..]) == type;
            if (start >= 0 && !continues)
            {
                yield return (start, i, type);
                start = -1;
            }

            if (tag != "O" && !continues)
            {
                start = i;
                type = TypeOf(tag[2..]);
            }
        }
    }

    private static MentionType TypeOf(string name) => name switch
    {
        "PER" => MentionType.Person,
        "ORG" => MentionType.Organization,
        "LOC" => MentionType.Location,
        "MISC" => MentionType.Misc,
        _ => throw new InvalidDataException($"unknown CoNLL entity type '{name}'"),
    };
}

using Sitrep.Core.Annotation;

namespace Sitrep.Extraction.Entities.Recognition;

/// <summary>BILOU tags over the mention types: 0 is outside; then Begin, Inside, Last, Unit for each type.</summary>
public static class EntityTags
{
    public const int Outside = 0;
    public const int TypeCount = 4;
    public const int Count = 1 + (TypeCount * 4);

    public static int Begin(MentionType type) => 1 + (((int)type - 1) * 4);

    public static int Inside(MentionType type) => Begin(type) + 1;

    public static int Last(MentionType type) => Begin(type) + 2;

    public static int Unit(MentionType type) => Begin(type) + 3;

    public static MentionType TypeOf(int tag) => (MentionType)(((tag - 1) / 4) + 1);

    /// <summary>0 begin, 1 inside, 2 last, 3 unit.</summary>
    public static int PositionOf(int tag) => (tag - 1) % 4;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (-1 for the sentence start) in a well-formed BILOU sequence.</summary>
    public static bool CanFollow(int previous, int next)
    {
        var previousOpen = previous > 0 && PositionOf(previous) is 0 or 1;
        if (next == Outside)
        {
            return !previousOpen;
        }

        var position = PositionOf(next);
        if (position is 0 or 3)
        {
            return !previousOpen;
        }

        return previousOpen && TypeOf(previous) == TypeOf(next);
    }

    /// <summary>Reads BILOU tags back into (first token, end token exclusive, type) spans.</summary>
    public static IEnumerable<(int Start, int End, MentionType Type)> Spans(IReadOnlyList<int> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var start = -1;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag == Outside)
            {
                start = -1;
                continue;
            }

            switch (PositionOf(tag))
            {
                case 3:
                    yield return (i, i + 1, TypeOf(tag));
                    start = -1;
                    break;
                case 0:
                    start = i;
                    break;
                case 2 when start >= 0:
                    yield return (start, i + 1, TypeOf(tag));
                    start = -1;
                    break;
            }
        }
    }

    /// <summary>BILOU tags for spans over <paramref name="length"/> tokens.</summary>
    public static int[] FromSpans(int length, IEnumerable<(int Start, int End, MentionType Type)> spans)
    {
        var tags = new int[length];
        foreach (var (start, end, type) in spans ?? [])
        {
            if (end - start == 1)
            {
                tags[start] = Unit(type);
                continue;
            }

            tags[start] = Begin(type);
            for (var i = start + 1; i < end - 1; i++)
            {
                tags[i] = Inside(type);
            }

            tags[end - 1] = Last(type);
        }

        return tags;
    }
}

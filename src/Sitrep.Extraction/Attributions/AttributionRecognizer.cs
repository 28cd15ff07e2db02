using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Annotation;
using Sitrep.Core.Data;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;
using Sitrep.Extraction.Entities.Linking;
using Sitrep.Extraction.Syntax;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Attributions;

/// <summary>
/// Finds reported speech and denials — "X said (that) …", "…, X said", "…, said X", "according to X, …", "X denied …" —
/// and records whose claim each stretch of a sentence is. The speaker is the noun phrase beside the reporting words:
/// the entity it names ("Israel's military" → Israel), else the phrase itself ("a legal source").
/// </summary>
public sealed class AttributionRecognizer : IAnnotator
{
    private static readonly System.Buffers.SearchValues<char> Punctuation = System.Buffers.SearchValues.Create(" ,.;:\"'“”‘’-—–()");

    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(["he", "she", "it", "they", "we", "i", "you", "who"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotSpeakers = FrozenSet.ToFrozenSet(["time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years", "exile"], StringComparer.Ordinal);

    private readonly FrozenDictionary<string, AttributionKind> _cues;
    private readonly int _maxCueWords;

    public AttributionRecognizer()
    {
        _cues = DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/attribution-cues.tsv")
            .Select(line => line.Split('\t'))
            .ToFrozenDictionary(cells => cells[0], cells => cells[1] == "denied" ? AttributionKind.Denied : AttributionKind.Said, StringComparer.Ordinal);
        _maxCueWords = _cues.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    public string Name => "attribution-recognizer";

    public IReadOnlyList<LayerKey> Requires => [Layers.Tokens, Layers.Sentences, Layers.Entities, Layers.Times];

    public IReadOnlyList<LayerKey> Produces => [Layers.Attributions];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = document.Get(Layers.Tokens);
        var entities = document.Get(Layers.Entities);
        var attributions = ImmutableArray.CreateBuilder<Attribution>();
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            cancellationToken.ThrowIfCancellationRequested();
            attributions.AddRange(InSentence(text, tokens, sentence, entities));
        }

        document.Add(Layers.Attributions, attributions.DrainToImmutable());
    }

    private List<Attribution> InSentence(string text, ImmutableArray<Token> tokens, Sentence sentence, ImmutableArray<EntityMention> entities)
    {
        var words = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(i => text.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant()).ToArray();
        var starts = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(i => tokens[i].Start).ToArray();
        var ends = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(i => tokens[i].End).ToArray();
        var noBoundary = new bool[words.Length];
        var found = new List<(int CueFirst, int CueEnd, ActorReference Speaker, int SpeakerFirst, int SpeakerEnd, AttributionKind Kind, bool SpeakerAfter)>();
        for (var i = 0; i < words.Length; i++)
        {
            for (var length = Math.Min(_maxCueWords, words.Length - i); length >= 1; length--)
            {
                var phrase = string.Join(' ', words[i..(i + length)]);
                if (!_cues.TryGetValue(phrase, out var kind))
                {
                    continue;
                }

                var cueEnd = i + length;
                var according = phrase == "according to";
                var before = according ? null : NounPhrases.Before(words, noBoundary, i, 0);
                var after = NounPhrases.After(words, noBoundary, cueEnd, words.Length);
                while (after is { } head && head.End < words.Length && words[head.End] == "of" && NounPhrases.After(words, noBoundary, head.End + 1, words.Length) is { } owner)
                {
                    after = (head.First, owner.End); // "informs head of Kherson OVA Oleksandr Prokudin"
                }

                if (before is { } b && Speaker(text, starts, ends, b, entities) is { } speakerBefore)
                {
                    found.Add((i, cueEnd, speakerBefore, b.First, b.End, kind, false));
                }
                else if (after is { } a && (according || ClauseEndsAfter(words, a.End)) && Speaker(text, starts, ends, a, entities) is { } speakerAfter)
                {
                    found.Add((i, cueEnd, speakerAfter, a.First, a.End, kind, true));
                }

                i = cueEnd - 1;
                break;
            }
        }

        var result = new List<Attribution>();
        for (var k = 0; k < found.Count; k++)
        {
            var (cueFirst, cueEnd, speaker, speakerFirst, speakerEnd, kind, speakerAfter) = found[k];
            var reportFirst = Math.Min(cueFirst, speakerFirst);
            var reportEnd = Math.Max(cueEnd, speakerEnd);
            var previousEnd = k == 0 ? 0 : Math.Max(found[k - 1].CueEnd, found[k - 1].SpeakerEnd);
            var nextStart = k + 1 < found.Count ? Math.Min(found[k + 1].CueFirst, found[k + 1].SpeakerFirst) : words.Length;

            // The claim is what the reporting clause frames: the words before it when it closes a clause ("…, X said",
            // "…, said X", "…, according to X"), else the words after it ("X said that …", "According to X, …").
            var lead = reportFirst - 1;
            while (lead > 0 && words[lead] is "the" or "a" or "an")
            {
                lead--;
            }

            // A speaker named before a cue that ends the sentence closes it too, however long the name ("…, Ukraine's human
            // rights commissioner Dmytro Lubinets said.").
            var closes = (lead >= 0 && words[lead] is "," or "\"" or "”" or "’" or "'" or "said") || (speakerAfter && words[cueFirst] != "according")
                || (!speakerAfter && reportFirst > 0 && words.Length - cueEnd <= 5 && !words.AsSpan(cueEnd).Contains("that") && (cueEnd >= words.Length || words[cueEnd] != ","));
            var (from, to) = closes || reportEnd >= nextStart ? (previousEnd, reportFirst) : (reportEnd, nextStart);
            if (to > from && HasWords(text, new TextSpan(starts[from], ends[to - 1])))
            {
                result.Add(new Attribution(new TextSpan(starts[from], ends[to - 1]), new TextSpan(starts[cueFirst], ends[cueEnd - 1]), speaker, kind));
            }
        }

        return result;
    }

    /// <summary>The speaker a phrase names: the entity mention in it, or the phrase itself; none for a pronoun.</summary>
    private static ActorReference? Speaker(string text, int[] starts, int[] ends, (int First, int End) phrase, ImmutableArray<EntityMention> entities)
    {
        var start = starts[phrase.First];
        var end = ends[phrase.End - 1];
        var inPhrase = entities.Where(e => e.Start < end && start < e.End).OrderByDescending(e => e.End - e.Start).FirstOrDefault();
        if (inPhrase.EntityId is not null)
        {
            return ActorReference.From(inPhrase) with { Start = Math.Min(start, inPhrase.Start), End = Math.Max(end, inPhrase.End) };
        }

        var words = text[start..end];
        if (Pronouns.Contains(words.ToLowerInvariant()) || NotSpeakers.Contains(words[(words.LastIndexOf(' ') + 1)..].ToLowerInvariant()))
        {
            return null; // "he said", "for the first time said", "a group in exile said": no one named by these words
        }

        return new ActorReference(start, end, NewEntityIds.For(EntityType.Other, words), words, EntityType.Other, null, null);
    }

    /// <summary>True when nothing but a time or the sentence's end follows an inverted speaker ("…, said the ministry on Monday.").</summary>
    private static bool ClauseEndsAfter(string[] words, int end) =>
        end >= words.Length || words[end] is "." or "," or ";" or "on" or "in" or "late" or "earlier" or "\"" or "”" or "!" or "?";

    private static bool HasWords(string text, TextSpan span) =>
        span.Length > 3 && text.AsSpan(span.Start, span.Length).ContainsAnyExcept(Punctuation);
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Annotation;
using Sitrep.Core.Data;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;
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

    private const string NameWord = "name";

    private readonly FrozenDictionary<string, CueKind> _cues;
    private readonly int _maxCueWords;
    private readonly AttributionWords _lists = AttributionWords.Default;

    public AttributionRecognizer()
    {
        _cues = DataFileReader.ReadLines(typeof(KnowledgeBase).Assembly, "lexicon/attribution-cues.tsv")
            .Select(line => line.Split('\t'))
            .ToFrozenDictionary(cells => cells[0], cells => cells[1] switch { "denied" => CueKind.Denied, "accused" => CueKind.Accused, "said-after" => CueKind.SaidAfter, _ => CueKind.Said }, StringComparer.Ordinal);
        _maxCueWords = _cues.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>How a cue frames its claim: reported speech, a denial, or a charge laid on someone ("accused Y of …").</summary>
    private enum CueKind
    {
        Said,
        Denied,
        Accused,
        SaidAfter,
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
        var times = document.Get(Layers.Times);
        var attributions = ImmutableArray.CreateBuilder<Attribution>();
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            cancellationToken.ThrowIfCancellationRequested();
            attributions.AddRange(InSentence(text, tokens, sentence, entities, times));
        }

        document.Add(Layers.Attributions, attributions.DrainToImmutable());
    }

    private List<Attribution> InSentence(string text, ImmutableArray<Token> tokens, Sentence sentence, ImmutableArray<EntityMention> entities, ImmutableArray<TimeExpression> times)
    {
        // A capitalised word of a name is a noun whatever its ending ("Beijing", "Said Ahmed"): it reads as a placeholder.
        var names = entities.Where(e => e.Start >= sentence.Start && e.End <= sentence.End).ToList();
        var words = Enumerable.Range(sentence.FirstToken, sentence.TokenCount)
            .Select(i => char.IsUpper(text[tokens[i].Start]) && names.Exists(e => e.Start <= tokens[i].Start && tokens[i].End <= e.End) ? NameWord : text.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant())
            .ToArray();
        var starts = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(i => tokens[i].Start).ToArray();
        var ends = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(i => tokens[i].End).ToArray();
        var noBoundary = new bool[words.Length];
        var sentenceTimes = times.Where(t => sentence.Span.Contains(t.Span)).ToList();
        var isTime = Enumerable.Range(0, words.Length).Select(i => sentenceTimes.Exists(t => t.Start <= starts[i] && ends[i] <= t.End)).ToArray();
        var found = new List<Report>();
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
                if (FindSpeakers(text, starts, ends, words, isTime, noBoundary, entities, i, cueEnd, kind, phrase == "according to", found.Count > 0 ? found[^1] : null) is { } report)
                {
                    found.Add(report);
                }

                i = cueEnd - 1;
                break;
            }
        }

        var result = new List<Attribution>();
        var closedEnd = 0;
        (TextSpan Claim, TextSpan Cue, int Report)? told = null;
        for (var k = 0; k < found.Count; k++)
        {
            var report = found[k];
            var nextStart = k + 1 < found.Count ? Math.Min(found[k + 1].CueFirst, found[k + 1].SpeakerFirst) : words.Length;
            var (from, to, closes) = ClaimOf(words, isTime, noBoundary, report, closedEnd, nextStart);
            if (closes)
            {
                closedEnd = Math.Max(report.CueEnd, report.SpeakerEnd);
            }

            var claim = to > from && HasWords(text, new TextSpan(starts[from], ends[to - 1])) ? new TextSpan(starts[from], ends[to - 1])
                : report.Kind == CueKind.Denied ? new TextSpan(starts[report.CueFirst], ends[report.CueEnd - 1]) : (TextSpan?)null;
            if (claim is { } span)
            {
                var kind = report.Kind == CueKind.Denied ? AttributionKind.Denied : AttributionKind.Said;
                result.AddRange(report.Speakers.Select(speaker => new Attribution(span, new TextSpan(starts[report.CueFirst], ends[report.CueEnd - 1]), speaker, kind)));
                told = (span, new TextSpan(starts[report.CueFirst], ends[report.CueEnd - 1]), k);
            }
            else if (report.SpeakerShared && told is { } before && before.Report == k - 1 && before.Claim.End <= starts[found[k - 1].CueFirst]
                && report.CueFirst > 0 && words[report.CueFirst - 1] == "as" && words[found[k - 1].CueFirst] is "quoted" or "quoting")
            {
                // "…, the agency quoted the governor's office as saying.": the one quoted, not the one quoting, speaks the claim before.
                result.RemoveAll(a => a.Claim == before.Claim && a.Cue == before.Cue);
                result.AddRange(report.Speakers.Select(speaker => new Attribution(before.Claim, before.Cue, speaker, AttributionKind.Said)));
            }
        }

        return result;
    }

    /// <summary>
    /// The words a report frames, [From, To): those before it when it closes a clause ("…, X said", "…, said X", "…,
    /// according to X"), back to the last report that closed one (a report inside is part of the claim: "X accused Y of
    /// …, the agency reported"), else those after it ("X said that …", "According to X, …", "X denied …").
    /// </summary>
    private (int From, int To, bool Closes) ClaimOf(string[] words, bool[] isTime, bool[] noBoundary, Report report, int closedEnd, int nextStart)
    {
        var reportFirst = Math.Min(report.CueFirst, report.SpeakerFirst);
        var reportEnd = Math.Max(report.CueEnd, report.SpeakerEnd);

        // A semicolon closes a reported clause ("Kyiv says Russia deported children; Moscow denies …"), and so does the
        // comma after a relative clause ("Iran, which denies the allegations, urged …").
        var previousEnd = Math.Max(closedEnd, Array.LastIndexOf(words, ";", Math.Max(0, reportFirst - 1), Math.Max(0, reportFirst - closedEnd)) + 1);
        var relative = report.CueFirst >= 2 && words[report.CueFirst - 1] is "which" or "who" && words[report.CueFirst - 2] == ",";
        var stop = Array.FindIndex(words, reportEnd, Math.Max(0, nextStart - reportEnd), w => w == ";" || (relative && w == ","));
        nextStart = stop >= 0 ? stop + 1 : nextStart;

        var lead = reportFirst - 1;
        while (lead > 0 && words[lead] is "the" or "a" or "an")
        {
            lead--;
        }

        // A speaker named before a cue that ends the sentence closes it too, however long the name ("…, Ukraine's human
        // rights commissioner Dmytro Lubinets said.").
        // A relative speaker ("…, who told officers that …") and a content clause after the cue ("In Grozny, Shkirko told
        // Interfax he was …") open a claim of their own whatever stands before them.
        var closes = report.Kind is CueKind.Said or CueKind.SaidAfter && !report.SpeakerShared && !relative
            && ((lead >= 0 && words[lead] is "," or "\"" or "”" or "’" or "'" or "said" && !OpensContent(words, noBoundary, report.CueFirst, report.CueEnd, nextStart))
                || (report.SpeakerAfter && words[report.CueFirst] != "according")
                || (!report.SpeakerAfter && reportFirst > 0 && IsSettingOnly(words, isTime, noBoundary, report.CueFirst, report.CueEnd, nextStart)));
        if (closes || reportEnd >= nextStart)
        {
            return (previousEnd, reportFirst, true);
        }

        // "Moscow denied it", "… dismissed the reports": a denial that names no act answers the claim before it.
        if (report.Kind == CueKind.Denied && !report.SpeakerAfter && DenialObject(words, isTime, report.CueEnd, nextStart) is var (objectFirst, objectEnd))
        {
            return (objectFirst, objectEnd, false);
        }

        // A reported clause ends where the reporter goes on in its own voice ("…, although gunfire echoed"), and what a
        // denial denies where the sentence tells what happened around it ("denied firing first after guards exchanged fire").
        var limit = Array.FindIndex(words, reportEnd, nextStart - reportEnd, w => _lists.ClaimLimits.Contains(w) || (report.Kind == CueKind.Denied && _lists.DenialLimits.Contains(w)));
        return (reportEnd, limit > reportEnd ? limit : nextStart, false);
    }

    /// <summary>Who speaks through the cue at [<paramref name="cueFirst"/>, <paramref name="cueEnd"/>), or null when no one is named.</summary>
    private Report? FindSpeakers(string text, int[] starts, int[] ends, string[] words, bool[] isTime, bool[] noBoundary, ImmutableArray<EntityMention> entities, int cueFirst, int cueEnd, CueKind kind, bool according, Report? previous)
    {
        // "Russia and Ukraine blamed each other for …": neither side's claim is the one told; "men accused of spying",
        // "the accused in the case": a charge laid by no one named.
        var passive = kind == CueKind.Accused && (cueEnd >= words.Length || words[cueEnd] is "of" or "in" or "over" or "by" or ",");
        var reciprocal = cueEnd + 1 < words.Length && ((words[cueEnd] == "each" && words[cueEnd + 1] == "other") || (words[cueEnd] == "one" && words[cueEnd + 1] == "another"));
        if (passive || reciprocal)
        {
            return null;
        }

        // "the arrests were announced", "it is reported": a passive reporting verb names no speaker before it ("X was quoted as saying" does).
        var passiveSpeech = cueFirst > 0 && words[cueFirst - 1] is "was" or "were" or "is" or "are" or "been" or "be" or "being" && words[cueFirst] != "quoted";
        if (!according && kind != CueKind.SaidAfter && !passiveSpeech)
        {
            var phrases = SpeakerPhrases.Before(words, isTime, noBoundary, cueFirst, _lists);
            var speakers = phrases.Select(p => SpeakerReferences.Of(text, starts, ends, p, entities)).ToList();
            // Coordinated speakers each speak when each is named ("Belgrade and Moscow"), not "an official and critic of X".
            if (phrases.Count > 1 && !phrases.TrueForAll(p => char.IsUpper(text[starts[p.First]])))
            {
                (phrases, speakers) = ([phrases[^1]], [speakers[^1]]);
            }

            if (phrases.Count > 0 && speakers.TrueForAll(s => s is not null))
            {
                return new Report(cueFirst, cueEnd, [.. speakers.Select(s => s!)], phrases[0].First, phrases[^1].End, kind, false);
            }
        }

        var after = NounPhrases.After(words, noBoundary, cueEnd, words.Length);
        while (after is { } head && head.End < words.Length && words[head.End] == "of" && NounPhrases.After(words, noBoundary, head.End + 1, words.Length) is { } owner)
        {
            after = (head.First, owner.End); // "informs head of Kherson OVA Oleksandr Prokudin"
        }

        while (after is { } named && named.End < words.Length && words[named.End] == NameWord && words[named.End - 1] == NameWord)
        {
            after = (named.First, named.End + 1); // a long name goes on past the phrase's usual length
        }

        if (according && after is { } cited && SpeakerPhrases.Producer(words, noBoundary, cited, _lists) is { } producer)
        {
            after = (cited.First, producer.End);
            if (SpeakerReferences.Of(text, starts, ends, producer, entities) is { } maker)
            {
                return new Report(cueFirst, cueEnd, [maker], cited.First, producer.End, kind, true);
            }
        }

        // "…, denounced the Ombudsman's Office.": an inverted-only cue needs the comma before it and the sentence's end after its speaker.
        // "…, informs head of the administration X": the inverted order; "told the daily La Corse" names a hearer, never a speaker.
        var inverted = words[cueFirst] is not ("told" or "tells") && (kind != CueKind.SaidAfter || (words[cueFirst - 1] == "," && after is { } last && (last.End >= words.Length || words[last.End] is "." or ";")));
        if (kind != CueKind.Accused && inverted && after is { } a && (according || ClauseEndsAfter(words, a.End)) && SpeakerReferences.Of(text, starts, ends, a, entities) is { } speakerAfter)
        {
            return new Report(cueFirst, cueEnd, [speakerAfter], a.First, a.End, kind, true);
        }

        // "Radio Red quoted local police as saying …": the one quoted speaks the claim.
        if (cueFirst > 0 && words[cueFirst - 1] == "as" && previous is not null && words[previous.CueFirst] is "quoted" or "quoting"
            && NounPhrases.After(words, noBoundary, previous.CueEnd, cueFirst) is { } quoted && SpeakerReferences.Of(text, starts, ends, quoted, entities) is { } source)
        {
            return new Report(cueFirst, cueEnd, [source], cueFirst, cueFirst, kind, false, true);
        }

        // "X condemned the drills and said …", "X suspended talks, blaming Y for …": the verb shares the sentence's subject,
        // or the speaker of the report it is joined to ("X denied …, and accused Y of …").
        if (!according && kind != CueKind.SaidAfter && cueFirst > 0 && (words[cueFirst - 1] == "and" || (words[cueFirst - 1] == "," && words[cueFirst].EndsWith("ing", StringComparison.Ordinal))))
        {
            if (previous is { SpeakerAfter: false } joined && words[cueFirst - 1] == "and" && joined.CueEnd < cueFirst - 1)
            {
                return new Report(cueFirst, cueEnd, joined.Speakers, cueFirst, cueFirst, kind, false, true);
            }

            if (SpeakerPhrases.Opening(words, isTime, noBoundary, _lists) is { } opening && opening.End < cueFirst && SpeakerReferences.Of(text, starts, ends, opening, entities) is { } subject)
            {
                return new Report(cueFirst, cueEnd, [subject], cueFirst, cueFirst, kind, false, true);
            }
        }

        return null;
    }

    /// <summary>True when a content clause follows the cue, past its hearer: "that …", or a pronoun subject ("told Interfax he was …").</summary>
    private static bool OpensContent(string[] words, bool[] noBoundary, int cueFirst, int cueEnd, int end)
    {
        var j = cueEnd;
        if (words[cueFirst] is "told" or "tells" && NounPhrases.After(words, noBoundary, j, end) is { } hearer)
        {
            j = hearer.End;
        }

        return j < end && words[j] is "that" or "he" or "she" or "it" or "they" or "we";
    }

    /// <summary>True when only a time, a setting ("in a statement") or a hearer ("told reporters") follows the cue before the claim's end.</summary>
    private bool IsSettingOnly(string[] words, bool[] isTime, bool[] noBoundary, int cueFirst, int cueEnd, int end)
    {
        var j = cueEnd;
        if (words[cueFirst] is "told" or "tells" && NounPhrases.After(words, noBoundary, j, end) is { } hearer)
        {
            j = hearer.End;
        }

        for (; j < end; j++)
        {
            if (!isTime[j] && !_lists.Settings.Contains(words[j]) && char.IsLetterOrDigit(words[j][0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words a denial points back with ("it", "the reports"), or the bare cue's end when nothing but a time follows; null when it names an act.</summary>
    private (int First, int End)? DenialObject(string[] words, bool[] isTime, int cueEnd, int end)
    {
        var comma = Array.IndexOf(words, ",", cueEnd, end - cueEnd);
        var last = comma >= 0 ? comma : end;
        while (last > cueEnd && (!char.IsLetterOrDigit(words[last - 1][0]) || isTime[last - 1] || words[last - 1] is "on" or "late" or "earlier"))
        {
            last--;
        }

        if (last == cueEnd)
        {
            return (cueEnd, cueEnd);
        }

        return _lists.DenialObjects.Contains(string.Join(' ', words[cueEnd..last])) ? (cueEnd, last) : null;
    }

    /// <summary>True when nothing but a time or the sentence's end follows an inverted speaker ("…, said the ministry on Monday.").</summary>
    private static bool ClauseEndsAfter(string[] words, int end) =>
        end >= words.Length || words[end] is "." or "," or ";" or "on" or "in" or "late" or "earlier" or "\"" or "”" or "!" or "?";

    private static bool HasWords(string text, TextSpan span) =>
        span.Length > 3 && text.AsSpan(span.Start, span.Length).ContainsAnyExcept(Punctuation);

    /// <summary>A reporting clause: its cue, its speakers (one, or each of coordinated ones) and the words they stand on.</summary>
    /// <param name="SpeakerShared">The speaker is the sentence's subject, shared by a coordinated or participial cue: its claim follows it.</param>
    private sealed record Report(int CueFirst, int CueEnd, ActorReference[] Speakers, int SpeakerFirst, int SpeakerEnd, CueKind Kind, bool SpeakerAfter, bool SpeakerShared = false);
}

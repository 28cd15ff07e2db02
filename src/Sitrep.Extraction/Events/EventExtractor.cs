using System.Collections.Immutable;
using Sitrep.Core.Annotation;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;


namespace Sitrep.Extraction.Events;

/// <summary>
/// Reads events sentence by sentence: triggers from the lexicon (verbal and nominal), participants from the entity
/// mentions of the clause, the date from its time expressions, polarity from negation, condition and denial, and the
/// claimant from reported speech. Requests, threats, promises and refusals are events; what they ask, threaten,
/// promise or refuse is not coded again. A denial with no event of its own ("Moscow denied it") denies the claim it answers.
/// </summary>
public sealed class EventExtractor(TriggerLexicon lexicon) : IAnnotator
{
    private readonly TriggerMatcher _matcher = new(lexicon);
    private readonly TriggerLexicon _lexicon = lexicon;

    public EventExtractor()
        : this(TriggerLexicon.Default)
    {
    }

    public string Name => "event-extractor";

    public IReadOnlyList<LayerKey> Requires => [Layers.Tokens, Layers.Sentences, Layers.Entities, Layers.Times, Layers.Attributions, Layers.Quantities];

    public IReadOnlyList<LayerKey> Produces => [Layers.Events];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = document.Get(Layers.Tokens);
        var entities = document.Get(Layers.Entities);
        var times = document.Get(Layers.Times);
        var attributions = document.Get(Layers.Attributions);
        var quantities = document.Get(Layers.Quantities);
        var events = new List<EventMention>();
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var inSentence = attributions.Where(a => sentence.Span.Contains(a.Cue)).ToList();
            // A participle cue ("…, saying …", "…, blaming …") goes on with its clause rather than opening one.
            var clauseCues = inSentence.Where(a => !text.AsSpan(a.Cue.Start, a.Cue.Length).EndsWith("ing", StringComparison.Ordinal));
            var view = new SentenceView(text, tokens, sentence, entities, clauseCues.Select(a => new TextRange(a.Cue.Start, a.Cue.End)));
            var found = InSentence(view, times, inSentence);
            found.AddRange(AnsweringDenials(view, inSentence, events, found));
            found.AddRange([.. DeniedActs.ClaimsAnswered(view, inSentence, found)]);
            found.AddRange([.. DeniedActs.Refuted(view, inSentence, events)]);
            found.AddRange([.. DeniedActs.DeniedStrikes(view, inSentence, found)]);
            found = DeniedActs.WithAnsweredMode(view, found, events);

            events.AddRange(EventLinks.LinkQuantities(found, quantities, sentence));
        }

        document.Add(Layers.Events, [.. EventLinks.LinkContradictions(events)]);
    }

    private List<EventMention> InSentence(SentenceView view, ImmutableArray<TimeExpression> times, List<Attribution> attributions)
    {
        var matches = _matcher.Find(view.Words);
        matches = TriggerFilters.Suppress(view, PresupposedActs.JoinUndated(view, [.. matches.Where(m => !TriggerFilters.InsideNameOrDate(view, m, times))], times), times);
        matches = MeetingSettings.WithoutRetellings(view, matches);
        matches = ElidedRepeats.Add(view, matches);
        matches = TakingEffect.Add(view, matches, _lexicon);
        var events = new List<EventMention>();
        (ActorReference Source, ActorReference Target)? lastMutual = null;
        foreach (var match in matches)
        {
            var nominal = match.Pattern.IsNominal;
            var arguments = ArgumentFinder.Find(view, match, nominal);

            // "… pounded southern Lebanon, and the ministry said 492 people were killed": a death word with no killer,
            // next to an attack, is that attack's toll; "floods killed 4,000", "an earthquake struck": no one attacked.
            // "At least 185 people had been killed": a count of dead with no killer and no named victim ("people" is only what is counted)
            // is a toll (a quantity), not an attack.
            if (match.Pattern.Type == EventType.Assault && arguments.Sources is [null]
                && ((match.Pattern.Killing && ((arguments.Targets.All(t => t is null || t.Type == EntityType.Other) && TriggerFilters.IsBareToll(view, match.First)) || matches.Any(m => m.Pattern.Type == EventType.Assault && !m.Pattern.Killing && m.End <= match.First)))
                    || Hazards.Before(view, match.First)))
            {
                continue;
            }

            var trigger = new TextSpan(view.Starts[match.First], view.Ends[match.End - 1]);
            var date = EventDates.DateOf(view, match, times);
            var ownTime = date is not null && NamedOnly.HasOwnTime(view, match, times);
            var polarity = PolarityReader.Read(view, match);
            var claims = ClaimsOver(attributions, trigger);

            // "New Delhi denied that any request was made and rejected mediation": an act joined by "and" to a report or
            // denial may be the speaker's own next act, not part of what it reports.
            var framing = claims.Count > 0 ? claims : SpeakerActs.Ended(attributions, trigger);
            var speakers = framing is [{ } frame, ..] && SpeakerActs.Continues(view, match, frame, nominal) ? framing.Select(c => (ActorReference?)c.Speaker).ToList()
                : ContextSubjects.SpeechSetting(view, match, attributions) is { } host ? [host] : null;
            if (speakers is not null)
            {
                claims = [];
            }

            var claim = claims.FirstOrDefault();
            if (claim?.Kind == AttributionKind.Denied)
            {
                polarity = Polarity.Denied;
            }

            if (PresupposedActs.IsKnownAct(view, match, matches, times))
            {
                (claims, polarity) = ([], Polarity.Asserted);
            }

            arguments = speakers is not null ? arguments with { Sources = speakers }
                : ContextSubjects.Complete(view, match, nominal, SubjectFromContext(view, match, arguments, claims, events), claims, attributions, events);
            if (nominal && BlameRelatives.Find(view, match, events) is var (claimant, doer))
            {
                // "the shelling of Jermuk, which it blamed on Azerbaijani forces": claimed by the one who lays it on its doer.
                claims = claimant is null || claims.Count > 0 ? claims : [new Attribution(view.Sentence.Span, trigger, claimant, AttributionKind.Said)];
                arguments = arguments.Sources is [null] && doer is not null ? arguments with { Sources = [doer] } : arguments;
            }

            var pattern = match.Pattern;
            var (type, cameo) = pattern.OnGround is { } ground && TakesGround(view, match, arguments) ? ground : (pattern.Type, pattern.Cameo);
            var mode = pattern.OnGround is not null && type != pattern.Type ? null : pattern.Mode ?? (type == EventType.Assault ? WeaponModes.In(view.Words, view.ClauseStart(match.First), view.ClauseEnd(match.End)) : null);
            if (type == EventType.Coerce && ModeClues.AirRaid(view, match) is { } airborne)
            {
                (type, cameo, mode) = (EventType.Assault, "195", airborne);
            }

            if (pattern.Mutual && arguments.Sources.Count == 2 && arguments.Targets is [null])
            {
                arguments = arguments with { Sources = [arguments.Sources[0]], Targets = [arguments.Sources[1]] };
            }
            else if (pattern.Mutual && arguments.Targets is [null] && PronounPairs.NamedPartner(view, arguments.Sources) is { } partner)
            {
                arguments = arguments with { Sources = [null], Targets = [partner] };
            }

            // "Pakistan and Afghanistan agreed to a ceasefire during talks in Doha", "held talks but failed to reach an agreement":
            // a mutual act that names no side is between the two sides of the mutual act before it in the sentence.
            if (pattern.Mutual && pattern.Type != EventType.Assault && arguments.Sources is [null] && arguments.Targets is [null] && lastMutual is { } sides)
            {
                arguments = arguments with { Sources = [sides.Source], Targets = [sides.Target] };
            }

            if (pattern.Mutual && pattern.Type != EventType.Assault && arguments.Sources is [null] && arguments.Targets is [null] && MeetingSettings.SidesOfSettingAfter(view, match, matches) is { } setting)
            {
                arguments = arguments with { Sources = [setting.Source], Targets = [setting.Target] };
            }

            if (pattern.Mutual && arguments.Sources is [{ } one] && arguments.Targets is [{ } other])
            {
                lastMutual = (one, other);
            }

            foreach (var source in arguments.Sources)
            {
                foreach (var target in arguments.Targets)
                {
                    if (source is not null && target is not null && source.EntityId == target.EntityId && source.Start == target.Start)
                    {
                        continue;
                    }

                    if (nominal && source is null && target is null && arguments.Place is null && TriggerFilters.IsBackground(view, match, date is not null, ownTime || NamedOnly.HasDoerPhrase(view, match)) && !StandingEvents.IsStanding(view, match, matches, times))
                    {
                        continue;
                    }

                    if (source is null && !ownTime
                        && ((target is null && arguments.Place is null && NamedOnly.IsSetting(view, match, times)) || (nominal && NamedOnly.IsTopicOfAccusation(view, match, matches))))
                    {
                        continue;
                    }

                    // "brokered a ceasefire", "breaking the truce", "part of the peace deal": an agreement named with no party to it
                    // is what another clause talks about; the act of agreeing or declaring it is coded where it happens.
                    if (nominal && match.End - match.First <= 2 && pattern.Type is EventType.Retreat or EventType.Agree && source is null && target is null)
                    {
                        continue;
                    }

                    // "Islamabad …, saying its troops had not opened fire": a party that says it did not do something denies it.
                    foreach (var speaker in SpeakersFor(claims, source))
                    {
                        var own = polarity == Polarity.Negated && source is not null && speaker is not null && source.Start == speaker.Start && source.End == speaker.End ? Polarity.Denied : polarity;
                        var (how, code) = type == EventType.Assault && (pattern.Killing || mode == "firearms") && (mode is null or "firearms") && ModeClues.KillsOfficeHolder(view, target) ? ("targeted", "186") : (mode, cameo);
                        events.Add(new EventMention(type, how, code, trigger, AcronymSpans.Widen(view.Text, source), AcronymSpans.Widen(view.Text, target), arguments.Place, date, own,
                            AcronymSpans.Widen(view.Text, speaker), view.Sentence.Span));
                    }
                }
            }
        }

        return EventLinks.Deduplicate(events);
    }

    /// <summary>
    /// The claims a trigger stands in: the narrowest stretch of reported speech holding it, once for each speaker of it
    /// ("Belgrade and Moscow denied …"); empty when it is no one's claim.
    /// </summary>
    private static List<Attribution> ClaimsOver(List<Attribution> attributions, TextSpan trigger)
    {
        var holding = attributions.Where(a => a.Claim != a.Cue && a.Claim.Contains(trigger)).ToList();
        var narrowest = holding.MinBy(a => a.Claim.Length);
        return [.. holding.Where(a => a.Claim == narrowest!.Claim && a.Cue == narrowest.Cue)];
    }

    /// <summary>Who claims the act of <paramref name="source"/>: the speaker who is that source ("Italy and Germany said they …"), else each speaker.</summary>
    private static IEnumerable<ActorReference?> SpeakersFor(List<Attribution> claims, ActorReference? source) =>
        claims.Count == 0 ? [null]
        : source is not null && claims.Exists(c => c.Speaker.Start == source.Start && c.Speaker.End == source.End) ? [source]
        : claims.Select(c => (ActorReference?)c.Speaker);

    /// <summary>"seized the town of Lalibela", "captured Bakhmut", "seized a military base": the object is ground, not people or goods.</summary>
    private static bool TakesGround(SentenceView view, TriggerMatch match, EventArguments arguments)
    {
        if (arguments.Targets is [{ } target])
        {
            var head = target.Name[(target.Name.LastIndexOf(' ') + 1)..].ToLowerInvariant();
            return target.Type is EntityType.Place || Text.NounLists.Ground.Contains(head)
                || view.Mentions.Any(m => m.Mention.Type is EntityType.Place && m.Mention.Start < target.End && target.Start < m.Mention.End);
        }

        var next = match.End;
        while (view.Word(next) is "the" or "a" or "an" or "control" or "of" or "full" or "back")
        {
            next++;
        }

        return view.Mentions.Any(m => m.First == next && m.Mention.Type is EntityType.Place or EntityType.Country);
    }

    /// <summary>
    /// The doer a clause names only through context: "M23 said they had captured Goma" (a pronoun subject under a claim is the
    /// claimant), "troops killed nine and detained dozens" (a verb joined by "and" shares the first verb's subject).
    /// </summary>
    private static EventArguments SubjectFromContext(SentenceView view, TriggerMatch match, EventArguments arguments, List<Attribution> claims, List<EventMention> earlier)
    {
        var claim = claims.FirstOrDefault();
        if (match.Pattern.IsNominal || TriggerMatcher.IsPassive(view.Words, match.First))
        {
            return arguments;
        }

        var before = match.First - 1;
        while (before > 0 && view.Word(before) is "had" or "has" or "have" or "would" or "will" or "could" or "might" or "may" or "also" or "then" or "later" or "already" or "not" or "never" or "were" or "was" or "are" or "is")
        {
            before--;
        }

        // Only a speaker named before the pronoun is what it points back to ("…, they have established a base, X told Reuters": not X).
        if (arguments.Sources is [null] && claim is not null && claim.Cue.End <= view.Starts[match.First] && view.Word(before) is "it" or "they" or "he" or "she" or "we")
        {
            return arguments with { Sources = [.. claims.Select(c => c.Speaker)] };
        }

        // "Belgrade and Moscow denied supplying weapons", "Kyrgyzstan and Tajikistan each denied firing first": the act a
        // participle names right after the reporting verb is the speaker's own.
        if (claim is not null && view.Words[match.First].EndsWith("ing", StringComparison.Ordinal) && claim.Cue.End <= view.Starts[match.First]
            && !view.Text.AsSpan(claim.Cue.End, view.Starts[match.First] - claim.Cue.End).ContainsAnyExcept(' '))
        {
            return arguments with { Sources = [.. claims.Select(c => c.Speaker)] };
        }

        // "the army said its troops had withdrawn": the speaker's own unnamed force is the speaker.
        if (arguments.Sources is [{ } force] && claim is not null && force.End == view.Ends[before]
            && view.Word(before - 1) is "its" or "their" && Entities.Linking.GenericActorFinder.Default.IsGroupNoun(view.Word(before)))
        {
            return arguments with { Sources = [claim.Speaker] };
        }

        // "Supporters marched in Caracas, demanding results": a participle after a comma shares the main verb's doer.
        if (arguments.Sources is [null] && view.Word(before) == "," && view.Words[match.First].EndsWith("ing", StringComparison.Ordinal)
            && earlier.Count > 0 && earlier[^1].Source is { } doer && earlier[^1].Evidence == view.Sentence.Span)
        {
            return arguments with { Sources = [doer] };
        }

        if (view.Word(before) == "and" && earlier.Count > 0 && earlier[^1].Source is { } shared && earlier[^1].Evidence == view.Sentence.Span
            && (arguments.Sources is [null] || arguments.Sources is [{ } own] && earlier[^1].Target is { } objectBefore && own.Start == objectBefore.Start))
        {
            return arguments with { Sources = [shared] };
        }

        return arguments;
    }

    /// <summary>
    /// "X denied it", "…; Kigali denies it", "Moscow denied the accusation": a denial with no event of its own denies the event
    /// its speaker is accused of (or said to receive) before, in an earlier sentence or earlier in this one.
    /// </summary>
    private static List<EventMention> AnsweringDenials(SentenceView view, List<Attribution> attributions, List<EventMention> earlier, List<EventMention> inSentence)
    {
        var answers = new List<EventMention>();
        foreach (var denial in attributions.Where(a => a.Kind == AttributionKind.Denied && !inSentence.Exists(e => a.Claim.Contains(e.Trigger))
            && (inSentence.Count == 0 || a.Claim == a.Cue || DeniedActs.PointsBack(view.Text.Substring(a.Claim.Start, a.Claim.Length)))))
        {
            var speaker = denial.Speaker;
            // "…, but the gang's leader denied involvement": a denial beside acts of its own sentence answers one of those.
            var pointer = view.Text.AsSpan(denial.Claim.Start, denial.Claim.Length);
            var candidates = inSentence.Count > 0 && denial.Claim != denial.Cue && pointer is not ("it" or "this" or "that" or "them") ? [] : earlier;
            var answered = candidates.Concat(inSentence.Where(e => e.Trigger.End <= denial.Cue.Start))
                .Where(e => e.Polarity == Polarity.Asserted && e.Type != EventType.Accuse && e.ClaimedBy?.EntityId != speaker.EntityId
                    && (DeniedActs.SpeaksFor(view, speaker, e.Source) || DeniedActs.SpeaksFor(view, speaker, e.Target))) // the recipient may deny too
                .LastOrDefault();
            if (answered is not null)
            {
                // Within its own sentence the denied act keeps its words; from an earlier one it is told by the denial's.
                var trigger = answered.Evidence == view.Sentence.Span ? answered.Trigger : denial.Cue;
                answers.Add(answered with { Polarity = Polarity.Denied, ClaimedBy = speaker, Trigger = trigger, Evidence = view.Sentence.Span, Quantities = [], ContradictedBy = [] });
            }
        }

        return answers;
    }

}

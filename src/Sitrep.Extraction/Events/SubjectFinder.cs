using Sitrep.Core.Annotation;
using Sitrep.Extraction.Syntax;
using Sitrep.Extraction.Text;
using static Sitrep.Extraction.Events.ArgumentFinder;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Reads the subject of a trigger: the actor (or list of actors) nearest before it in its clause, past asides, titles and
/// the places its doer stands in.
/// </summary>
internal static class SubjectFinder
{
    /// <summary>A phrase that names a group: by a proper name (a word capitalised in the text) or by a group noun ("junta", "rebel").</summary>
    internal static bool NamesAGroup(SentenceView view, ActorReference phrase)
    {
        var head = phrase.Name[(phrase.Name.LastIndexOf(' ') + 1)..];
        if (Entities.Linking.GenericActorFinder.Default.IsGroupNoun(head) || Entities.Linking.SectorLexicon.Default.SectorOf(head) is not null)
        {
            return true;
        }

        for (var i = 1; i < view.Words.Length; i++)
        {
            if (view.Starts[i] >= phrase.Start && view.Ends[i] <= phrase.End && char.IsUpper(view.Text[view.Starts[i]]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subject: the actor (or pair joined by "and") nearest before the trigger, not inside a prepositional phrase of place.</summary>
    internal static List<ActorReference?> ActorsBefore(SentenceView view, int clauseStart, int triggerFirst, bool nominal, HashSet<int> used)
    {
        var result = new List<ActorReference?>();
        if (!nominal && view.Word(triggerFirst - 1) == "," && Array.LastIndexOf(view.Words, ",", triggerFirst - 2) is var open && open > clauseStart
            && SubjectPhrases.ApposedName(view, triggerFirst - 1, open) is null)
        {
            triggerFirst = open; // "The Janjaweed militias, armed by the government, killed …": the subject stands before the aside.
        }

        for (var k = view.Mentions.Length - 1; k >= 0; k--)
        {
            var (mention, first, end) = view.Mentions[k];
            var modifiesTrigger = nominal && (end == triggerFirst || OwnsTrigger(view, end, triggerFirst));
            if (end > triggerFirst || first < clauseStart || !IsActor(mention) || (IsInLocativePhrase(view, first) && !modifiesTrigger) || IsNested(view, k))
            {
                continue;
            }

            // "Wagner fighters", "Junta troops": a force noun the recogniser read apart from the name before it is that name's.
            if (end - first == 1 && Entities.Linking.NewEntityIds.IsNew(mention.EntityId) && Entities.Linking.GenericActorFinder.Default.IsGroupNoun(view.Word(first))
                && k > 0 && view.Mentions[k - 1].End == first && view.Mentions[k - 1].First >= clauseStart && IsActor(view.Mentions[k - 1].Mention) && !IsNested(view, k - 1))
            {
                k--;
                (mention, first, end) = view.Mentions[k];
            }
            else if (end - first == 1 && Entities.Linking.NewEntityIds.IsNew(mention.EntityId) && Entities.Linking.GenericActorFinder.Default.IsGroupNoun(view.Word(first))
                && SubjectClues.NameBefore(view, first, clauseStart) is { } name)
            {
                used.Add(k);
                return [name]; // "Wagner fighters have captured": a name the recogniser missed at the sentence start
            }
            else if (end - first == 1 && Entities.Linking.NewEntityIds.IsNew(mention.EntityId) && Entities.Linking.GenericActorFinder.Default.IsGroupNoun(view.Word(first))
                && SubjectPhrases.NamedGroup(view, first, clauseStart) is { } group)
            {
                used.Add(k);
                return [group];
            }

            // "Protesters demanding the departure of UN peacekeepers rioted": a name inside the participle's object is not the doer.
            if (!nominal && SubjectClues.ParticipleSubject(view, first, clauseStart) is { } doer)
            {
                used.Add(doer);
                return [ActorReference.From(view.Mentions[doer].Mention)];
            }

            // "Insurgents linked to Islamic State attacked": the backer named after the noun is not the doer.
            if (!nominal && AttachedActors.AttachmentBefore(view, first, clauseStart) is { } attachment)
            {
                used.Add(k);
                var attached = ActorsBefore(view, clauseStart, attachment, nominal: false, used);
                if (attached.Count == 0 && PhraseActors.Before(view, attachment, clauseStart) is { } noun)
                {
                    attached.Add(noun);
                }

                return attached;
            }

            if (!nominal && (SubjectPhrases.RelatedPeople(view, first, clauseStart) ?? SubjectPhrases.OwnedPeople(view, first, end, triggerFirst)) is { } people)
            {
                return [people];
            }

            used.Add(k);
            result.Add(ActorReference.From(mention));
            // A nominal trigger takes its actor from right before it ("Russian strikes", "Israel's offensive").
            if (nominal && !modifiesTrigger)
            {
                result.Clear();
                used.Remove(k);
                break;
            }

            // "Venezuela's government and the opposition signed": a named actor and a noun phrase that opens the subject.
            if (!nominal && view.Word(end) == "and" && SubjectClues.OpensSubject(view, first, clauseStart)
                && NounPhrases.After(view.Words, view.IsBoundary, end + 1, triggerFirst) is { } second && second.End == triggerFirst
                && PhraseActors.After(view, end + 1, triggerFirst) is { } secondPhrase)
            {
                result.Add(secondPhrase);
            }

            // "Pashinyan and Azerbaijani President Ilham Aliyev", "the United States, Japan and South Korea": every actor of the list.
            var current = k;
            while (JoinBefore(view, view.Mentions[current].First, clauseStart) is { } join)
            {
                if (Coordinated(view, join, clauseStart) is { } other && !used.Contains(other))
                {
                    used.Add(other);
                    result.Insert(0, ActorReference.From(view.Mentions[other].Mention));
                    current = other;
                    continue;
                }

                // "Putin and Trump held talks" (a name the recogniser missed), "the Saudi-led coalition and the Houthis": the
                // phrase that opens the subject.
                if (view.Word(join) == "and" && NounPhrases.Before(view.Words, view.IsBoundary, join, clauseStart) is { } phrase && phrase.End == join
                    && SubjectClues.OpensSubject(view, phrase.First, clauseStart) && PhraseActors.Before(view, join, clauseStart) is { } firstPhrase)
                {
                    result.Insert(0, firstPhrase);
                }

                break;
            }

            break;
        }

        return result;
    }

    /// <summary>"Israel's offensive", "the Houthis' attacks", "Tehran's unprecedented attack": a possessive before the trigger, past one adjective.</summary>
    private static bool OwnsTrigger(SentenceView view, int end, int triggerFirst)
    {
        if (view.Word(end) is not ("'s" or "’s" or "'" or "’") || (view.Word(end) is "'" or "’" && !view.Word(end - 1).EndsWith('s')))
        {
            return false;
        }

        return end + 1 == triggerFirst || (end + 2 == triggerFirst && GoverningVerbs.IsAdjective(view.Word(end + 1)));
    }

    /// <summary>The "and" or comma that joins the actor starting at <paramref name="first"/> to one before it, past its title and article.</summary>
    internal static int? JoinBefore(SentenceView view, int first, int clauseStart)
    {
        for (var j = first - 1; j > clauseStart && j >= first - 4; j--)
        {
            var word = view.Word(j);
            if (word is "and" or ",")
            {
                return j;
            }

            // "and rebel chief-of-staff Aslan Maskhadov": a role noun, or a hyphenated title holding one, describes the name.
            var titled = char.IsUpper(view.Text[view.Starts[j]]) || view.Mentions.Any(m => m.First <= j && j < m.End) || Entities.Linking.TitleLexicon.Default.RolesOf(word) is not null
                || word.Split('-').Any(NounLists.People.Contains);
            if (word is not ("the" or "its" or "their") && !titled)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The actor that ends right before the joining word at <paramref name="join"/> ("Ankara | and Baku").</summary>
    internal static int? Coordinated(SentenceView view, int join, int clauseStart)
    {
        // "If Azerbaijan attacks Armenia, the CSTO could deploy …": the comma closes a conditional clause, it joins no list.
        if (view.Word(join) == "," && view.Word(clauseStart - 1) is "if" or "unless")
        {
            return null;
        }

        for (var j = view.Mentions.Length - 1; j >= 0; j--)
        {
            var (mention, otherFirst, otherEnd) = view.Mentions[j];
            // "… in Russia, Armenian Prime Minister Pashinyan and …": a place phrase before a comma opens the clause, it is no list item.
            if (otherEnd == join && otherFirst >= clauseStart && IsActor(mention) && !IsNested(view, j) && !IsInLocativePhrase(view, otherFirst))
            {
                return j;
            }
        }

        return null;
    }
}

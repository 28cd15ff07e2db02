using Sitrep.Core.Annotation;
using Sitrep.Extraction.Events;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>The trigger lexicon (data/lexicon/events/triggers.tsv) is well formed and matches as its format says.</summary>
public sealed class TriggerLexiconTests
{
    // The PLOVER modes the spec conventions allow per type (tests/specs/events/README.md).
    private static readonly Dictionary<EventType, string[]> Modes = new()
    {
        [EventType.Consult] = ["visit", "phone", "multilateral", "third-party"],
        [EventType.Retreat] = ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
        [EventType.Request] = ["assist", "change", "yield", "meet"],
        [EventType.Reject] = ["assist", "change", "yield", "meet"],
        [EventType.Accuse] = ["disapprove", "investigate", "allege"],
        [EventType.Threaten] = ["restrict", "arrest", "relations", "expel", "territory", "violence"],
        [EventType.Protest] = ["demo", "riot", "strike", "hunger", "boycott", "obstruct"],
        [EventType.Sanction] = ["convict", "expel", "withdraw", "discontinue"],
        [EventType.Mobilize] = ["troops", "weapons", "police", "militia"],
        [EventType.Coerce] = ["seize", "restrict", "curfew", "arrest", "deport", "censor", "cyber"],
        [EventType.Assault] = ["abduct", "beat", "torture", "sexual", "targeted", "destroy", "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "unconventional"],
    };

    [Fact]
    public void Every_pattern_has_a_known_mode_and_a_cameo_code_on_the_goldstein_scale()
    {
        Assert.True(TriggerLexicon.Default.Patterns.Count > 250);
        Assert.All(TriggerLexicon.Default.Patterns, pattern =>
        {
            Assert.True(pattern.Mode is null || (Modes.TryGetValue(pattern.Type, out var allowed) && allowed.Contains(pattern.Mode)), $"{pattern.Source}: mode {pattern.Mode} for {pattern.Type}");
            Assert.Matches("^[0-2][0-9]{1,3}$", pattern.Cameo);
            Assert.NotNull(CameoScale.Of(pattern.Cameo));
        });
    }

    [Theory]
    [InlineData("gunmen opened fire on tourists", "opened fire", "Assault")]
    [InlineData("rangers fired on demonstrators", "fired on", "Assault")]
    [InlineData("the two sides held talks in doha", "held talks", "Consult")]
    [InlineData("militants blew themselves up", "blew themselves up", "Assault")]
    [InlineData("the minister apologised to the families", "apologised", "Concede")]
    [InlineData("the ceasefire took effect at noon", "ceasefire took effect", "Retreat")]
    [InlineData("the prisoners were released on friday", "released", "Retreat")]
    [InlineData("protesters demanded the resignation of the minister", "demanded", "Request")]
    [InlineData("beijing lodged stern representations with washington", "lodged stern representations", "Accuse")]
    public void Finds_the_trigger_and_its_type(string sentence, string trigger, string type)
    {
        var words = sentence.Split(' ');
        var match = Assert.Single(new TriggerMatcher(TriggerLexicon.Default).Find(words));
        Assert.Equal(trigger, string.Join(' ', words[match.First..match.End]));
        Assert.Equal(Enum.Parse<EventType>(type), match.Pattern.Type);
    }

    [Fact]
    public void A_seizing_verb_names_what_it_becomes_when_the_object_is_ground()
    {
        var seize = Assert.Single(TriggerLexicon.Default.Patterns, p => p.Source == "v:seize");
        Assert.Equal(EventType.Coerce, seize.Type);
        Assert.Equal((EventType.Assault, "190"), seize.OnGround);
        Assert.Null(TriggerLexicon.Parse("v:arrest\tCOERCE\tarrest\t173\t-").OnGround);
    }

    [Fact]
    public void A_head_only_pattern_triggers_on_its_first_element_and_uses_up_the_words_it_read()
    {
        var lexicon = new TriggerLexicon([
            TriggerLexicon.Parse("v:urge * to v:release\tREQUEST\tyield\t105\tembeds,head"),
            TriggerLexicon.Parse("v:release\tRETREAT\trelease\t084\t-"),
        ]);
        var words = "the council urged the junta to release all prisoners".Split(' ');
        var match = Assert.Single(new TriggerMatcher(lexicon).Find(words));
        Assert.Equal("urged", string.Join(' ', words[match.First..match.End]));
        Assert.Equal("yield", match.Pattern.Mode);
    }

    [Theory]
    [InlineData("the company released its results")]
    [InlineData("workers staged a general strike")]
    [InlineData("the talks are to fight inflation")]
    public void Passive_only_and_excluded_contexts_do_not_trigger(string sentence) =>
        Assert.DoesNotContain(new TriggerMatcher(TriggerLexicon.Default).Find(sentence.Split(' ')), m => m.Pattern.Type is EventType.Retreat or EventType.Assault);

    [Theory]
    [InlineData("kyiv and moscow exchanged 230 ukrainian and 248 russian prisoners", "exchanged 230 ukrainian and 248 russian prisoners", "Cooperate", null)]
    [InlineData("they signed a ceasefire after un-mediated talks in geneva", "talks", "Consult", "third-party")]
    [InlineData("g7 leaders meeting in hiroshima agreed", "meeting", "Consult", "multilateral")]
    [InlineData("kyiv denied the city had fallen", "fallen", "Assault", null)]
    [InlineData("the pkk declared a ceasefire responding to ocalan 's call", "call", "Request", null)]
    [InlineData("the us determined that the rsf had committed genocide", "determined", "Accuse", "allege")]
    [InlineData("israel did not attend and no agreement was reached", "agreement was reached", "Agree", null)]
    [InlineData("petro said a ceasefire with the gulf clan could be agreed", "agreed", "Agree", null)]
    public void Long_gaps_hyphen_endings_and_tail_triggers_match(string sentence, string trigger, string type, string? mode)
    {
        var words = sentence.Split(' ');
        var match = new TriggerMatcher(TriggerLexicon.Default).Find(words).First(m => m.Pattern.Type == Enum.Parse<EventType>(type));
        Assert.Equal(trigger, string.Join(' ', words[match.First..match.End]));
        Assert.Equal(mode, match.Pattern.Mode);
    }

    [Fact]
    public void A_peeking_pattern_leaves_its_context_to_other_triggers()
    {
        var words = "the us determined that the rsf had committed genocide".Split(' ');
        var found = new TriggerMatcher(TriggerLexicon.Default).Find(words);
        Assert.Contains(found, m => m.Pattern.Type == EventType.Accuse);
        Assert.Contains(found, m => m.Pattern.Type == EventType.Assault && Array.IndexOf(words, "genocide", m.First) is var at && at >= m.First && at < m.End);
    }

    [Theory]
    [InlineData("their conditions had not been met", "met")]
    [InlineData("protesters defied a curfew to march on dhaka", "curfew")]
    [InlineData("jailed pkk leader abdullah ocalan called on the group", "jailed")]
    [InlineData("they discussed efforts to reach a ceasefire in gaza", "reach")]
    [InlineData("the prisoners due to be freed on saturday", "freed")]
    [InlineData("to help mozambique fight the insurgency", "fight")]
    [InlineData("he told the board it was going to stop payments", "told")]
    [InlineData("beijing rejected the allegation as a smear", "rejected")]
    public void Other_senses_of_trigger_words_give_no_event(string sentence, string word)
    {
        var words = sentence.Split(' ');
        var at = Array.IndexOf(words, word);
        Assert.DoesNotContain(new TriggerMatcher(TriggerLexicon.Default).Find(words), m => m.First <= at && at < m.End);
    }

    [Fact]
    public void A_malformed_line_is_refused_with_the_line() =>
        Assert.Contains("expected 5 columns", Assert.Throws<InvalidDataException>(() => TriggerLexicon.Parse("v:attack\tASSAULT")).Message, StringComparison.Ordinal);
}

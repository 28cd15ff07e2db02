using Sitrep.Knowledge.Names;

namespace Sitrep.Knowledge.Tests;

public sealed class NameMatchingTests
{
    private static KnowledgeBase Kb => KnowledgeBase.Default;

    [Theory]
    [InlineData("Çavuşoğlu", "cavusoglu")]
    [InlineData("Nagorno-Karabakh", "nagorno karabakh")]
    [InlineData("Sana'a", "sanaa")]
    [InlineData("The Kremlin", "kremlin")]
    [InlineData("Пашинян", "pashinyan")]
    [InlineData("U.S.", "us")]
    [InlineData("  Abdel  Fattah   al-Burhan ", "abdel fattah al burhan")]
    public void Folds_names_for_comparison(string name, string folded) => Assert.Equal(folded, NameFolding.Fold(name));

    [Theory]
    [InlineData("pashinyan", "pachinian")]
    [InlineData("netanyahu", "natanyahu")]
    [InlineData("zelensky", "selenskyj")]
    [InlineData("gaddafi", "qadhafi")]
    [InlineData("shoigu", "schoigu")]
    public void Transliteration_variants_share_a_sound_skeleton(string a, string b) =>
        Assert.Equal(PhoneticKey.Default.Skeleton(a), PhoneticKey.Default.Skeleton(b));

    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.84)]
    [InlineData("dixon", "dicksonx", 0.813)]
    public void Jaro_winkler_matches_the_textbook_values(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);

    [Theory]
    [InlineData("Azerbaijani", "country/AZE")]
    [InlineData("Turks", "country/TUR")]
    [InlineData("Ankara", "country/TUR")]
    [InlineData("Nagorny Karabakh", "country/XNK")]
    [InlineData("Artsakh", "country/XNK")]
    [InlineData("NATO", "org/nato")]
    [InlineData("Hizbollah", "group/hezbollah")]
    public void Known_names_link_exactly(string name, string id) =>
        Assert.Contains(Kb.Aliases.Lookup(NameFolding.Fold(name)).ToArray(), entry => entry.Entity.Id == id);

    [Theory]
    [InlineData("Nicole Pashinyan", "Nikol Pashinyan")]
    [InlineData("Mevlut Cavusolu", "Mevlüt Çavuşoğlu")]
    [InlineData("Natanyahu", "Benjamin Netanyahu")]
    [InlineData("Nagurani Qara Baj", "Nagorno-Karabakh")]
    public void Misspelled_and_transliterated_names_find_their_entity(string variant, string name)
    {
        var matches = Kb.Aliases.Similar(NameFolding.Fold(variant), 0.8).OrderByDescending(m => m.Similarity).ToList();
        Assert.NotEmpty(matches);
        Assert.Contains(matches.Take(3), m => m.Entry.Entity.Name == name || m.Entry.Entity.Aliases.Contains(name));
    }

    [Fact]
    public void Role_holders_are_found_on_a_date()
    {
        var date = new DateOnly(2020, 11, 1);
        Assert.Equal("Ilham Aliyev", Assert.Single(Kb.Roles.HoldersOn("president", "AZE", date)).Name);
        Assert.Contains(Kb.Roles.HoldersOn("foreign_minister", "TUR", date), p => p.Id.Contains("cavusoglu", StringComparison.Ordinal));
        Assert.Contains(Kb.Roles.HoldersOn("prime_minister", "ARM", date), p => p.Name == "Nikol Pashinyan");
        Assert.Empty(Kb.Roles.HoldersOn("president", "AZE", new DateOnly(1850, 1, 1)));
    }
}

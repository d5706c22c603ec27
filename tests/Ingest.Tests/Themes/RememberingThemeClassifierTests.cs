using NorPreM.Core.Model;
using NorPreM.Ingest.Themes;

namespace NorPreM.Ingest.Tests.Themes;

/// <summary>The web host's theme memory (issue 20: a change is classified, not the whole archive again).</summary>
public sealed class RememberingThemeClassifierTests
{
    private static readonly Lazy<IThemeClassifier> Shipped = new(() =>
        ThemeClassifierFactory.LoadDefault(w => throw new InvalidOperationException("Uventet advarsel: " + w)));

    private static readonly string[] Texts =
    [
        "Rådet slutter seg til forslaget om en nasjonal strategi for persontilpasset medisin og ber om at arbeidet med helsedata prioriteres.",
        "Referat fra forrige møte ble godkjent uten merknader.",
        "Helsepersonellkommisjonen peker på at tilgangen på helsepersonell vil bli en knapp ressurs i årene fremover.",
        "Gentesting og genetisk veiledning skal gis på like vilkår i hele landet.",
        "Saken om habilitet ble behandlet før de øvrige sakene på sakslisten.",
        "Tilgang til helsedata for forskning forutsetter trygg behandling av personopplysninger og taushetsplikt.",
    ];

    private static readonly string[] Contexts = ["page:a:1", "page:a:1", "page:b", "page:b", "alone:x", "case:c:1/2024"];

    private static void SameThemes(IReadOnlyList<IReadOnlyList<ThemeScore>> expected, IReadOnlyList<IReadOnlyList<ThemeScore>> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Select(t => (t.Id, t.Score, string.Join(",", t.Evidence))), actual[i].Select(t => (t.Id, t.Score, string.Join(",", t.Evidence))));
        }
    }

    [Fact]
    public void TextsReadInContextGetTheModelsThemesAndOnlyAChangedGroupIsClassifiedAgain()
    {
        var remembering = new RememberingThemeClassifier(Shipped.Value);
        SameThemes(Shipped.Value.ClassifyInContext(Texts, Contexts), remembering.ClassifyInContext(Texts, Contexts));
        Assert.Equal(Texts.Length, remembering.Classified);
        Assert.Contains(remembering.ClassifyInContext(Texts, Contexts), t => t.Count > 0);

        // Asked again: nothing reaches the model.
        SameThemes(Shipped.Value.ClassifyInContext(Texts, Contexts), remembering.ClassifyInContext(Texts, Contexts));
        Assert.Equal(Texts.Length, remembering.Classified);

        // One text of the group "page:b" changes: that group (two texts, read together) is classified again, no other.
        var changed = Texts.ToArray();
        changed[3] = "Gentesting og genetisk veiledning skal gis på like vilkår i hele landet, også for barn.";
        SameThemes(Shipped.Value.ClassifyInContext(changed, Contexts), remembering.ClassifyInContext(changed, Contexts));
        Assert.Equal(Texts.Length + 2, remembering.Classified);
    }

    [Fact]
    public void TextsReadAloneAreRememberedOneByOne()
    {
        var remembering = new RememberingThemeClassifier(Shipped.Value);
        SameThemes(Shipped.Value.ClassifyMany(Texts[..3]), remembering.ClassifyMany(Texts[..3]));
        SameThemes(Shipped.Value.ClassifyMany(Texts), remembering.ClassifyMany(Texts));
        Assert.Equal(Texts.Length, remembering.Classified);
        SameThemes([Shipped.Value.Classify(Texts[0])], [remembering.Classify(Texts[0])]);
        Assert.Equal(Texts.Length, remembering.Classified);
    }

    [Fact]
    public void ScoresOfManyTextsAreEachTextsScoresAloneAndAreRemembered()
    {
        var texts = Texts.Append("  ").ToList();
        var alone = texts.Select(Shipped.Value.Scores).ToList();
        Assert.Empty(alone[^1]);
        Assert.Equal(NorPreM.Core.Themes.ThemeTaxonomy.Ids.Count, alone[0].Count);
        SameThemes(alone, Shipped.Value.ScoresMany(texts));
        var remembering = new RememberingThemeClassifier(Shipped.Value);
        SameThemes(alone[..2], remembering.ScoresMany(texts[..2]));
        SameThemes(alone, remembering.ScoresMany(texts));
        SameThemes([alone[1]], [remembering.Scores(texts[1])]);
    }
}

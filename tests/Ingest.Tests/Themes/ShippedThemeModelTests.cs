using NorPreM.Ingest.Themes;

namespace NorPreM.Ingest.Tests.Themes;

/// <summary>The model shipped inside the assembly, applied to real case texts from the corpus bundle.</summary>
public class ShippedThemeModelTests
{
    private static readonly Lazy<IThemeClassifier> Shipped = new(() =>
        ThemeClassifierFactory.LoadDefault(w => throw new InvalidOperationException("Uventet advarsel: " + w)));

    [Fact]
    public void LoadsWithoutWarningAndMatchesTheTaxonomy()
    {
        var classifier = Assert.IsType<ModelThemeClassifier>(Shipped.Value);
        Assert.Equal(ThemeModel.CurrentFormatVersion, classifier.Model.Manifest.FormatVersion);
        Assert.Equal(ThemeTaxonomy.Ids, classifier.Model.Manifest.Taxonomy);
        Assert.All(ThemeTaxonomy.Ids, id => Assert.InRange(classifier.Model.Threshold(id), 0.05, 0.95));
    }

    [Fact]
    public void StrategyForPersonalisedMedicineGetsPersonalisedMedicineAndHealthData()
    {
        // Sak 30/3/2022 "Strategi for persontilpasset medisin": the case paper (p. 27) and its letter (pp. 28–31).
        var text = ThemeTestData.PagesText(ThemeTestData.BundlePdf, 27, 31);
        Assert.Contains("Helsedata og infrastruktur", text);
        var themes = Shipped.Value.Classify(text);
        var ids = themes.Select(t => t.Id).ToList();
        Assert.Contains("persontilpasset-medisin", ids);
        Assert.Contains("helsedata", ids);
        Assert.DoesNotContain("motebehandling", ids);
        Assert.Equal("persontilpasset-medisin", ids[0]);
    }

    [Fact]
    public void CaseWithItsAttachmentGetsTheAttachmentsThemes()
    {
        var coverNote = ThemeTestData.PagesText(ThemeTestData.BundlePdf, 27, 27);
        var letter = ThemeTestData.PagesText(ThemeTestData.BundlePdf, 28, 31);
        var alone = Shipped.Value.Classify(coverNote).Select(t => t.Id).ToList();
        var withLetter = Shipped.Value.ClassifyCase(coverNote, [letter]).Select(t => t.Id).ToList();
        Assert.Contains("persontilpasset-medisin", alone);
        Assert.Contains("persontilpasset-medisin", withLetter);
        Assert.Contains("helsedata", withLetter);
    }

    [Fact]
    public void QuestionOfImpartialityIsMeetingBusiness()
    {
        // Sak 25/3/2022 "Spørsmål om habilitet" (p. 2).
        var text = ThemeTestData.PagesText(ThemeTestData.BundlePdf, 2, 2);
        Assert.Contains("habilitet", text);
        var themes = Shipped.Value.Classify(text);
        Assert.Equal("motebehandling", themes.First().Id);
        Assert.DoesNotContain(themes, t => t.Id == "persontilpasset-medisin");
    }

    [Fact]
    public void EvidenceNamesWordsThatOccurInTheText()
    {
        var text = ThemeTestData.PagesText(ThemeTestData.BundlePdf, 2, 2);
        var meeting = Shipped.Value.Classify(text).Single(t => t.Id == "motebehandling");
        Assert.NotEmpty(meeting.Evidence);
        Assert.Contains(meeting.Evidence, e => e.Contains("habilitet"));
        var lower = text.ToLowerInvariant();
        Assert.All(meeting.Evidence, e => Assert.All(e.Split(' '), w => Assert.Contains(w, lower)));
    }

    [Fact]
    public void SportsNewsGetsNoTheme()
    {
        Assert.Empty(Shipped.Value.Classify("Rosenborg slo Molde 3–1 på Lerkendal søndag, og Ødegaard scoret to mål før pause."));
        Assert.Empty(Shipped.Value.Classify("   "));
    }
}

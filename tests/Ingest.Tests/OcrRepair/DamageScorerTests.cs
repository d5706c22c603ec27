using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Ingest.Tests.OcrRepair;

public sealed class DamageScorerTests
{
    [Fact]
    public void ScoresEveryMandatePageAsDamaged()
    {
        foreach (var page in OcrTestData.Mandate.Value.Pages)
        {
            var quality = OcrTestData.Scorer.Score(page.Text, "text-layer");
            Assert.True(quality.Damaged, $"side {page.Number}: {quality.Score}");
            Assert.True(quality.Score >= 0.25, $"side {page.Number}: {quality.Score}");
        }
    }

    [Fact]
    public void ScoresEveryBornDigitalPageAsClean()
    {
        foreach (var page in OcrTestData.Bundle.Value.Pages)
        {
            var quality = OcrTestData.Scorer.Score(page.Text, "text-layer");
            Assert.False(quality.Damaged, $"side {page.Number}: {quality.Score}");
            Assert.True(quality.Score < 0.1, $"side {page.Number}: {quality.Score}");
        }
    }

    [Fact]
    public void CountsAnEmptyPageAsDamaged()
    {
        var quality = OcrTestData.Scorer.Score("  \n ", "text-layer");
        Assert.True(quality.Damaged);
        Assert.Equal(1.0, quality.Score);
    }

    [Fact]
    public void GivesReasonsAndKeepsTheSource()
    {
        var quality = OcrTestData.Scorer.Score("etablert pd oppdrag fra departementet og skal veere en arena for fagdirektgrmgte", "ocr");
        Assert.Equal("ocr", quality.Source);
        Assert.Contains(quality.Reasons, r => r.StartsWith("ukjente ord", StringComparison.Ordinal));
        Assert.True(quality.Damaged);
    }

    [Fact]
    public void SeesTellTalePatternsInShortText()
    {
        var measure = OcrTestData.Scorer.Measure("Helse Sgr-@st & forvalte");
        Assert.True(measure.PatternShare > 0.3);
    }
}

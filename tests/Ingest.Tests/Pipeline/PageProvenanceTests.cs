using NorPreM.Ingest.Tests.Structure;

namespace NorPreM.Ingest.Tests.Pipeline;

public sealed class PageProvenanceTests
{
    [Fact]
    public void ScannedPagesKeepTheDamageScoreOfTheirOriginalTextLayer()
    {
        var pages = StructureFixture.Mandate.Document.Pages;

        Assert.All(pages, p => Assert.True(p.Damaged, $"page {p.Number} should be marked damaged"));
        Assert.All(pages, p => Assert.True(p.DamageScore > 0.3, $"page {p.Number} scored {p.DamageScore}"));
        Assert.Contains("fagdirektgrmgte", pages[0].OriginalText);
        Assert.Contains("fagdirektørmøte", pages[0].Text);
        Assert.Contains(pages[0].Repairs, r => r.Before == "fagdirektgrmgte" && r.After == "fagdirektørmøte");
    }

    [Fact]
    public void BornDigitalPagesAreNotMarkedDamaged()
    {
        var pages = StructureFixture.Bundle.Document.Pages;

        Assert.All(pages, p => Assert.False(p.Damaged, $"page {p.Number} should be clean"));
        Assert.All(pages, p => Assert.Null(p.OriginalText));
        Assert.Contains("Habilitetsvurderinger og -avklaringer er et punkt på agendaen i alle rådsmøtene.", pages[1].Text);
    }
}

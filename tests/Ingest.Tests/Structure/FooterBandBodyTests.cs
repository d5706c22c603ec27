using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Tests.TestSupport;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// A one-page paper whose body is named only in its footer band, beside the page number (held-out set 10,
/// referat-brukerutvalget-ostmark-2025-09.pdf, run through extraction and the parser as ingest does).
/// </summary>
public sealed class FooterBandBodyTests
{
    private static readonly Lazy<StructuredDocument> Minutes = new(() =>
    {
        const string file = "referat-brukerutvalget-ostmark-2025-09.pdf";
        var bytes = File.ReadAllBytes(Repo.Path2("tests", "Ingest.Tests", "Structure", "Fixtures", "heldout10", file));
        var (parser, _) = StructureStage.CreateDefault();
        return parser.Parse(new PdfPigTextExtractor().Extract(bytes, file));
    });

    [Fact]
    public void ReadsTheBodyFromTheFooterBandBesideThePageNumber()
    {
        Assert.Equal("brukerutvalget-ved-sykehuset-ostmark-hf", Minutes.Value.Document.Council);
        Assert.Equal("Brukerutvalget ved Sykehuset Østmark HF", Minutes.Value.Document.CouncilName);
    }

    [Fact]
    public void TheFooterIsPageFurnitureAndNotTextOfTheLastCase()
    {
        var page = Assert.Single(Minutes.Value.Document.Pages);
        Assert.Contains(page.Furniture, f => f.StartsWith("Brukerutvalget ved Sykehuset Østmark HF", StringComparison.Ordinal));
        Assert.DoesNotContain("Sykehuset Østmark HF", page.Text, StringComparison.Ordinal);
        var last = Minutes.Value.Cases.Single(c => c.Title == "Pasientreiser – erfaringer");
        var caseText = string.Join("\n", last.Sections.Select(s => s.Text).Append(last.Decision).Append(last.Discussion));
        Assert.Contains("Innspillene sendes pasientreisekontoret", caseText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sykehuset Østmark HF", caseText, StringComparison.Ordinal);
    }
}

using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.OcrRepair;
using NorPreM.Ingest.Tests.OcrRepair;
using NorPreM.Ingest.Tests.TestSupport;

namespace NorPreM.Ingest.Tests.Extraction;

/// <summary>
/// Scans whose invisible text layer an English-configured OCR wrote along each tilted line, or upside down, or sideways
/// (Fixtures/skann, made by scripts/make-scan-set.sh from skannet-referat.txt). PdfPig gives such letters a rotated
/// baseline; read as horizontal text they came out one letter per line.
/// </summary>
public sealed class ScannedLayerTests
{
    private static ExtractedDocument Read(string condition)
    {
        var file = $"skannet-referat--{condition}--eng-layer.pdf";
        return new PdfPigTextExtractor().Extract(File.ReadAllBytes(Repo.Path2("tests", "Ingest.Tests", "Extraction", "Fixtures", "skann", file)), file);
    }

    private static IReadOnlyList<string> Lines(ExtractedDocument document) =>
        document.Pages.SelectMany(p => p.Text.Split('\n')).Where(l => l.Trim().Length > 0).ToList();

    [Theory]
    [InlineData("skew-0.5")]
    [InlineData("rot90")]
    [InlineData("rot180")]
    public void ReadsATiltedOrTurnedLayerLineByLine(string condition)
    {
        var document = Read(condition);
        var lines = Lines(document);
        Assert.DoesNotContain(lines, l => l.Trim().Length <= 2);
        Assert.Contains(lines, l => l.StartsWith("Sak 7/24 Oppl", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Vedtak: Sekretariatet utarbeider et forslag til felles kurs", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsAnUpsideDownPageInReadingOrderOnAnUprightPage()
    {
        var page = Read("rot180").Pages.Single();
        var lines = Lines(Read("rot180"));
        Assert.StartsWith("Referat fra", lines[0], StringComparison.Ordinal);
        Assert.True(page.Width < page.Height, "the page stays portrait");
    }

    [Fact]
    public void RepairOfATiltedLayerNoLongerInjectsLettersBetweenLetters()
    {
        const string file = "skannet-referat--skew-0.5--eng-layer.pdf";
        var bytes = File.ReadAllBytes(Repo.Path2("tests", "Ingest.Tests", "Extraction", "Fixtures", "skann", file));
        var repaired = OcrTestData.CorrectionOnly().Repair(new PdfPigTextExtractor().Extract(bytes, file), bytes);
        var lines = Lines(repaired);
        Assert.DoesNotContain(lines, l => l.Trim().Length <= 2);
        Assert.DoesNotContain(lines, l => l.Contains(" å å ", StringComparison.Ordinal));
        Assert.Contains("Vedtak: Sekretariatet utarbeider et forslag til felles kurs", repaired.Pages[0].Text, StringComparison.Ordinal);
    }
}

using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Tests.TestSupport;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>Tables found by their drawn borders (<see cref="RuleDetector"/>), not only by aligned rows and wide gaps.</summary>
public sealed class DrawnBorderTableTests
{
    [Fact]
    public void SplitsCellsAtDrawnBordersWhereThePaddingIsNarrowerThanAColumnGap()
    {
        const string file = "tables/rammetabell-tett.pdf";
        var page = new PdfPigTextExtractor().Extract(File.ReadAllBytes(Repo.Path2("tests", "Ingest.Tests", "Structure", "Fixtures", file)), file).Pages[0];
        Assert.NotEmpty(page.Rules);
        var rows = LayoutReader.ReadPage(page).Rows;
        Assert.Equal(["14/24", "Brukermedvirkning", "Klinikksjef"], rows.Single(r => r.Text.Contains("Brukermedvirkning")).Cells.Select(c => c.Text));
        Assert.Equal(["12/24", "Pasientreiser", "Sekretariatet"], rows.Single(r => r.Text.Contains("Pasientreiser")).Cells.Select(c => c.Text));
    }

    [Fact]
    public void ReadsHairlinesAndRectangleOutlinesAsLinesButNotShortMarksOrShading()
    {
        var rules = RuleDetector.Vertical(
        [
            (100.0, 500.0, 100.8, 520.0, false), // a filled hairline
            (100.1, 520.0, 100.9, 540.0, false), // the same border in the next cell, touching it
            (200.0, 500.0, 300.0, 520.0, true),  // a stroked cell outline
            (400.0, 500.0, 401.0, 503.0, false), // a mark shorter than a line of text
            (50.0, 100.0, 550.0, 700.0, false),  // a filled shading box
        ]);
        Assert.Equal([100.4, 200.0, 300.0], rules.Select(r => Math.Round(r.X, 1)));
        Assert.Equal(540.0, rules[0].Top);
    }
}

using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Tests.TestSupport;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// A case paper whose header table has borders and cell padding (Structure/Fixtures/saksframlegg-rammetabell-2024,
/// written for the tests and rendered to PDF with Chromium): the widest labels stand only the padding away from their
/// values, closer than a column gap, so label and value come out as one cell; the widest row opens the table.
/// </summary>
public sealed class BorderedTableCasePaperTests
{
    private const string File = "saksframlegg-rammetabell-2024.pdf";

    private static readonly Lazy<StructuredDocument> Parsed = new(() => StructureFixture.ParseFixture(File));

    [Fact]
    public void ReadsEveryRowOfATableWhoseWidestLabelsShareACellWithTheirValues()
    {
        var paper = Assert.Single(Parsed.Value.Cases);
        Assert.Equal("7/2/2024", paper.Number);
        Assert.Equal("Felles søknadsportal for biobanker og helseregistre", paper.Title);
        Assert.Equal(["28/3/2022"], paper.PreviouslyHandled);
        Assert.Equal(["Kari Nordmann", "Per Åsheim"], paper.CaseOfficers);
        Assert.Equal(new DateOnly(2024, 6, 12), paper.MeetingDate);
        Assert.Equal(["Bakgrunn", "Vurdering"], paper.Sections.Select(s => s.Heading));
        Assert.StartsWith("HelseOmsorg21-rådet støtter arbeidet", paper.ProposedDecision);
    }

    [Fact]
    public void CasePaperMatchesGolden() =>
        Golden.Verify(new { Parsed.Value.Cases, Parsed.Value.Meetings }, "tests/Ingest.Tests/Golden/saksframlegg-rammetabell-2024.structure.expected.json");
}

using NorPreM.Ingest.Structure;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// Several case papers one after another in one PDF (Structure/Fixtures/saksframlegg-bunt-2025-03, written for the tests),
/// each with its number in a small table, the case heading below it and the attachments and earlier handling given as
/// paragraphs under the heading.
/// </summary>
public sealed class CasePaperBundleTests
{
    private static readonly Lazy<StructuredDocument> Bundle = new(() => StructureFixture.ParseFixture("saksframlegg-bunt-2025-03.pdf"));

    private static CaseRecord Case(string number) => Bundle.Value.Cases.Single(c => c.Number == number);

    [Fact]
    public void ABundleOfCasePapersGivesEachCaseWithItsOfficerAndProposal()
    {
        Assert.Equal(["3/2025", "4/2025", "5/2025"], Bundle.Value.Cases.Select(c => c.Number));
        Assert.Equal("Etablering av regionalt molekylært tumorboard", Case("3/2025").Title);
        Assert.Equal(["Henrik Åsheim"], Case("4/2025").CaseOfficers);
        Assert.Equal("NorPreM-rådet i Helse Sør-Øst anbefaler at det etableres et regionalt molekylært tumorboard fra 1. september 2025.", Case("3/2025").ProposedDecision);
        Assert.All(Bundle.Value.Cases, c => Assert.Equal(new DateOnly(2025, 3, 3), c.MeetingDate));
    }

    [Fact]
    public void ACasePaperGivesTheAttachmentsListedUnderItsHeading()
    {
        Assert.Equal(["Mandat for regionalt molekylært tumorboard", "Høringsinnspill fra Oslo universitetssykehus"], Case("3/2025").Attachments.Select(a => a.Title));
        Assert.Equal(["Høringsnotat fra Helse- og omsorgsdepartementet"], Case("4/2025").Attachments.Select(a => a.Title));
        Assert.Equal(["Utkast til årsrapport 2024"], Case("5/2025").Attachments.Select(a => a.Title));
        Assert.DoesNotContain(Bundle.Value.Cases.SelectMany(c => c.Sections), s => s.Text.Contains("Vedlegg", StringComparison.Ordinal));
    }

    [Fact]
    public void ACasePaperGivesTheEarlierHandlingWrittenUnderItsHeading() =>
        Assert.Equal(["22/2024"], Case("5/2025").PreviouslyHandled);
}

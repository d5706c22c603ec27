using NorPreM.Core.Model;
using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Tests.TestSupport;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// Papers of bodies the product was not written for (Structure/Fixtures/anyform, written for the tests and rendered
/// with Chromium): a regional health authority's board, a municipal committee, a council for the elderly, a working
/// group and an unnumbered case paper. The held-out fixtures are scored by evaluate-structure, not asserted here.
/// </summary>
public sealed class AnyBodyFixtureTests
{
    private static StructuredDocument Parse(string file)
    {
        var (parser, _) = StructureStage.CreateDefault();
        var bytes = File.ReadAllBytes(Repo.Path2("tests", "Ingest.Tests", "Structure", "Fixtures", "anyform", file));
        return parser.Parse(new PdfPigTextExtractor().Extract(bytes, file));
    }

    private static readonly Lazy<StructuredDocument> Board = new(() => Parse("protokoll-styret-helse-sor-ost-2023-06.pdf"));
    private static readonly Lazy<StructuredDocument> Committee = new(() => Parse("motebok-helse-omsorgsutvalget-2024-03.pdf"));
    private static readonly Lazy<StructuredDocument> Elderly = new(() => Parse("protokoll-eldreradet-2019-03.pdf"));

    [Fact]
    public void ABoardProtocolGivesItsBodyMeetingDaysAndAttendance()
    {
        var doc = Board.Value;
        Assert.Equal("styret-helse-sor-ost-rhf", doc.Document.Council);
        Assert.Equal("Styret i Helse Sør-Øst RHF", doc.Document.CouncilName);
        Assert.Equal(DocumentTypes.Protocol, doc.Document.DocumentType);
        var meeting = Assert.Single(doc.Meetings);
        Assert.Equal(new DateOnly(2023, 6, 12), meeting.Date);
        Assert.Equal(new DateOnly(2023, 6, 13), meeting.EndDate);
        Assert.Equal(7, meeting.Present.Count);
        Assert.Equal("styreleder", meeting.Present[0].Remark);
        Assert.Equal("Marit Åsheim", Assert.Single(meeting.Absent).Name);
    }

    [Fact]
    public void ABoardProtocolKeepsTheNumberAsPrintedWithItsNormalForm()
    {
        var c = Board.Value.Cases.Single(c => c.Label == "Styresak 45-2023");
        Assert.Equal("45/2023", c.Number);
        Assert.Equal(CaseNumberSchemes.ByYear, c.NumberScheme);
        Assert.StartsWith("Styret slutter seg til økonomisk langtidsplan", c.ProposedDecision);
        Assert.Equal("Administrerende direktørs forslag til vedtak", c.ProposalLabel);
        Assert.StartsWith("Styret slutter seg til", c.Decision);
        Assert.Equal(DecisionKinds.Labelled, c.DecisionKind);
        Assert.Equal("Vedtatt med 6 mot 1 stemme", c.Vote);
        Assert.Contains("Øyvind Hjelle", Assert.Single(c.ProtocolEntries));
        Assert.DoesNotContain("Protokolltilførsel", c.Decision);
    }

    [Fact]
    public void ADecisionKnowsWhereItStands()
    {
        var doc = Board.Value;
        var c = doc.Cases.Single(c => c.Label == "Styresak 44-2023");
        var at = c.DecisionAt!;
        var page = doc.Document.Pages.Single(p => p.Number == at.Page).Text;
        Assert.StartsWith("Innkalling og saksliste godkjennes", page.Substring(at.Start, at.Length));
    }

    [Fact]
    public void ACommitteeReadsVotesApprovalsAndNotingsAsDecisions()
    {
        var cases = Committee.Value.Cases.ToDictionary(c => c.Label!);
        Assert.StartsWith("Helse- og omsorgsutvalget vedtar nye retningslinjer", cases["S-sak 12/24"].Decision);
        Assert.Equal("Forslaget vedtas.", cases["S-sak 13/24"].Decision);
        Assert.Equal(DecisionKinds.Noted, cases["O-sak 3/24"].DecisionKind);
        Assert.Equal("Orienteringssak", Assert.Single(cases["O-sak 3/24"].CaseTypes));
        Assert.StartsWith("Utvalget ber kommunedirektøren", cases["S-sak 14/24"].Decision);
        var meeting = Assert.Single(Committee.Value.Meetings);
        Assert.Contains(meeting.Present, p => p.Name == "Solveig Ramsvik" && p.Remark == "for Øistein Brun");
        Assert.Equal("Torill Næss", meeting.Recorder);
    }

    [Fact]
    public void AnAttendanceTableGivesAPersonARow()
    {
        var meeting = Assert.Single(Elderly.Value.Meetings);
        Assert.Equal(["Randi Hovde", "Arvid Solheim", "Gudrun Lie", "Per Magne Tollefsen"], meeting.Present.Select(p => p.Name));
        Assert.Equal("Kjellaug Rønning", Assert.Single(meeting.Absent).Name);
        Assert.Equal("eldreradet-nordfjell", Elderly.Value.Document.Council);
    }

    [Fact]
    public void AnUnnumberedCasePaperIsACaseOfTheMeetingItIsWrittenFor()
    {
        var doc = Parse("orienteringssak-arbeidsgruppen-2023-11.pdf");
        var c = Assert.Single(doc.Cases);
        Assert.Equal("Status for nasjonal kartlegging av genetiske tester", c.Title);
        Assert.Equal(CaseNumberSchemes.None, c.NumberScheme);
        Assert.Null(c.Label);
        Assert.Equal(new DateOnly(2023, 11, 7), c.MeetingDate);
        Assert.StartsWith("Arbeidsgruppen tar orienteringen til etterretning", c.ProposedDecision);
        Assert.Null(doc.Document.Council);
    }
}

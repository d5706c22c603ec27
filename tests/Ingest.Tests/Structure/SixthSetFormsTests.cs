using NorPreM.Core.Model;
using NorPreM.Ingest.Structure.Readers;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// Forms of the sixth fixture set (Structure/Fixtures/heldout6, rendered by scripts/make-structure-fixtures.sh heldout6),
/// scored once before the readers for its forms were written (eval/structure/RESULTS.md): items "S 5.1/22", "12 – 2024"
/// and "KU-04/24", an item's number before its decision label ("KST-006/19 Vedtak:"), outcomes with a possessor
/// ("Styrets forslag ble vedtatt med 24 mot 7 stemmer"), a "Styresak" header of label rows, bodies named by "Referat – møte
/// i …", "Til: Styret i …" and an organ of a place, a substitute "pva", and the kinds of a letter, a report and an agenda bundle.
/// </summary>
public sealed class SixthSetFormsTests
{
    private static string Fixture(string name) => Path.Combine("heldout6", name);

    [Theory]
    [InlineData("S 5.1/22 Godkjenning av innkalling og sakliste", "S 5.1/22", CaseNumberSchemes.Outline, "5.1/2022")]
    [InlineData("KU-04/24 Godkjenning av protokoll", "KU-04/24", CaseNumberSchemes.ByYear, "4/2024")]
    public void ReadsSeriesLettersBeforeOutlineNumbersAndDashes(string heading, string label, string scheme, string normal)
    {
        var printed = CaseNumber.ReadPrinted(heading);
        Assert.NotNull(printed);
        Assert.Equal(label, printed.Label);
        Assert.Equal(scheme, printed.Scheme);
        Assert.Equal(normal, printed.Normal);
    }

    [Fact]
    public void ReadsANumberAndYearJoinedByADashOnlyAsAHeading()
    {
        Assert.Equal("12/2024", CaseNumber.ReadPrinted("12 – 2024 Felles plan", bare: true)?.Normal);
        Assert.Null(CaseNumber.ReadPrinted("12 – 2024 Felles plan"));
        Assert.Null(CaseNumber.ReadPrinted("12-05 Møtet startet", bare: true));
    }

    [Fact]
    public void TakesAnItemNumberBeforeADecisionLabelForNoNewItem()
    {
        Assert.Null(ItemHeadingReader.Read("KST-006/19 Vedtak:"));
        Assert.NotNull(ItemHeadingReader.Read("KST-sak 006/19 Godkjenning av protokoll"));
    }

    [Theory]
    [InlineData("Styrets forslag ble vedtatt med 24 mot 7 stemmer.")]
    [InlineData("Valgkomiteens innstilling ble vedtatt ved akklamasjon.")]
    [InlineData("Rådmannen si innstilling vart samrøystes vedteke.")]
    public void ReadsAnOutcomeWhoseProposalNamesItsAuthor(string paragraph) =>
        Assert.Equal(DecisionKinds.Vote, DecisionReader.OutcomeKind(paragraph));

    [Fact]
    public void ReadsItemsNumberedWithinGroupsOfTheMeeting()
    {
        var doc = StructureFixture.ParseFixture(Fixture("protokoll-styremote-kystkulturlaget-2022-11.pdf"));
        Assert.Equal("styret-kystkulturlaget-vestkyst", doc.Document.Council);
        Assert.Equal(["S 5.1/22", "S 5.2/22", "S 5.3/22", "S 5.4/22", "S 6.1/22", "S 6.2/22"], doc.Cases.Select(c => c.Label));
        Assert.StartsWith("Styret vedtek budsjettet for 2023", doc.Cases[2].Decision);
        Assert.Null(doc.Cases[4].Decision);
        Assert.Equal(4, Assert.Single(doc.Meetings).Present.Count);
    }

    [Fact]
    public void ReadsASteeringGroupWithASubstituteOnBehalfOfAMember()
    {
        var doc = StructureFixture.ParseFixture(Fixture("referat-styringsgruppe-helsefellesskapet-2024-09.pdf"));
        Assert.Equal("styringsgruppen-for-helsefellesskapet-nordre-fjordland", doc.Document.Council);
        var meeting = Assert.Single(doc.Meetings);
        Assert.Equal(new DateOnly(2024, 9, 3), meeting.Date);
        Assert.Equal("for Lise Mork", meeting.Present.Single(p => p.Name == "Endre Hjelle").Remark);
        Assert.Equal(["12 – 2024", "13 – 2024", "14 – 2024", "15 – 2024"], doc.Cases.Select(c => c.Label));
        Assert.StartsWith("Styringsgruppa ber sekretariatet", doc.Cases[1].Decision);
    }

    [Fact]
    public void ReadsAStyresakWhoseHeaderRowsGiveNumberMeetingAndSubject()
    {
        var doc = StructureFixture.ParseFixture(Fixture("styresak-helse-fjellheim-2023-10.pdf"));
        Assert.Equal(DocumentTypes.CasePaper, doc.Document.DocumentType);
        Assert.Equal("styret-helse-fjellheim-hf", doc.Document.Council);
        var paper = Assert.Single(doc.Cases);
        Assert.Equal("71/2023", paper.Number);
        Assert.Equal("Tertialrapport 2/2023", paper.Title);
        Assert.Equal(new DateOnly(2023, 10, 26), paper.MeetingDate);
        Assert.StartsWith("1. Styret tar tertialrapport 2/2023 til orientering", paper.ProposedDecision);
    }

    [Fact]
    public void ReadsAProtocolWhoseDecisionsRepeatTheItemNumber()
    {
        var doc = StructureFixture.ParseFixture(Fixture("protokoll-kommunestyret-fjordheim-2019-03.pdf"));
        Assert.Equal("kommunestyret-fjordheim", doc.Document.Council);
        Assert.Equal(5, doc.Cases.Count);
        Assert.StartsWith("Fjordheim kommune etablerer en frisklivssentral", doc.Cases.Single(c => c.Label == "KST-sak 008/19").Decision);
        Assert.Equal(new DateOnly(2019, 3, 14), Assert.Single(doc.Meetings).Date);
    }

    [Fact]
    public void NamesAFileThatOpensWithItsInvitationAnAgendaAndOneThatCallsItselfSaksdokumenterABundle()
    {
        var doc = StructureFixture.ParseFixture(Fixture("innkalling-kontrollutvalget-havbygd-2024-03.pdf"));
        Assert.Equal(DocumentTypes.Agenda, doc.Document.DocumentType);
        Assert.Equal("kontrollutvalget-havbygd", doc.Document.Council);
        Assert.Equal(DocumentTypes.Bundle, StructureFixture.Bundle.Document.DocumentType);
    }

    [Theory]
    [InlineData("brev-fjordvik-kommune-innspel-2024-02.pdf", DocumentTypes.Letter)]
    [InlineData("rapport-evaluering-legevaktsamarbeid-midtfjord-2023.pdf", DocumentTypes.Report)]
    [InlineData("samarbeidsavtale-fjordvik-helse-vestkyst-2023.pdf", DocumentTypes.Agreement)]
    [InlineData("strategi-digital-samhandling-helse-midtfjord-2024.pdf", DocumentTypes.Strategy)]
    public void ReadsDocumentsWithoutMeetingsAsTheirKindWithNoBodyAndNoCases(string file, string kind)
    {
        var doc = StructureFixture.ParseFixture(Fixture(file));
        Assert.Equal(kind, doc.Document.DocumentType);
        Assert.Null(doc.Document.Council);
        Assert.Empty(doc.Cases);
        Assert.Empty(doc.Meetings);
    }
}

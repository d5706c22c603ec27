using NorPreM.Core.Model;
using NorPreM.Ingest.Structure.Readers;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// Forms of the fifth fixture set (Structure/Fixtures/heldout5, rendered by scripts/make-structure-fixtures.sh heldout5),
/// scored once before the readers for its forms were written (docs/structure.md): a municipal council's invitation with
/// an agenda table of bare numbers and its case papers, a nynorsk committee's møtebok with a "Møtte for" column, a
/// health trust board over two days, a control committee's role table, an association's møtebok in capitals, and a user
/// committee whose items and conclusions stand in one table.
/// </summary>
public sealed class FifthSetFormsTests
{
    private static string Fixture(string name) => Path.Combine("heldout5", name);

    [Fact]
    public void ReadsAnAgendaTableOfBareNumbersAndMergesEachCaseWithItsPaper()
    {
        var doc = StructureFixture.ParseFixture(Fixture("innkalling-kommunestyret-nordvag-2022-06.pdf"));
        Assert.Equal("kommunestyret-nordvag", doc.Document.Council);
        Assert.Equal(["41/2022", "42/2022", "43/2022", "44/2022", "45/2022"], doc.Cases.Select(c => c.Number));
        var accounts = doc.Cases[1];
        Assert.Equal("ÅRSREGNSKAP OG ÅRSBERETNING 2021", accounts.Title);
        Assert.StartsWith("1. Årsregnskapet for 2021 godkjennes", accounts.ProposedDecision);
        Assert.Equal([1], accounts.AgendaPages);
        Assert.Equal(new DateOnly(2022, 6, 9), Assert.Single(doc.Meetings).Date);
    }

    [Fact]
    public void ReadsANynorskMotebokWithSubstitutesInTheirOwnColumn()
    {
        var doc = StructureFixture.ParseFixture(Fixture("motebok-utval-helse-omsorg-fjellstad-2023-03.pdf"));
        Assert.Equal("utval-for-helse-og-omsorg-fjellstad", doc.Document.Council);
        var meeting = Assert.Single(doc.Meetings);
        Assert.Equal(7, meeting.Present.Count);
        Assert.Equal(["Asle Vikøren", "Ingrid Bruheim"], meeting.Absent.Select(a => a.Name));
        Assert.Equal("for Asle Vikøren", meeting.Present.Single(p => p.Name == "Turid Aarflot").Remark);
        Assert.All(doc.Cases, c => Assert.NotNull(c.Decision));
        Assert.StartsWith("Utvalet tek tilstandsrapporten", doc.Cases[1].ProposedDecision);
    }

    [Fact]
    public void ReadsTheBoardsUnanimousDecisionLabelAndAProtocolEntry()
    {
        var doc = StructureFixture.ParseFixture(Fixture("protokoll-styremote-helse-kystland-2023-06.pdf"));
        Assert.Equal(new DateOnly(2023, 6, 12), Assert.Single(doc.Meetings).Date);
        Assert.Equal(new DateOnly(2023, 6, 13), doc.Meetings[0].EndDate);
        var report = doc.Cases.Single(c => c.Label == "Sak 32-23");
        Assert.StartsWith("1. Styret tar virksomhetsrapporten", report.Decision);
        Assert.Single(doc.Cases.Single(c => c.Label == "Sak 33-23").ProtocolEntries);
    }

    [Fact]
    public void ReadsAControlCommitteesRoleTableWithoutColons()
    {
        var doc = StructureFixture.ParseFixture(Fixture("moteprotokoll-kontrollutvalget-elvdal-2021-06.pdf"));
        Assert.Equal("kontrollutvalget-elvdal", doc.Document.Council);
        var meeting = Assert.Single(doc.Meetings);
        Assert.Equal(new DateOnly(2021, 6, 9), meeting.Date);
        Assert.Equal("Gunn Ruud", meeting.Chair);
        Assert.Equal(5, meeting.Present.Count);
        Assert.Equal("Kjell Tangen", Assert.Single(meeting.Absent).Name);
    }

    [Fact]
    public void ReadsAnAssociationsMotebokInCapitalsAndDecisionsInItsProse()
    {
        var doc = StructureFixture.ParseFixture(Fixture("motebok-styremote-parorendeforbundet-2024-04.pdf"));
        Assert.Equal("styret-parorendeforbundet-norge", doc.Document.Council);
        Assert.Equal(7, doc.Cases.Count);
        Assert.StartsWith("Innkalling og saksliste godkjent", doc.Cases.Single(c => c.Label == "SAK 18/24").Decision);
        Assert.Equal(DecisionKinds.Labelled, doc.Cases.Single(c => c.Label == "SAK 20/24").DecisionKind);
        Assert.StartsWith("Styret vedtok å utvide", doc.Cases.Single(c => c.Label == "SAK 21/24").Decision);
    }

    [Fact]
    public void ReadsItemsAndConclusionsFromOneTable()
    {
        var doc = StructureFixture.ParseFixture(Fixture("referat-brukerutvalget-sykehuset-innlandsvik-2024-11.pdf"));
        Assert.Equal("brukerutvalget-ved-sykehuset-innlandsvik-hf", doc.Document.Council);
        Assert.Equal(["45/24", "46/24", "47/24", "48/24", "49/24"], doc.Cases.Select(c => c.Label));
        Assert.StartsWith("Brukerutvalget ber om at bestilling på telefon beholdes", doc.Cases[1].Decision);
        Assert.Equal(DecisionKinds.Conclusion, doc.Cases[1].DecisionKind);
        Assert.Null(doc.Cases[4].Decision); // "Ingen saker." under Eventuelt decides nothing
        Assert.Equal(2, Assert.Single(doc.Meetings).Absent.Count);
    }

    [Theory]
    [InlineData("Styrets enstemmige vedtak:")]
    [InlineData("Utvalet sitt vedtak:")]
    [InlineData("Vedtak i saka")]
    public void ReadsMoreDecisionLabels(string row) =>
        Assert.Equal(DecisionRowKind.Decision, DecisionReader.ReadLabel(row)?.Kind);

    [Theory]
    [InlineData("Kommunedirektøren sitt framlegg til vedtak")]
    [InlineData("Ordførers innstilling:")]
    public void ReadsProposalsLabelledByWhoseTheyAre(string row) =>
        Assert.Equal(DecisionRowKind.Proposal, DecisionReader.ReadLabel(row)?.Kind);

    [Fact]
    public void ASentenceThatBeginsWithACaseNumberHeadsNoItem() =>
        Assert.Null(ItemHeadingReader.Read("Sak 22/24 ble flyttet fram fordi Torstein Brekke måtte gå tidlig."));

    [Theory]
    [InlineData("Bruken har økt. Styret vedtok å utvide åpningstiden.", "Styret vedtok å utvide åpningstiden.")]
    [InlineData("Revisor har ikke hatt merknader. Vedtak: Styret godkjenner regnskapet.", "Styret godkjenner regnskapet.")]
    public void ReadsTheDecisionAProseParagraphEndsWith(string paragraph, string decision) =>
        Assert.Equal(decision, DecisionReader.EndingDecision(paragraph)?.Decision);

    [Fact]
    public void AParagraphThatEndsInDiscussionHoldsNoDecision() =>
        Assert.Null(DecisionReader.EndingDecision("Utvalget drøftet saken. Flere ba om mer informasjon før neste møte."));
}

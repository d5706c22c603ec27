using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// Items a meeting received outside its case series: referatsaker ("RS 5/24 Brev frå Helse- og omsorgsdepartementet …"),
/// an unnumbered "Eventuelt", and the kind letter of a case ("D-sak 32/24"). Fixture: a nynorsk referat of the regional
/// NorPreM council of Helse Midt-Norge (Structure/Fixtures/referat-norprem-rad-midt-2024-10.html), and the
/// fagdirektørmøte protocol with "RS 12/2024 Referatsaker".
/// </summary>
public sealed class MeetingItemTests
{
    private static readonly Lazy<NorPreM.Ingest.Structure.StructuredDocument> Midt = new(() => StructureFixture.ParseFixture("referat-norprem-rad-midt-2024-10.pdf"));

    private static readonly Lazy<NorPreM.Ingest.Structure.StructuredDocument> Protocol = new(() => StructureFixture.ParseFixture("protokoll-fagdirektormote-2025-03.pdf"));

    private static MeetingRecord Meeting => Assert.Single(Midt.Value.Meetings);

    [Fact]
    public void ReferatsakerAreRecordedOnTheMeetingWithNumberTitleAndText()
    {
        Assert.Equal("4/2024", Meeting.Number);
        Assert.Equal("norprem-rad-midt", Meeting.Council);
        var letter = Meeting.Items[0];
        Assert.Equal("RS", letter.Series);
        Assert.Equal("5/2024", letter.Number);
        Assert.Equal("Brev frå Helse- og omsorgsdepartementet om oppdrag til dei regionale helseføretaka", letter.Title);
        Assert.Equal("Departementet ber dei regionale helseføretaka greie ut felles finansiering av genomsekvensering.", letter.Text);
        Assert.Equal([1], letter.Pages);
    }

    [Fact]
    public void AReferatsakKeepsTheReportsListedUnderIt()
    {
        var reports = Meeting.Items[1];
        Assert.Equal("RS 6/2024 Rapportar til orientering", reports.Heading);
        Assert.Equal("a) Årsrapport 2023 frå Nasjonalt kompetansenettverk for persontilpassa medisin.\nb) Referat frå interregionalt fagdirektørmøte 16. september 2024.", reports.Text);
    }

    [Fact]
    public void AnUnnumberedEventueltAfterTheCasesIsAnItemAndNotTheDiscussionOfTheLastCase()
    {
        var other = Meeting.Items[2];
        Assert.Equal("Eventuelt", other.Series);
        Assert.Null(other.Number);
        Assert.Equal("Neste møte blir 12. desember 2024 på Teams.", other.Text);
        Assert.Equal(3, Meeting.Items.Count);
    }

    [Fact]
    public void ReferatsakerAreNotCasesAndDoNotRunIntoTheCaseAbove()
    {
        Assert.Equal(["30/2024", "31/2024", "32/2024"], Meeting.CaseNumbers);
        var biobank = Midt.Value.Cases.Single(c => c.Number == "32/2024");
        Assert.DoesNotContain("Departementet", biobank.Discussion);
        Assert.EndsWith("før saka kjem tilbake.", biobank.Discussion);
    }

    [Fact]
    public void TheKindLetterOfACaseGivesItsCaseType()
    {
        Assert.Equal(["Drøftingssak"], Midt.Value.Cases.Single(c => c.Number == "32/2024").CaseTypes);
        Assert.Equal(["Orienteringssak"], Protocol.Value.Cases.Single(c => c.Number == "9/2025").CaseTypes);
        Assert.Empty(Protocol.Value.Cases.Single(c => c.Number == "10/2025").CaseTypes);
    }

    [Fact]
    public void EarlierHandlingsCitedInTwoFormsAreBothRead() =>
        Assert.Equal(["22/2024", "12/2024"], Midt.Value.Cases.Single(c => c.Number == "31/2024").PreviouslyHandled);

    [Fact]
    public void AProtocolRecordsItsReferatsak()
    {
        var item = Assert.Single(Assert.Single(Protocol.Value.Meetings).Items);
        Assert.Equal("RS 12/2024 Referatsaker", item.Heading);
        Assert.Equal("Referat fra møte i NorPreM-rådet 20. februar 2025 ble tatt til orientering.", item.Text);
    }

    [Fact]
    public void NynorskAttendeesAndAWrappedSecretariatLabelAreRead()
    {
        Assert.Equal(["Ingvild Rønning", "Halvard Skjelbred", "Solveig Aune", "Per Ivar Kvåle"], Meeting.Present.Select(p => p.Name));
        Assert.Equal("Gunnhild Strand", Assert.Single(Meeting.Absent).Name);
        Assert.Equal("Olav Hjelde", Assert.Single(Meeting.Secretariat).Name);
        Assert.Equal(new DateOnly(2024, 10, 24), Meeting.Date);
    }
}

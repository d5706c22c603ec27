using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// Minutes in styles the corpus does not have (Structure/Fixtures, written for the tests and rendered to PDF): a regional
/// NorPreM council's minutes in nynorsk, and a protocol of the fagdirektørmøte with a header table, a two-digit year
/// and decisions written as sentences.
/// </summary>
public sealed class MinutesStyleTests
{
    private static readonly Lazy<StructuredDocumentPair> Run = new(() => new(
        StructureFixture.ParseFixture("nynorsk-referat-2025-03.pdf"),
        StructureFixture.ParseFixture("protokoll-fagdirektormote-2025-03.pdf")));

    private sealed record StructuredDocumentPair(NorPreM.Ingest.Structure.StructuredDocument Nynorsk, NorPreM.Ingest.Structure.StructuredDocument Protocol);

    private static MeetingRecord Nynorsk => Assert.Single(Run.Value.Nynorsk.Meetings);

    private static MeetingRecord Protocol => Assert.Single(Run.Value.Protocol.Meetings);

    private static CaseRecord NynorskCase(string number) => Run.Value.Nynorsk.Cases.Single(c => c.Number == number);

    private static CaseRecord ProtocolCase(string number) => Run.Value.Protocol.Cases.Single(c => c.Number == number);

    [Fact]
    public void NynorskMinutesGiveTheirAttendeesAndPlace()
    {
        Assert.Equal(["Sigrid Haugland", "Ragnhild Aarø", "Bjørn Økland", "Åse Myklebust", "Eirik Sæbø"], Nynorsk.Present.Select(p => p.Name));
        Assert.Equal("Helse Bergen", Nynorsk.Present[0].Affiliation);
        Assert.Equal("Torbjørn Våge", Assert.Single(Nynorsk.Absent).Name);
        Assert.Equal("Marit Grønås", Assert.Single(Nynorsk.Secretariat).Name);
        Assert.Equal("Helse Vest RHF, Stavanger, og Teams", Nynorsk.Place);
        Assert.Equal(new DateOnly(2025, 3, 3), Nynorsk.Date);
        Assert.Equal("norprem-rad-vest", Nynorsk.Council);
    }

    [Fact]
    public void NynorskMinutesGiveTheCasesHandledBefore()
    {
        var plan = NynorskCase("7/2025");
        Assert.Equal(["12/2024", "18/2024"], plan.PreviouslyHandled);
        Assert.DoesNotContain("Tidlegare handsama", plan.Discussion);
        Assert.StartsWith("Ragnhild Aarø orienterte om arbeidet med regional plan", plan.Discussion);
    }

    [Fact]
    public void NynorskMinutesReadTheDecisionUnderAVedtakRowOfItsOwn()
    {
        Assert.Equal("Rådet sluttar seg til utkastet til regional plan. Sekretariatet innarbeider innspela frå møtet og legg fram endeleg plan i neste møte.", NynorskCase("7/2025").Decision);
        Assert.Equal("Innkalling og sakliste er godkjende.", NynorskCase("5/2025").Decision);
        Assert.Equal(["5/2025", "6/2025", "7/2025", "8/2025", "9/2025"], Nynorsk.CaseNumbers);
    }

    [Fact]
    public void AProtocolDatedWithATwoDigitYearGivesItsMeetingAndCases()
    {
        Assert.Equal("03.03.2025", Protocol.Number);
        Assert.Equal(new DateOnly(2025, 3, 3), Protocol.Date);
        Assert.Equal("fagdirektormotet", Protocol.Council);
        Assert.Equal("Helse Sør-Øst RHF, Hamar", Protocol.Place);
        Assert.Equal(["7/2025", "8/2025", "9/2025", "10/2025"], Protocol.CaseNumbers);
        Assert.Equal("Orientering om nasjonal strategi for persontilpasset medisin", ProtocolCase("9/2025").Title);
        Assert.Equal("Orienteringen tas til etterretning.", ProtocolCase("9/2025").Decision);
        Assert.Equal(["41/2024"], ProtocolCase("10/2025").PreviouslyHandled);
    }

    [Fact]
    public void AProtocolGivesItsChairPresentAndTheAdministrationAsSecretariat()
    {
        Assert.Equal(["Geir Tollåli", "Bjørn Kåre Løvås", "Baard-Christian Schem", "Kjetil Bordvik"], Protocol.Present.Select(p => p.Name));
        Assert.Equal("Tor Åge Myklebust", Assert.Single(Protocol.Absent).Name);
        Assert.Equal(["Hanne Sørli", "Lene Ødegård", "Mona Strøm"], Protocol.Secretariat.Select(p => p.Name));
        Assert.Equal("Helse Midt-Norge RHF", Protocol.Secretariat[^1].Affiliation);
    }

    [Fact]
    public void AProtocolReadsADecisionWrittenAsASentenceOfTheCouncil()
    {
        Assert.Equal("Rådet vedtok å be NorPreM utrede en felles finansieringsmodell innen 1. juni 2025.", ProtocolCase("10/2025").Decision);
        Assert.Equal("Rådet vedtok innkalling og saksliste uten merknader.", ProtocolCase("7/2025").Decision);
        // "Protokollen ble godkjent." is the approval the protocol records.
        Assert.Equal("Protokollen ble godkjent.", ProtocolCase("8/2025").Decision);
        Assert.Equal(DecisionKinds.Approval, ProtocolCase("8/2025").DecisionKind);
        Assert.DoesNotContain("Rådet vedtok", ProtocolCase("10/2025").Discussion);
        Assert.Null(ProtocolCase("7/2025").Discussion);
    }

    [Fact]
    public void AProtocolKeepsAnItemOfAnotherSeriesOutOfTheCaseAbove()
    {
        Assert.DoesNotContain("Referatsaker", ProtocolCase("10/2025").Discussion);
        Assert.DoesNotContain(Run.Value.Protocol.Cases, c => c.Number == "12/2024");
    }
}

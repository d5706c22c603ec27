using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Minutes;
using NorPreM.Ingest.Structure.Splitting;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Structure;

public sealed class MinutesParserTests
{
    private static MeetingRecord Meeting => StructureFixture.Knowledge.Meetings.Single(m => m.Number == "2/2022");

    [Fact]
    public void ReadsCouncilDateTimeAndPlaceOfMeetingTwo()
    {
        Assert.Equal(Councils.HelseOmsorg21, Meeting.Council);
        Assert.Equal(new DateOnly(2022, 3, 30), Meeting.Date);
        Assert.StartsWith("Onsdag 30. mars 2022, kl. 10.00 – 16.00", Meeting.DateText);
        Assert.Equal("10:00", Meeting.StartTime);
        Assert.Equal("16:00", Meeting.EndTime);
        Assert.Equal("Forskningsrådets lokaler", Meeting.Place);
        Assert.Equal([4, 5, 6, 7], Meeting.MinutesPages);
    }

    [Fact]
    public void ReadsPresentAbsentObserversAndSecretariat()
    {
        Assert.Equal(15, Meeting.Present.Count);
        Assert.Equal(new Attendee("Per Morten Sandset", "UiO", "leder"), Meeting.Present[0]);
        Assert.Contains(new Attendee("Gro Jamtvedt", "OsloMet", "til stede t.o.m. dialogmøtet"), Meeting.Present);
        Assert.Contains(Meeting.Present, a => a.Name == "Marte Kvittum Tangen" && a.Affiliation == "Norsk Forening for Allmennmedisin (NFA)" && a.Remark is null);
        Assert.Equal(["Erlend Smeland", "Kristin Weidemann Wieland"], Meeting.Absent.Select(a => a.Name));
        Assert.Equal(8, Meeting.Observers.Count);
        Assert.DoesNotContain(Meeting.Observers, a => a.Name.StartsWith("Deltok", StringComparison.Ordinal));
        Assert.Contains(new Attendee("Torunn G. Omland", null, "digitalt"), Meeting.Observers);
        Assert.Contains(new Attendee("Cathrine Capdeville", "Innovasjon Norge", null), Meeting.Observers);
        Assert.Equal(["seniorrådgiver", "spesialrådgiver", "avdelingsdirektør"], Meeting.Secretariat.Select(a => a.Role));
    }

    [Fact]
    public void ReadsEveryCaseWithItsDecision()
    {
        Assert.Equal(Enumerable.Range(13, 11).Select(n => $"{n}/2/2022"), Meeting.CaseNumbers);
        var cases = Meeting.CaseNumbers.Select(StructureFixture.Case).ToList();
        Assert.All(cases, c => Assert.False(string.IsNullOrEmpty(c.Decision)));
        Assert.Equal("Oppfølging av dialogmøter om innovasjon og næringsutvikling i helsesektoren", cases[4].Title);
        Assert.Equal("Rådet tar med seg innspillene som kom på møtet i det videre arbeidet. Rådsmedlemmer involveres i oppfølgingen.", cases[4].Decision);
        Assert.StartsWith("Gloria Traina fra Helse- og omsorgsdepartementet (HOD) orienterte", cases[6].Discussion);
        Assert.Null(cases[10].Discussion);
        Assert.Equal("Intet.", cases[10].Decision);
    }

    [Fact]
    public void ReadsMisprintedYearAsTheMeetingsAndKeepsThePrintedForm()
    {
        var c = StructureFixture.Case("14/2/2022");
        Assert.Equal("14/2/21", c.NumberAsPrinted);
        Assert.Equal("Spørsmål om habilitet", c.Title);
        Assert.Contains(StructureFixture.Bundle.Document.Warnings, w => w.Contains("14/2/21", StringComparison.Ordinal));
    }

    [Fact]
    public void ParsesMinutesGivenAsPlainLayoutText()
    {
        const string text = """
            Referat Møte 2/2022

            HelseOmsorg 21-rådet
            Dato              Onsdag 30. mars 2022, kl. 10.00 – 16.00
            Sted              Forskningsrådets lokaler

            Til stede:        Per Morten Sandset, UiO (leder)
                              Gro Jamtvedt, OsloMet (til stede t.o.m. dialogmøtet)

            Forfall:          Erlend Smeland, Oslo Universitetsykehus

            Sak 22/2/22 Eventuelt
                       Ingen saker ble meldt inn til eventuelt.
            Vedtak:    Intet.

            Sak 23/2/22 Evaluering av møtet
            Vedtak:    Intet.
            """;
        var rows = LayoutReader.FromLayoutText(text).SelectMany(p => p.Rows).ToList();
        var part = new SplitPart(new DocumentPart { Id = "d:1", Title = "Referat", DocumentType = DocumentTypes.Minutes, FirstPage = 1, LastPage = 1 }, null, null, null);
        var parsed = new MinutesParser().Parse(part, rows, "d", null)!;
        Assert.Equal("2/2022", parsed.Meeting.Number);
        Assert.Equal(Councils.HelseOmsorg21, parsed.Meeting.Council);
        Assert.Equal(new DateOnly(2022, 3, 30), parsed.Meeting.Date);
        Assert.Equal(["Per Morten Sandset", "Gro Jamtvedt"], parsed.Meeting.Present.Select(a => a.Name));
        Assert.Equal("Erlend Smeland", Assert.Single(parsed.Meeting.Absent).Name);
        Assert.Equal(["22/2/2022", "23/2/2022"], parsed.Cases.Select(c => c.Number));
        Assert.Equal("Ingen saker ble meldt inn til eventuelt.", parsed.Cases[0].Discussion);
        Assert.Equal("Intet.", parsed.Cases[1].Decision);
    }
}

public sealed class MinutesNumberingTests
{
    [Fact]
    public void ARowAfterAShortCaseHeadingInTheSameBlockIsDiscussionAndAFullHeadingRowWraps()
    {
        // As OCR gives it: no gap and no font change between a heading and the paragraph after it.
        const string text = """
            Referat fra møte i NorPreM-rådet i Helse Nord, 14. mai 2024

            Sak 09/24 Felles rutiner for sekvensering og lagring av genomdata på tvers av alle de fire
            helseforetakene i regionen
            Øystein Sæther orienterte om arbeidet med felles rutiner for helgenomsekvensering i regionen.

            Sak 10/24 Eventuelt
            Ingen saker ble meldt.
            """;
        var rows = LayoutReader.FromLayoutText(text).SelectMany(p => p.Rows).ToList();
        var part = new SplitPart(new DocumentPart { Id = "d:1", Title = "Referat", DocumentType = DocumentTypes.Minutes, FirstPage = 1, LastPage = 1 }, null, null, null);
        var parsed = new MinutesParser().Parse(part, rows, "d", null)!;
        Assert.Equal("Felles rutiner for sekvensering og lagring av genomdata på tvers av alle de fire helseforetakene i regionen", parsed.Cases[0].Title);
        Assert.Equal("Eventuelt", parsed.Cases[1].Title);
        Assert.Equal("Ingen saker ble meldt.", parsed.Cases[1].Discussion);
    }

    [Fact]
    public void LeavesTheClosingGreetingPlaceDateAndSignatureOutOfTheLastCase()
    {
        const string text = """
            Referat Møte 2/2024

            Sak 14/2/24 Eventuelt
                        Rådet i Bergen, 20. mars 2024 ble nevnt.
            Vedtak:     Tas til orientering.

            Bergen, 20. mars 2024 Kari Nordmann, referent

            Sak 15/2/24 Neste møte
                        Neste møte holdes i juni.

            Med vennlig hilsen
            Per Hansen
            """;
        var rows = NorPreM.Ingest.Structure.Layout.LayoutReader.FromLayoutText(text).SelectMany(p => p.Rows).ToList();
        var part = new NorPreM.Ingest.Structure.Splitting.SplitPart(
            new NorPreM.Core.Model.DocumentPart { Id = "d:1", Title = "Referat", DocumentType = NorPreM.Core.Model.DocumentTypes.Minutes, FirstPage = 1, LastPage = 1 }, null, null, null);
        var parsed = new NorPreM.Ingest.Structure.Minutes.MinutesParser().Parse(part, rows, "d", null)!;
        Assert.Equal(["14/2/2024", "15/2/2024"], parsed.Cases.Select(c => c.Number));
        Assert.Equal("Rådet i Bergen, 20. mars 2024 ble nevnt.", parsed.Cases[0].Discussion);
        Assert.Equal("Tas til orientering.", parsed.Cases[0].Decision);
        Assert.Equal("Neste møte holdes i juni.", parsed.Cases[1].Discussion);
    }

    [Fact]
    public void LeavesACaseNumberThatDoesNotFitTheSequenceAsPrinted()
    {
        const string text = """
            Referat Møte 2/2022

            Sak 13/2/22 Godkjenning av innkalling og sakliste
            Vedtak:     Innkallingen og sakslisten godkjennes.

            Sak 40/2/21 Oppfølging av tidligere sak
                        Rådet ble orientert.
            Vedtak:     Tas til orientering.
            """;
        var rows = NorPreM.Ingest.Structure.Layout.LayoutReader.FromLayoutText(text).SelectMany(p => p.Rows).ToList();
        var part = new NorPreM.Ingest.Structure.Splitting.SplitPart(
            new NorPreM.Core.Model.DocumentPart { Id = "d:1", Title = "Referat", DocumentType = NorPreM.Core.Model.DocumentTypes.Minutes, FirstPage = 1, LastPage = 1 }, null, null, null);
        var parsed = new NorPreM.Ingest.Structure.Minutes.MinutesParser().Parse(part, rows, "d", null)!;
        Assert.Equal(["13/2/2022", "40/2/2021"], parsed.Cases.Select(c => c.Number));
        Assert.All(parsed.Cases, c => Assert.Null(c.NumberAsPrinted));
        Assert.Empty(parsed.Warnings);
    }
}

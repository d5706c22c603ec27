using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.OcrRepair;
using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Tests.OcrRepair;
using NorPreM.Ingest.Tests.TestSupport;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// Minutes of the NorPreM council of Helse Nord (Structure/Fixtures, written for the tests), born digital and as an
/// image-only scan at 90 dpi, slightly rotated and blurred, that only OCR can read.
/// </summary>
public sealed class ScannedMinutesTests
{
    private const string Scan = "referat-helse-nord-2024-05-skannet.pdf";

    [Fact]
    public void AMeetingNumberGivenAsAHeaderFieldNamesTheMeeting()
    {
        var meeting = Assert.Single(StructureFixture.ParseFixture("referat-helse-nord-2024-05.pdf").Meetings);
        Assert.Equal("2/2024", meeting.Number);
        Assert.Equal(new DateOnly(2024, 5, 14), meeting.Date);
    }

    [TesseractFact]
    public void AnImageOnlyScanOfMinutesKeepsItsMeetingCasesDecisionsAndAttendees()
    {
        var pdf = File.ReadAllBytes(Repo.Path2("tests", "Ingest.Tests", "Structure", "Fixtures", Scan));
        var extracted = new PdfPigTextExtractor().Extract(pdf, Scan);
        var repaired = OcrRepairStage.CreateDefault(_ => { }).Repair(extracted, pdf);
        var (parser, _) = StructureStage.CreateDefault();
        var minutes = parser.Parse(repaired);

        Assert.Equal("ocr", repaired.Pages[0].Quality!.Source);
        var meeting = Assert.Single(minutes.Meetings);
        Assert.Equal(Councils.NorPreMNord, meeting.Council);
        Assert.Equal(new DateOnly(2024, 5, 14), meeting.Date);
        Assert.Contains("Øystein Sæther", meeting.Present.Select(p => p.Name));
        Assert.Contains("Åse Bråten", meeting.Present.Select(p => p.Name));
        Assert.Equal("Håkon Øverås", Assert.Single(meeting.Absent).Name);
        Assert.Equal(["7/2024", "8/2024", "9/2024", "10/2024"], minutes.Cases.Select(c => c.Number));
        Assert.Equal("Økonomi og budsjett for kompetansetiltak", minutes.Cases[1].Title);
        Assert.StartsWith("Rådet støtter forslaget", minutes.Cases[2].Decision);
        Assert.Equal("Eventuelt", minutes.Cases[3].Title);
        Assert.StartsWith("Ingen saker ble", minutes.Cases[3].Discussion);
    }

    [TesseractFact]
    public void ACoarseScanIsReadAt300DpiSoItsNorwegianLettersAndMeetingNumberSurvive()
    {
        var pdf = File.ReadAllBytes(Repo.Path2("tests", "Ingest.Tests", "Structure", "Fixtures", Scan));
        var repaired = OcrRepairStage.CreateDefault(_ => { }).Repair(new PdfPigTextExtractor().Extract(pdf, Scan), pdf);
        var text = repaired.Pages[0].Text;

        // Read as stored (90 dpi), Tesseract gives "Møte: 22024", "opplaring", "fr høsten" and "tl fastlegene".
        Assert.Contains("Møte: 2/2024", text);
        Assert.Contains("Midlene til opplæring i genetisk veiledning", text);
        Assert.Contains("på nytt før høsten", text);
        Assert.Contains("tilbakemelding til fastlegene", text);
        var (parser, _) = StructureStage.CreateDefault();
        Assert.Equal("2/2024", Assert.Single(parser.Parse(repaired).Meetings).Number);
    }
}

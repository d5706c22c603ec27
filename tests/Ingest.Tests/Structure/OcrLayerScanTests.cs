using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.OcrRepair;
using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Minutes;
using NorPreM.Ingest.Structure.Splitting;
using NorPreM.Ingest.Tests.OcrRepair;
using NorPreM.Ingest.Tests.TestSupport;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// Council papers whose scanner ran an English OCR over Norwegian pages (Structure/Fixtures/*-ocr-eng.pdf, made by
/// scripts/make-ocr-layer-fixture.sh): the text layer reads "Mete: 4/2024", "Radet", "Tromsg". What the structure
/// parser must still find in such text, with or without Tesseract to read the page again.
/// </summary>
public sealed class OcrLayerScanTests
{
    /// <summary>A fixture through extraction, OCR repair (Tesseract only when <paramref name="useOcr"/>) and the structure stage.</summary>
    public static StructuredDocument ParseScan(string file, bool useOcr)
    {
        var pdf = File.ReadAllBytes(Repo.Path2("tests", "Ingest.Tests", "Structure", "Fixtures", file));
        var repaired = OcrRepairStage.CreateDefault(_ => { }, useOcr).Repair(new PdfPigTextExtractor().Extract(pdf, file), pdf);
        var (parser, _) = StructureStage.CreateDefault();
        return parser.Parse(repaired);
    }

    private static ParsedMinutes Parse(string text)
    {
        var rows = LayoutReader.FromLayoutText(text).SelectMany(p => p.Rows).ToList();
        var part = new SplitPart(new DocumentPart { Id = "d:1", Title = "Referat", DocumentType = DocumentTypes.Minutes, FirstPage = 1, LastPage = 1 }, null, null, null);
        return new MinutesParser().Parse(part, rows, "d", null)!;
    }

    [Fact]
    public void AnAttendeeListThatWrapsBetweenANameAndItsAffiliationKeepsTheAffiliationWithThePerson()
    {
        var parsed = Parse("""
            Referat fra møte i NorPreM-rådet i Helse Nord
            Møte: 4/2024
            Dato: 17. september 2024

            Til stede: Sølvi Hætta (leder), Helse Nord RHF; Jørn Kråkenes,
            Universitetssykehuset Nord-Norge; Åge Ødegård, Nordlandssykehuset;
            Mette Bø, Helgelandssykehuset

            Sak 21/24 Godkjenning av referat fra møte 3/2024
            Vedtak: Referatet godkjennes.
            """);

        Assert.Equal(["Sølvi Hætta", "Jørn Kråkenes", "Åge Ødegård", "Mette Bø"], parsed.Meeting.Present.Select(a => a.Name));
        Assert.Equal("Universitetssykehuset Nord-Norge", parsed.Meeting.Present[1].Affiliation);
    }

    [Fact]
    public void AMeetingLabelReadAsMeteStillNumbersTheMeetingWithoutTesseract()
    {
        // The text layer reads "Mete: 4/2024"; "mete" is a word, so the corrector may keep it.
        var minutes = ParseScan("referat-norprem-rad-nord-2024-09-ocr-eng.pdf", useOcr: false);

        var meeting = Assert.Single(minutes.Meetings);
        Assert.Equal("4/2024", meeting.Number);
        Assert.Equal(Councils.NorPreMNord, meeting.Council);
        Assert.Equal(new DateOnly(2024, 9, 17), meeting.Date);
        Assert.Equal(["21/2024", "22/2024", "23/2024", "24/2024"], minutes.Cases.Select(c => c.Number));
        Assert.All(minutes.Cases, c => Assert.Equal("4/2024", c.Meeting));
        Assert.Equal(4, meeting.Present.Count);
        Assert.Equal("Sølvi Hætta", meeting.Present[0].Name);
        Assert.Equal(new Attendee("Åge Ødegård", "Nordlandssykehuset", null), meeting.Present[2]);
        Assert.StartsWith("Rådet ber Universitetssykehuset Nord-Norge utarbeide en plan", minutes.Cases[1].Decision);
    }

    [Theory]
    [InlineData("Mete: 4/2024")]
    [InlineData("Saksframlegg Mgte 2/2024")]
    [InlineData("Referat M@te 4/2024")]
    [InlineData("Referat Møte 4/2024")]
    public void FindsAMeetingNumberAfterAnOcrReadingOfMøte(string text) =>
        Assert.Equal(text.Contains("2/2024", StringComparison.Ordinal) ? "2/2024" : "4/2024", CaseNumber.FindMeeting(text.Replace(":", "", StringComparison.Ordinal)));

    [TesseractFact]
    public void WithTesseractTheMinutesGetTheirNamesAndPlacesBack()
    {
        var minutes = ParseScan("referat-fagdirektormote-2024-02-ocr-eng.pdf", useOcr: true);

        var meeting = Assert.Single(minutes.Meetings);
        Assert.Equal(("2/2024", Councils.Fagdirektormotet), (meeting.Number, meeting.Council));
        Assert.Equal("Nordlandssykehuset, Bodø", meeting.Place);
        Assert.Equal(["Bjørn Aarø", "Kjersti Sørå", "Ståle Grønbæk", "Trude Øvrebø"], meeting.Present.Select(p => p.Name));
        Assert.Equal(new Attendee("Pål Bråthen", "Helse Sør-Øst RHF", null), Assert.Single(meeting.Absent));
        Assert.Equal(["5/1/2024"], minutes.Cases[1].PreviouslyHandled);
        Assert.Equal("Fagdirektørmøtet gir NorPreM i oppdrag å utarbeide et opplæringsprogram innen utgangen av året.", minutes.Cases[2].Decision);
    }
}

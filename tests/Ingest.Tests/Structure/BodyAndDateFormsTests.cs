using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Readers;
using NorPreM.Ingest.Structure.Recognition;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>Bodies and meeting dates printed outside the header forms: meeting headings, bands, sentences, tables, datelines.</summary>
public sealed class BodyAndDateFormsTests
{
    private static LayoutRow Row(params string[] cells) =>
        new(1, cells.Select((c, i) => new LayoutCell(c, 50 + (i * 150), 180 + (i * 150))).ToList(), 0, 10, 10, false, true);

    [Theory]
    [InlineData("Møte i formannskapet i Lundhaug", "Formannskapet i Lundhaug")]
    [InlineData("Møte i Levekårsutvalet 3. juni 2024", "Levekårsutvalet")]
    public void ReadsTheOrganOfAMeetingHeading(string heading, string name)
    {
        Assert.Equal(name, BodyRecogniser.Named(null, [heading]));
    }

    [Fact]
    public void ReadsAnOrganBeforeItsMeetingNumberUnderTheMunicipalityBand()
    {
        Assert.Equal("Eldrerådet i Holmvik", BodyRecogniser.Named(null, ["MØTEPROTOKOLL", "Eldrerådet – møte nr. 2/2024"], ["HOLMVIK KOMMUNE"]));
    }

    [Fact]
    public void DropsAnAbbreviationInBracketsFromTheName()
    {
        Assert.Equal("Komité for helse og velferd i Sandøy",
            BodyRecogniser.Named(null, ["KHV – referat", "Referat fra møte i Komité for helse og velferd (KHV) i Sandøy"]));
    }

    [Fact]
    public void ReadsTheBoardOfTheLetterheadFromAnEmailNotice()
    {
        Assert.Equal("Styret i Astmaforeningen Innlandet",
            BodyRecogniser.Named(null, ["Fra: Per Lunde", "Til: Styret", "Emne: Innkalling til styremøte"], ["Astmaforeningen Innlandet"]));
    }

    [Fact]
    public void ReadsTheOrganOfAFooterBandOfAMeetingPaper()
    {
        var body = BodyRecogniser.Recognise("Referat", ["Referat fra møte 2/2024", "Tid: 4. mars 2024"], "Tid: 4. mars 2024", ["Pasientrådet ved Sykehuset Nordvang HF", "Side 1"]);
        Assert.Equal("pasientradet-ved-sykehuset-nordvang-hf", body?.Id);
    }

    [Fact]
    public void ReadsTheOrganNamedInASentenceAboutTheMeeting()
    {
        var body = BodyRecogniser.Recognise("Protokoll", ["Protokoll"], "Protokoll\nÅrsmøtet i Legatet Bergly ble holdt på Bergly gård. Alle var til stede.", null);
        Assert.Equal("arsmotet-legatet-bergly", body?.Id);
    }

    [Fact]
    public void ALetterMentioningAnOrganHasNoBody()
    {
        Assert.Null(BodyRecogniser.Recognise("Svar på høring", ["Svar på høring"], "Vi viser til brev fra Kommunestyret i Bodø og møtet 3. mai.", null));
    }

    [Fact]
    public void TakesTheMeetingDateBelowItsLabelInATable()
    {
        var held = MeetingDateReader.Held([], [Row("Referat"), Row("Møtested", "Møtedato", "Tid"), Row("Rådhuset", "14.05.2024", "10:00")]);
        Assert.Equal(new DateOnly(2024, 5, 14), held?.Date);
    }

    [Fact]
    public void ReadsTheMeetingDateAfterADatelineThatDatesThePaper()
    {
        var held = MeetingDateReader.Held([], [Row("Havstad, 2. oktober 2024"), Row("Referat fra møtet 24. september 2024")]);
        Assert.Equal(new DateOnly(2024, 9, 24), held?.Date);
    }

    [Fact]
    public void ReadsADayOfThisMonthFromTheDateline()
    {
        var held = MeetingDateReader.Held([], [Row("Lia, 19. november 2024"), Row("Utdrag fra rådsmøtet den 12. ds.")]);
        Assert.Equal(new DateOnly(2024, 11, 12), held?.Date);
    }

    [Fact]
    public void CompletesADateWithoutYearFromTheSendingDate()
    {
        var fields = new List<HeaderField> { HeaderFieldReader.Read("Tidspunkt:", "onsdag 8. januar kl. 18")! };
        var held = MeetingDateReader.WithoutYear(fields, [Row("Sendt: 20. desember 2024 14:02"), Row("Tidspunkt: onsdag 8. januar kl. 18")], null);
        Assert.Equal(new DateOnly(2025, 1, 8), held?.Date);
    }
}

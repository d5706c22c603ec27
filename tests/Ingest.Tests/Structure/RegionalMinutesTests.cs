using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Tests.TestSupport;
using NorPreM.Search.Model;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// Minutes in another council's style than the corpus (Structure/Fixtures/regionalt-rad-referat-2023-05.html, rendered
/// to PDF): flush-left paragraphs, cases numbered by year, the meeting named only by its date, wrapped attendee lists.
/// </summary>
public sealed class RegionalMinutesTests
{
    private const string FileName = "regionalt-rad-referat-2023-05.pdf";

    private static readonly Lazy<StructuredDocument> Parsed = new(() =>
    {
        var bytes = File.ReadAllBytes(Repo.Path2("tests", "Ingest.Tests", "Structure", "Fixtures", FileName));
        var (parser, _) = StructureStage.CreateDefault();
        return parser.Parse(new PdfPigTextExtractor().Extract(bytes, FileName));
    });

    private static MeetingRecord Meeting => Assert.Single(Parsed.Value.Meetings);

    private static CaseRecord Case(string number) => Parsed.Value.Cases.Single(c => c.Number == number);

    [Fact]
    public void KeysAMeetingWithoutANumberByItsDate()
    {
        Assert.Equal("12.05.2023", Meeting.Number);
        Assert.Equal(new DateOnly(2023, 5, 12), Meeting.Date);
        Assert.Equal("norprem-rad", Meeting.Council);
        Assert.Equal("Haukeland universitetssjukehus / Teams", Meeting.Place);
        Assert.Equal(("10:00", "12:00"), (Meeting.StartTime, Meeting.EndTime));
    }

    [Fact]
    public void ReadsCaseNumbersByYearAndTiesThemToTheMeeting()
    {
        Assert.Equal(["10/2023", "11/2023", "12/2023", "13/2023", "14/2023"], Meeting.CaseNumbers);
        Assert.All(Parsed.Value.Cases, c => Assert.Equal("12.05.2023", c.Meeting));
        Assert.All(Parsed.Value.Cases, c => Assert.Equal(new DateOnly(2023, 5, 12), c.MeetingDate));
    }

    [Fact]
    public void ReadsEveryPersonOfASemicolonListThatWrapsOverLines()
    {
        Assert.Equal(["Kari Nordmann", "Ola Hansen", "Per Olsen", "Anne Berg", "Jonas Ødegård"], Meeting.Present.Select(p => p.Name));
        Assert.Equal("leder", Meeting.Present[0].Remark);
        Assert.Equal("Helse Bergen", Meeting.Present[0].Affiliation);
        Assert.Equal("Høgskulen på Vestlandet", Meeting.Present[^1].Affiliation);
        Assert.Equal("Lise Dahl", Assert.Single(Meeting.Absent).Name);
        Assert.Equal("Nina Lie", Assert.Single(Meeting.Secretariat).Name);
    }

    [Fact]
    public void KeepsTheFirstParagraphOutOfTheTitleButJoinsAWrappedTitle()
    {
        Assert.Equal("Godkjenning av innkalling og saksliste", Case("10/2023").Title);
        Assert.Equal("Innkalling og saksliste ble gjennomgått.", Case("10/2023").Discussion);
        Assert.Equal("Kompetanseplan for genetisk veiledning og videreutdanning av sykepleiere og leger i helseregionen", Case("13/2023").Title);
    }

    [Fact]
    public void ReadsDecisionsConclusionsAndEarlierHandling()
    {
        Assert.Equal("Rådet ber arbeidsgruppen utarbeide forslag til felles rutiner innen neste møte. Saken meldes videre til fagdirektørmøtet.", Case("12/2023").Decision);
        Assert.Equal("Rådet støtter forslaget til kompetanseplan.", Case("13/2023").Decision);
        Assert.Equal(["4/2023"], Case("12/2023").PreviouslyHandled);
        Assert.DoesNotContain("Tidligere behandlet", Case("12/2023").Discussion);
        Assert.Null(Case("14/2023").Decision);
    }

    [Fact]
    public void MatchesGolden() =>
        Golden.Verify(new { Parsed.Value.Meetings, Parsed.Value.Cases, Parsed.Value.People, Parsed.Value.Organisations },
            "tests/Ingest.Tests/Golden/regionalt-rad-referat-2023-05.structure.expected.json");
}

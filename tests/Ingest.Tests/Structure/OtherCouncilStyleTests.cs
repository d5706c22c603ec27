using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Tests.TestSupport;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// Papers in other councils' styles than the corpus (Structure/Fixtures, written for the tests and rendered to PDF):
/// minutes of a regional NorPreM council with flush-left paragraphs, cases numbered by year, the meeting named only by
/// its date and wrapped attendee lists; and a case paper for the interregional fagdirektørmøte with its number and
/// meeting date in a "label: value" table, which follows the regional case up; and the fagdirektørmøte's minutes, with
/// the case number alone on its row, a list of people under "Deltakere:" and a "jf. sak" back to the case paper.
/// </summary>
public sealed class OtherCouncilStyleTests
{
    private const string MinutesFile = "regionalt-rad-referat-2023-05.pdf";
    private const string CasePaperFile = "fagdirektormote-sak-34-23.pdf";
    private const string FollowUpFile = "fagdirektormote-referat-2023-09.pdf";

    private static readonly Lazy<(StructuredDocument Minutes, StructuredDocument CasePaper, StructuredDocument FollowUp, KnowledgeBase Knowledge)> Run = new(() =>
    {
        var minutes = StructureFixture.ParseFixture(MinutesFile);
        var paper = StructureFixture.ParseFixture(CasePaperFile);
        var followUp = StructureFixture.ParseFixture(FollowUpFile);
        return (minutes, paper, followUp, StructureStage.CreateDefault().Linker.Link([minutes, paper, followUp]));
    });

    private static StructuredDocument Minutes => Run.Value.Minutes;

    private static MeetingRecord Meeting => Assert.Single(Minutes.Meetings);

    private static CaseRecord Case(string number) => Minutes.Cases.Single(c => c.Number == number);

    [Fact]
    public void KeysAMeetingWithoutANumberByItsDate()
    {
        Assert.Equal("12.05.2023", Meeting.Number);
        Assert.Equal(new DateOnly(2023, 5, 12), Meeting.Date);
        Assert.Equal("norprem-rad-vest", Meeting.Council);
        Assert.Equal("Haukeland universitetssjukehus / Teams", Meeting.Place);
        Assert.Equal(("10:00", "12:00"), (Meeting.StartTime, Meeting.EndTime));
    }

    [Fact]
    public void ReadsCaseNumbersByYearAndTiesThemToTheMeeting()
    {
        Assert.Equal(["10/2023", "11/2023", "12/2023", "13/2023", "14/2023"], Meeting.CaseNumbers);
        Assert.All(Minutes.Cases, c => Assert.Equal("12.05.2023", c.Meeting));
        Assert.All(Minutes.Cases, c => Assert.Equal(new DateOnly(2023, 5, 12), c.MeetingDate));
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
    public void ReadsACasePaperWhoseNumberAndMeetingDateStandInTheTable()
    {
        var paper = Assert.Single(Run.Value.CasePaper.Cases);
        Assert.Equal("34/2023", paper.Number);
        Assert.Equal("Felles rutiner for genpaneldiagnostikk", paper.Title);
        Assert.Equal("fagdirektormotet", paper.Council);
        Assert.Equal("15.06.2023", paper.Meeting);
        Assert.Equal(new DateOnly(2023, 6, 15), paper.MeetingDate);
        Assert.Equal(["Kari Nordmann"], paper.CaseOfficers);
        Assert.Equal(["Bakgrunn", "Vurdering"], paper.Sections.Select(s => s.Heading));
        Assert.StartsWith("1. Fagdirektørmøtet slutter seg til", paper.ProposedDecision);
    }

    [Fact]
    public void FollowsTheCaseFromTheRegionalCouncilThroughThePaperToTheMinutes()
    {
        var kb = Run.Value.Knowledge;
        Assert.Equal(["12/2023"], kb.Cases.Single(c => c.Number == "34/2023").PreviouslyHandled);
        Assert.Equal(["34/2023"], kb.Cases.Single(c => c.Number == "12/2023").LaterHandled);
        Assert.Equal(["34/2023"], kb.Cases.Single(c => c.Number == "41/2023").PreviouslyHandled);
        Assert.Equal(["41/2023"], kb.Cases.Single(c => c.Number == "34/2023").LaterHandled);
    }

    [Fact]
    public void ReadsTitlesOnTheRowAfterTheNumberAndAPersonARowUnderABareLabel()
    {
        var meeting = Assert.Single(Run.Value.FollowUp.Meetings);
        Assert.Equal(("fagdirektormotet", "20.09.2023", "Gardermoen"), (meeting.Council, meeting.Number, meeting.Place));
        Assert.Equal(["Anne Hansen", "Bjørn Li", "Cecilie Moe", "Dag Ås"], meeting.Present.Select(p => p.Name));
        Assert.Equal("Helse Sør-Øst RHF", meeting.Present[0].Affiliation);
        Assert.Empty(meeting.Absent);

        var cases = Run.Value.FollowUp.Cases;
        Assert.Equal(["Orientering om NorPreM – status og videre arbeid", "Kunstig intelligens i bildediagnostikk"], cases.Select(c => c.Title));
        Assert.StartsWith("Nasjonal leder for NorPreM orienterte", cases[0].Discussion);
        Assert.Contains("Fagdirektørmøtet ber NorPreM legge fram forslag til finansiering av nasjonal genomsekvensering", cases[0].Decision);
    }

    [Fact]
    public void FollowUpMinutesMatchGolden() =>
        Golden.Verify(new { Run.Value.FollowUp.Meetings, Run.Value.FollowUp.Cases }, "tests/Ingest.Tests/Golden/fagdirektormote-referat-2023-09.structure.expected.json");

    [Fact]
    public void CasePaperMatchesGolden() =>
        Golden.Verify(new { Run.Value.CasePaper.Cases, Run.Value.CasePaper.Meetings }, "tests/Ingest.Tests/Golden/fagdirektormote-sak-34-23.structure.expected.json");

    [Fact]
    public void MinutesMatchGolden() =>
        Golden.Verify(new { Minutes.Meetings, Minutes.Cases, Minutes.People, Minutes.Organisations },
            "tests/Ingest.Tests/Golden/regionalt-rad-referat-2023-05.structure.expected.json");
}

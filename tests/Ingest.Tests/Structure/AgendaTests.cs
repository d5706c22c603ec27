using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Structure.Text;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// An agenda (Structure/Fixtures/innkalling-fagdirektormote-2025-02, written for the tests and rendered to PDF): the
/// meeting and its numbered case list are read, recorded as the agenda's, with no discussion, decision or attendance.
/// </summary>
public sealed class AgendaTests
{
    private const string File = "innkalling-fagdirektormote-2025-02.pdf";

    private static readonly Lazy<StructuredDocument> Parsed = new(() => StructureFixture.ParseFixture(File));

    [Fact]
    public void ReadsTheMeetingOfAnAgendaAsTheAgendasNotAsMinutes()
    {
        Assert.Equal(DocumentTypes.Agenda, Parsed.Value.Document.DocumentType);
        var meeting = Assert.Single(Parsed.Value.Meetings);
        Assert.Equal(("fagdirektormotet", "05.02.2025", new DateOnly(2025, 2, 5), "Teams"), (meeting.Council, meeting.Number, meeting.Date, meeting.Place));
        Assert.Equal(Parsed.Value.Document.Id, meeting.AgendaDocumentId);
        Assert.Equal([1], meeting.AgendaPages);
        Assert.Null(meeting.MinutesDocumentId);
        Assert.Empty(meeting.Present);
    }

    [Fact]
    public void ReadsTheNumberedCaseListWithTitlesAndNoDiscussionOrDecision()
    {
        var cases = Parsed.Value.Cases;
        Assert.Equal(["1/2025", "2/2025", "3/2025", "4/2025", "5/2025"], cases.Select(c => c.Number));
        Assert.Equal("Finansiering av genetiske analyser i spesialisthelsetjenesten", cases[2].Title);
        Assert.Equal("Oppfølging av Sak 10/23 – felles veileder for registerdata", cases[3].Title);
        Assert.All(cases, c => Assert.Equal((null, null, null), (c.Discussion, c.Decision, c.MinutesDocumentId)));
        Assert.All(cases, c => Assert.Equal(Parsed.Value.Document.Id, c.AgendaDocumentId));
    }

    [Fact]
    public void GivesAProposalThatNamesItsCaseToThatCase()
    {
        var proposal = Parsed.Value.Cases.Single(c => c.Number == "3/2025").ProposedDecision;
        Assert.Equal("Fagdirektørmøtet slutter seg til forslaget om en felles modell for å dekke kostnadene ved genetiske analyser.", proposal);
        Assert.All(Parsed.Value.Cases.Where(c => c.Number != "3/2025"), c => Assert.Null(c.ProposedDecision));
    }

    [Theory]
    [InlineData("1. Sak 01-2025 Godkjenning av innkalling", "1/2025", "Godkjenning av innkalling")]
    [InlineData("• Sak 3/24 Eventuelt", "3/2024", "Eventuelt")]
    [InlineData("Sak 28/3/2022 Innspill til helsepersonellkommisjonen", "28/3/2022", "Innspill til helsepersonellkommisjonen")]
    public void ReadsACaseHeadingAlsoAsANumberedOrBulletedListItem(string row, string number, string title)
    {
        var (found, rest) = Assert.NotNull(CaseHeadings.Read(row));
        Assert.Equal((number, title), (found.ToString(), rest));
    }

    [Theory]
    [InlineData("1. 12/05 ble møtet flyttet")]
    [InlineData("2. Rådet drøftet sak 12/23")]
    public void DoesNotTakeAListItemWithoutALeadingSakForACaseHeading(string row) =>
        Assert.Null(CaseHeadings.Read(row));
}

using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Structure.Linking;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Structure;

public sealed class KnowledgeLinkerTests
{
    [Theory]
    [InlineData("19/2/2022", "30/3/2022")]
    [InlineData("17/2/2022", "29/3/2022")]
    [InlineData("21/2/2022", "27/3/2022")]
    public void ThreadsEarlierCasesToTheCasesThatReferBack(string earlier, string later)
    {
        Assert.Contains(earlier, StructureFixture.Case(later).PreviouslyHandled);
        Assert.Contains(later, StructureFixture.Case(earlier).LaterHandled);
    }

    [Fact]
    public void GivesMinutesCasesTheMeetingDateAndCouncil()
    {
        var c = StructureFixture.Case("19/2/2022");
        Assert.Equal(new DateOnly(2022, 3, 30), c.MeetingDate);
        Assert.Equal("ho21", c.Council);
        Assert.StartsWith("Rådet slutter seg til den foreslåtte prosessen", c.Decision);
        Assert.Equal([6], c.MinutesPages);
    }

    [Fact]
    public void DerivesTheMeetingOfTheCasePapersWithoutInventingADate()
    {
        var meeting = StructureFixture.Knowledge.Meetings.Single(m => m.Number == "3/2022");
        Assert.Equal(Enumerable.Range(24, 10).Select(n => $"{n}/3/2022"), meeting.CaseNumbers);
        Assert.Null(meeting.Date);
        Assert.Null(meeting.MinutesDocumentId);
    }

    [Fact]
    public void MergesSpellingsOfOnePersonAndKeepsTheirAffiliation()
    {
        var people = StructureFixture.Knowledge.People;
        var schem = Assert.Single(people, p => p.Name.EndsWith("Schem", StringComparison.Ordinal));
        Assert.Equal("Helse Vest", schem.Affiliation);
        Assert.Contains("arbeidsgruppe", schem.Roles);
        Assert.Contains("møtedeltaker", schem.Roles);
        var blankson = Assert.Single(people, p => p.Name == "Henrietta Blankson");
        Assert.Contains("saksbehandler", blankson.Roles);
    }

    [Fact]
    public void KeepsOneOrganisationPerAcronym()
    {
        var orgs = StructureFixture.Knowledge.Organisations;
        Assert.Equal("Helse- og omsorgsdepartementet", Assert.Single(orgs, o => o.Acronym == "HOD").Name);
        Assert.DoesNotContain(orgs, o => o.Name == "HOD");
        Assert.Contains(orgs, o => o.Acronym == "KSF" && o.Name == "Kommunenes strategiske forskningsorgan");
    }

    [Fact]
    public void KeepsTwoCouncilsCasesApartWhenTheyShareANumberByYear()
    {
        static StructuredDocument Minutes(string id, string council, string date, string title, params string[] previous) => new(
            new DocumentRecord { Id = id, FileName = id + ".pdf", Title = "Referat", Council = council, PageCount = 1 },
            [new CaseRecord { Number = "10/2023", Title = title, Council = council, Meeting = date, MinutesDocumentId = id, PreviouslyHandled = previous }],
            [new MeetingRecord { Council = council, Number = date, CaseNumbers = ["10/2023"], MinutesDocumentId = id }],
            [], [], []);

        var kb = new KnowledgeLinker().Link([
            Minutes("vest", "norprem-rad", "12.05.2023", "Godkjenning av innkalling"),
            Minutes("fdm", "fagdirektormotet", "20.09.2023", "Kunstig intelligens"),
        ]);

        Assert.Equal(["10/2023 (Interregionalt fagdirektørmøte)", "10/2023 (NorPreM-råd)"], kb.Cases.Select(c => c.Number).Order(StringComparer.Ordinal));
        Assert.Equal("Godkjenning av innkalling", kb.Cases.Single(c => c.Council == "norprem-rad").Title);
        Assert.Equal(["10/2023 (NorPreM-råd)"], kb.Meetings.Single(m => m.Council == "norprem-rad").CaseNumbers);
        Assert.Equal(["12.05.2023", "20.09.2023"], kb.Meetings.Select(m => m.Number));
    }

    [Fact]
    public void LeavesNumbersPlainWhenOnlyOneCouncilUsesThem() =>
        Assert.All(StructureFixture.Knowledge.Cases, c => Assert.DoesNotContain("(", c.Number));
}

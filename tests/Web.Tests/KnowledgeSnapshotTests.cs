using NorPreM.Core.Model;
using NorPreM.Web.Knowledge;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

public sealed class KnowledgeSnapshotTests
{
    [Fact]
    public void MeetingKnownOnlyFromCasePapersWithoutDateSortsByItsNumber()
    {
        var kb = TestKnowledge.Create();
        kb = kb with { Cases = kb.Cases.Select(c => c.Meeting == "3/2022" ? c with { MeetingDate = null } : c).ToList() };

        var meetings = new KnowledgeSnapshot(kb).AllMeetingsOf(Councils.HelseOmsorg21);

        Assert.Equal(["3/2022", "2/2022"], meetings.Select(m => m.Number));
        Assert.Null(meetings[0].Date);
        Assert.Equal(["25/3/2022", "28/3/2022", "30/3/2022"], meetings[0].CaseNumbers);
    }

    [Theory]
    [InlineData("2-2022", "2/2022")]
    [InlineData("2/22", "2/2022")]
    [InlineData("møte 2/2022", "2/2022")]
    [InlineData("Møte 3-2022", "3/2022")]
    [InlineData("21/2022", null)]
    [InlineData("2022", null)]
    [InlineData("../2022", null)]
    [InlineData("12.05.2023", "12.05.2023")]
    [InlineData("2023-05-12", "12.05.2023")]
    [InlineData("../12.05.2023", null)]
    public void MeetingNumbersAreNormalised(string written, string? normal) =>
        Assert.Equal(normal, KnowledgeSnapshot.NormaliseMeeting(written));

    [Fact]
    public void HistoryFindsLaterHandlingsFromPreviouslyHandledAlone()
    {
        var kb = TestKnowledge.Create();
        kb = kb with { Cases = kb.Cases.Select(c => c with { LaterHandled = [] }).ToList() };
        var snapshot = new KnowledgeSnapshot(kb);

        var history = snapshot.History(snapshot.FindCase("19/2/22")!);

        Assert.Equal(["19/2/2022", "30/3/2022"], history.Select(h => h.Number));
        Assert.True(history[0].IsCurrent);
    }

    [Fact]
    public void HistoryKeepsEarlierCasesThatAreNotInTheCorpus()
    {
        var kb = TestKnowledge.Create();
        kb = kb with { Cases = kb.Cases.Select(c => c.Number == "19/2/2022" ? c with { PreviouslyHandled = ["7/1/2022"] } : c).ToList() };
        var snapshot = new KnowledgeSnapshot(kb);

        var history = snapshot.History(snapshot.FindCase("30/3/2022")!);

        Assert.Equal(["7/1/2022", "19/2/2022", "30/3/2022"], history.Select(h => h.Number));
        Assert.Null(history[0].Case);
    }

    [Fact]
    public void MembersAreCountedOverTheMeetingsTheyAttended()
    {
        var members = new KnowledgeSnapshot(TestKnowledge.Create()).MembersOf(Councils.HelseOmsorg21);

        Assert.Equal(["Gro Jamtvedt", "Per Morten Sandset"], members.Select(m => m.Name));
        Assert.Equal("OsloMet", members[0].Affiliation);
        Assert.Equal(["2/2022"], members[0].Meetings);
    }

    [Fact]
    public void FindsCasesOfCouncilsThatShareANumberByYearByTheirQualifiedNumber()
    {
        var kb = TestKnowledge.Create();
        kb = kb with
        {
            Cases =
            [
                .. kb.Cases,
                new CaseRecord { Number = "10/2023 (NorPreM-råd)", Title = "Godkjenning av innkalling", Council = "norprem-rad" },
                new CaseRecord { Number = "10/2023 (Interregionalt fagdirektørmøte)", Title = "Kunstig intelligens", Council = "fagdirektormotet" },
            ],
        };
        var snapshot = new KnowledgeSnapshot(kb);

        Assert.Equal("Godkjenning av innkalling", snapshot.FindCase("10-2023 (NorPreM-råd)")!.Title);
        Assert.Null(snapshot.FindCase("10-2023"));
        Assert.Equal(["fagdirektormotet", "norprem-rad"], snapshot.CasesSharing("sak 10/23").Select(c => c.Council));
        Assert.Empty(snapshot.CasesSharing("30/3/2022"));
    }

    [Fact]
    public void ABodyRecognisedFromItsPapersIsAKnownCouncilShownByItsPrintedName()
    {
        var kb = new KnowledgeBase
        {
            Documents = [new DocumentRecord { Id = "d1", FileName = "protokoll.pdf", Title = "Protokoll", PageCount = 1, Council = "styret-helse-sor-ost-rhf", CouncilName = "Styret i Helse Sør-Øst RHF" }],
            Bodies = [new BodyRecord("styret-helse-sor-ost-rhf", "Styret i Helse Sør-Øst RHF", [])],
        };
        var snapshot = new KnowledgeSnapshot(kb);

        Assert.True(snapshot.IsKnownCouncil("styret-helse-sor-ost-rhf"));
        Assert.Equal("Styret i Helse Sør-Øst RHF", snapshot.CouncilName("styret-helse-sor-ost-rhf"));
        Assert.Equal("HelseOmsorg21-rådet", snapshot.CouncilName(Councils.HelseOmsorg21));
    }
}

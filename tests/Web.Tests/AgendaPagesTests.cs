using System.Net;
using NorPreM.Core.Model;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

/// <summary>The test knowledge base plus a meeting known only from its agenda (innkalling), with one listed case.</summary>
public sealed class AgendaFactory() : NorPreMAppFactory(WithAgenda())
{
    public const string AgendaId = "a1b2c3d4e5f60718";

    private static KnowledgeBase WithAgenda()
    {
        var kb = TestKnowledge.Create();
        return kb with
        {
            Meetings = [.. kb.Meetings, new MeetingRecord
            {
                Council = Councils.Fagdirektormotet, Number = "05.02.2025", Date = new DateOnly(2025, 2, 5), Place = "Teams",
                CaseNumbers = ["3/2025"], AgendaDocumentId = AgendaId, AgendaPages = [1],
            }],
            Cases = [.. kb.Cases, new CaseRecord
            {
                Number = "3/2025", Title = "Finansiering av genetiske analyser", Council = Councils.Fagdirektormotet, Meeting = "05.02.2025",
                MeetingDate = new DateOnly(2025, 2, 5), ProposedDecision = "Fagdirektørmøtet slutter seg til forslaget.",
                AgendaDocumentId = AgendaId, AgendaPages = [1],
            }],
        };
    }
}

public sealed class AgendaPagesTests(AgendaFactory factory) : IClassFixture<AgendaFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task AMeetingKnownFromItsAgendaLinksTheAgendaAndSaysTheMinutesAreMissing()
    {
        factory.WaitUntilReady();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/rad/fagdirektormotet/moter/05.02.2025"));

        Assert.Contains("møtet er kjent fra innkallingen", html);
        Assert.Contains("Les innkallingen", html);
        Assert.Contains($"/dokumenter/{AgendaFactory.AgendaId}", html);
        Assert.DoesNotContain("Les referatet", html);
    }

    [Fact]
    public async Task ACaseListedInAnAgendaLinksTheAgendaAndShowsItsProposal()
    {
        factory.WaitUntilReady();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/saker/3-2025"));

        Assert.Contains("<dt>Innkalling</dt>", html);
        Assert.Contains("Fagdirektørmøtet slutter seg til forslaget.", html);
        Assert.DoesNotContain("<dt>Referat</dt>", html);
    }
}

/// <summary>Counts on the pages are written as bokmål writes them: the noun in the singular after 1, and only minutes counted as minutes.</summary>
public sealed class CountWordingTests(AgendaFactory factory) : IClassFixture<AgendaFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task StartPageCountsOnlyMeetingsWithMinutesAsMinutesAndOneMandateInTheSingular()
    {
        factory.WaitUntilReady();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        Assert.Contains("1 møtereferat og 1 mandat.", html);
        Assert.DoesNotContain("møtereferater", html);
        Assert.DoesNotContain("1 mandater", html);
    }

    [Fact]
    public async Task CouncilListWritesOneMeetingOneCaseAndNoMandatesAsBokmal()
    {
        factory.WaitUntilReady();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/rad"));

        Assert.Contains("1 møte · 1 sak · 0 mandater", html);
        Assert.DoesNotContain("1 møter", html);
        Assert.DoesNotContain("0 mandat<", html);
        Assert.Contains("1 mandat<", html);
    }

    [Theory]
    [InlineData(1, "+ 1 treff til")]
    [InlineData(7, "+ 7 flere treff")]
    public void FoldedHitsAreCountedAsBokmal(int count, string expected)
    {
        Assert.Equal(expected, NorPreM.Web.Pages.Display.MoreHits(count));
    }
}

using System.Net;
using NorPreM.Search.Model;
using NorPreM.Web.Pages;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

/// <summary>The test knowledge base as the corpus has it: meeting 3/2022 is known only from undated case papers.</summary>
public sealed class UndatedMeetingFactory() : NorPreMAppFactory(WithoutMeetingDate())
{
    private static readonly DateOnly June3 = new(2022, 6, 3);

    private static KnowledgeBase WithoutMeetingDate()
    {
        var kb = TestKnowledge.Create();
        return kb with
        {
            Documents = [.. kb.Documents.Select(d => d.Date == June3 ? d with { Date = null } : d)],
            Meetings = [.. kb.Meetings.Select(m => m.Date == June3 ? m with { Date = null, DateText = null } : m)],
            Cases = [.. kb.Cases.Select(c => c.MeetingDate == June3 ? c with { MeetingDate = null } : c)],
        };
    }
}

public sealed class DateEstimateDisplayTests(UndatedMeetingFactory factory) : IClassFixture<UndatedMeetingFactory>
{
    private readonly HttpClient client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task HitOfAnUndatedMeetingShowsTheDateAsUnknownWithItsEstimateNeverAsADate()
    {
        factory.WaitUntilReady();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/?q=helsepersonellkommisjonen"));

        Assert.Contains("dato ukjent (mellom 31. mars og 31. desember 2022)", html);
        Assert.DoesNotContain("<time datetime=\"2022-08", html);
    }

    [Fact]
    public async Task NewestFirstPutsTheUndatedLaterMeetingBeforeTheDatedEarlierOne()
    {
        factory.WaitUntilReady();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/?q=persontilpasset+medisin&sort=newest&council=ho21"));

        var later = html.IndexOf("møte 3/2022", StringComparison.Ordinal);
        var earlier = html.IndexOf("møte 2/2022", StringComparison.Ordinal);
        Assert.True(later >= 0 && earlier >= 0, "both meetings should be among the hits");
        Assert.True(later < earlier, "meeting 3/2022 (undated, after 30 March 2022) should come before meeting 2/2022");
    }

    [Theory]
    [InlineData(2022, 3, 31, 2022, 12, 31, "dato ukjent (mellom 31. mars og 31. desember 2022)")]
    [InlineData(2022, 1, 1, 2022, 12, 31, "dato ukjent (2022)")]
    [InlineData(2022, 3, 30, 2022, 3, 30, "dato ukjent (trolig 30. mars 2022)")]
    [InlineData(2021, 12, 1, 2022, 1, 31, "dato ukjent (mellom 1. desember 2021 og 31. januar 2022)")]
    public void EstimatesReadAsUnknownDatesWithTheirInterval(int y1, int m1, int d1, int y2, int m2, int d2, string expected) =>
        Assert.Equal(expected, Display.DateEstimate(new DateEstimate(new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2))));
}

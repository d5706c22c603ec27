using System.Net;
using System.Text.Json;
using NorPreM.Core.Model;
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

    private const string Estimate = "dato ukjent (mellom 31. mars og 31. desember 2022)";

    [Fact]
    public async Task MeetingPageOfAnUndatedMeetingShowsTheEstimateItsHitsShowInsteadOfUnknown()
    {
        factory.WaitUntilReady();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/rad/ho21/moter/3-2022"));

        var date = html[html.IndexOf("<dt>Dato</dt>", StringComparison.Ordinal)..];
        date = date[..date.IndexOf("</dd>", StringComparison.Ordinal)];
        Assert.Contains("HelseOmsorg21-rådet, møte 3/2022", html);
        Assert.Contains(Estimate, date);
        Assert.DoesNotContain("<time", date);
    }

    [Fact]
    public async Task CouncilPageListsTheUndatedMeetingWithItsEstimate()
    {
        factory.WaitUntilReady();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/rad/ho21"));

        var row = html[html.IndexOf("Møte 3/2022", StringComparison.Ordinal)..];
        Assert.Contains(Estimate, row[..row.IndexOf("</tr>", StringComparison.Ordinal)]);
        Assert.Contains("<time datetime=\"2022-03-30\">30. mars 2022</time>", html);
    }

    [Fact]
    public async Task CasePageAndItsHistoryShowTheEstimateOfAnUndatedMeeting()
    {
        factory.WaitUntilReady();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/saker/30-3-2022"));

        var fields = html[..html.IndexOf("</dl>", StringComparison.Ordinal)];
        Assert.Contains("Møte 3/2022</a>, <span class=\"date-estimate\"", fields);
        Assert.Contains(Estimate, fields);
        var timeline = html[html.IndexOf("class=\"timeline\"", StringComparison.Ordinal)..];
        Assert.Contains("30. mars 2022", timeline);
        Assert.Contains(Estimate, timeline);
    }

    [Fact]
    public async Task DecisionsAndThemePagesShowTheEstimateBesideTheUndatedMeeting()
    {
        factory.WaitUntilReady();
        var decisions = WebUtility.HtmlDecode(await client.GetStringAsync("/vedtak"));
        var theme = WebUtility.HtmlDecode(await client.GetStringAsync("/tema/helsepersonell-kompetanse"));

        var heading = decisions[decisions.IndexOf("HelseOmsorg21-rådet, møte 3/2022", StringComparison.Ordinal)..];
        Assert.Contains(Estimate, heading[..heading.IndexOf("</h2>", StringComparison.Ordinal)]);
        var group = theme[theme.IndexOf("møte 3/2022", StringComparison.Ordinal)..];
        Assert.Contains(Estimate, group[..group.IndexOf("</h3>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task ApiGivesTheEstimateOfAnUndatedMeetingAsAnIntervalNeverAsADate()
    {
        factory.WaitUntilReady();
        var meeting = JsonDocument.Parse(await client.GetStringAsync("/api/meetings/ho21/3-2022")).RootElement;
        var @case = JsonDocument.Parse(await client.GetStringAsync("/api/cases/30-3-2022")).RootElement;
        var theme = JsonDocument.Parse(await client.GetStringAsync("/api/themes/helsepersonell-kompetanse")).RootElement;
        var hit = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=helsepersonellkommisjonen")).RootElement
            .GetProperty("hits").EnumerateArray().First(h => h.GetProperty("meeting").GetString() == "3/2022");

        var expected = hit.GetProperty("estimatedDate").GetRawText();
        Assert.Equal("""{"earliest":"2022-03-31","latest":"2022-12-31"}""", expected);
        Assert.Equal(JsonValueKind.Null, meeting.GetProperty("meeting").GetProperty("date").ValueKind);
        Assert.Equal(expected, meeting.GetProperty("estimatedDate").GetRawText());
        Assert.Equal(JsonValueKind.Null, @case.GetProperty("meetingDate").ValueKind);
        Assert.Equal(expected, @case.GetProperty("estimatedDate").GetRawText());
        var history = @case.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal("2022-03-30", history.Single(h => h.GetProperty("number").GetString() == "19/2/2022").GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, history.Single(h => h.GetProperty("number").GetString() == "19/2/2022").GetProperty("estimatedDate").ValueKind);
        Assert.Equal(expected, history.Single(h => h.GetProperty("current").GetBoolean()).GetProperty("estimatedDate").GetRawText());
        var council = JsonDocument.Parse(await client.GetStringAsync("/api/councils/ho21")).RootElement;
        var listed = council.GetProperty("meetings").EnumerateArray().Single(m => m.GetProperty("number").GetString() == "3/2022");
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("date").ValueKind);
        Assert.Equal(expected, listed.GetProperty("estimatedDate").GetRawText());
        var themed = theme.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("number").GetString() == "28/3/2022");
        Assert.Equal(JsonValueKind.Null, themed.GetProperty("date").ValueKind);
        Assert.Equal(expected, themed.GetProperty("estimatedDate").GetRawText());
    }

    [Theory]
    [InlineData(2022, 3, 31, 2022, 12, 31, "dato ukjent (mellom 31. mars og 31. desember 2022)")]
    [InlineData(2022, 1, 1, 2022, 12, 31, "dato ukjent (2022)")]
    [InlineData(2022, 3, 30, 2022, 3, 30, "dato ukjent (trolig 30. mars 2022)")]
    [InlineData(2021, 12, 1, 2022, 1, 31, "dato ukjent (mellom 1. desember 2021 og 31. januar 2022)")]
    public void EstimatesReadAsUnknownDatesWithTheirInterval(int y1, int m1, int d1, int y2, int m2, int d2, string expected) =>
        Assert.Equal(expected, Display.DateEstimate(new DateEstimate(new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2))));
}

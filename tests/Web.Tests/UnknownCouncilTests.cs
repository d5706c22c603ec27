using System.Net;
using System.Text.Json;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

public sealed class UnknownCouncilTests(NorPreMAppFactory factory) : IClassFixture<NorPreMAppFactory>
{
    private readonly HttpClient client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<(HttpStatusCode Status, string Body)> Get(string url)
    {
        factory.WaitUntilReady();
        var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MeetingApiOfAnUnknownCouncilSaysTheCouncilIsUnknownAndNamesTheKnownOnes()
    {
        var (status, body) = await Get("/api/meetings/xyz/3-2022");

        Assert.Equal(HttpStatusCode.NotFound, status);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Ukjent råd", json.GetProperty("title").GetString());
        var detail = json.GetProperty("detail").GetString()!;
        Assert.Contains("Ukjent råd «xyz»", detail);
        Assert.DoesNotContain("Fant ikke møte", detail);
        Assert.Contains("ho21 (HelseOmsorg21-rådet)", detail);
        Assert.Contains("/api/councils", detail);
        Assert.Contains("ho21", json.GetProperty("knownCouncils").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task MeetingApiOfAKnownCouncilStillSaysTheMeetingIsMissing()
    {
        var (status, body) = await Get("/api/meetings/ho21/9-2022");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Fant ikke møte 9/2022 i HelseOmsorg21-rådet", body);
    }

    [Fact]
    public async Task CouncilsApiListsTheCouncilsWithTheirMeetings()
    {
        var (status, body) = await Get("/api/councils");

        Assert.Equal(HttpStatusCode.OK, status);
        var ho21 = JsonDocument.Parse(body).RootElement.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "ho21");
        Assert.Equal("HelseOmsorg21-rådet", ho21.GetProperty("name").GetString());
        Assert.Equal(2, ho21.GetProperty("meetingCount").GetInt32());
        Assert.Equal("/rad/ho21", ho21.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/rad/xyz")]
    [InlineData("/rad/xyz/moter/3-2022")]
    public async Task CouncilPagesOfAnUnknownCouncilSayItIsUnknownAndLinkTheKnownOnes(string url)
    {
        var (status, html) = await Get(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Ukjent råd", html);
        Assert.Contains("«xyz»", html);
        Assert.Contains("href=\"/rad/ho21\"", html);
        Assert.DoesNotContain("Fant ikke siden", html);
    }
}

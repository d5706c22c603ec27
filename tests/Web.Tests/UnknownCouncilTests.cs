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

    [Theory]
    [InlineData("norprem-rad-vest", "NorPreM-råd Helse Vest")]
    [InlineData("fagdirektormotet", "Interregionalt fagdirektørmøte")]
    public async Task KnownCouncilWithoutDocumentsHasAPageSayingSoWithLinksOnward(string id, string name)
    {
        var (status, html) = await Get("/rad/" + id);
        html = WebUtility.HtmlDecode(html);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<h1>{name}</h1>", html);
        Assert.Contains($"Kunnskapsbasen har ingen dokumenter fra {name} ennå", html);
        Assert.Contains("href=\"/rad\"", html);
        Assert.Contains("href=\"/?q=", html);
        Assert.DoesNotContain("Fant ikke siden", html);
        Assert.DoesNotContain("Ukjent råd", html);
        Assert.DoesNotContain("Ingen møter for rådet", html);
    }

    [Fact]
    public async Task RegionalCouncilWithoutDocumentsLinksTheNorPreMCouncilsItBelongsTo()
    {
        var (_, html) = await Get("/rad/norprem-rad-vest");

        Assert.Contains("href=\"/rad/norprem-rad\"", html);
    }

    [Fact]
    public async Task CouncilWithDocumentsKeepsItsFullPage()
    {
        var (status, html) = await Get("/rad/ho21");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Møte 2/2022", html);
        Assert.DoesNotContain("ingen dokumenter fra", html);
    }

    [Fact]
    public async Task CouncilApiOfAKnownCouncilWithoutDocumentsSaysSoInsteadOfNotFound()
    {
        var (status, body) = await Get("/api/councils/norprem-rad-vest");

        Assert.Equal(HttpStatusCode.OK, status);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("NorPreM-råd Helse Vest", json.GetProperty("name").GetString());
        Assert.False(json.GetProperty("hasDocuments").GetBoolean());
        Assert.Equal("Kunnskapsbasen har ingen dokumenter fra NorPreM-råd Helse Vest ennå.", json.GetProperty("message").GetString());
        Assert.Empty(json.GetProperty("meetings").EnumerateArray());
        Assert.Equal("/rad/norprem-rad-vest", json.GetProperty("url").GetString());
    }

    [Fact]
    public async Task CouncilApiListsTheMeetingsNewestFirstAndAnUnknownCouncilIsUnknown()
    {
        var (status, body) = await Get("/api/councils/ho21");
        var (unknownStatus, unknownBody) = await Get("/api/councils/xyz");

        Assert.Equal(HttpStatusCode.OK, status);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.True(json.GetProperty("hasDocuments").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("message").ValueKind);
        var meetings = json.GetProperty("meetings").EnumerateArray().ToList();
        Assert.Equal(["3/2022", "2/2022"], meetings.Select(m => m.GetProperty("number").GetString()));
        Assert.Equal("2022-03-30", meetings[1].GetProperty("date").GetString());
        Assert.Equal("/api/meetings/ho21/2-2022", meetings[1].GetProperty("apiUrl").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknownStatus);
        Assert.Contains("Ukjent råd «xyz»", unknownBody);
    }

    [Theory]
    [InlineData("/rad/HO21", "/rad/ho21")]
    [InlineData("/rad/HelseOmsorg21-rådet", "/rad/ho21")]
    [InlineData("/rad/NorPreM-Rad-Vest", "/rad/norprem-rad-vest")]
    [InlineData("/rad/HO21/moter/2-2022", "/rad/ho21/moter/2-2022")]
    [InlineData("/tema/Helsedata", "/tema/helsedata")]
    public async Task AnAddressWithACouncilOrThemeInAnotherCaseRedirectsToItsCanonicalAddress(string url, string canonical)
    {
        factory.WaitUntilReady();
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, Uri.UnescapeDataString(response.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task TheApiAcceptsACouncilIdInAnotherCase()
    {
        var (meeting, _) = await Get("/api/meetings/HO21/2-2022");
        var (council, body) = await Get("/api/councils/HO21");

        Assert.Equal(HttpStatusCode.OK, meeting);
        Assert.Equal(HttpStatusCode.OK, council);
        Assert.Equal("ho21", JsonDocument.Parse(body).RootElement.GetProperty("id").GetString());
    }
}

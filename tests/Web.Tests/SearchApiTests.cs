using System.Net;
using System.Text.Json;
using NorPreM.Core.Model;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

public sealed class SearchApiTests(NorPreMAppFactory factory) : IClassFixture<NorPreMAppFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<JsonElement> GetJson(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        factory.WaitUntilReady();
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task SearchReturnsHitsWithPageNumbers()
    {
        var json = await GetJson("/api/search?q=helsepersonellkommisjonen");

        var hit = json.GetProperty("hits")[0];
        Assert.Equal(17, hit.GetProperty("page").GetInt32());
        Assert.Equal(TestKnowledge.BundleId, hit.GetProperty("documentId").GetString());
        Assert.Equal("ho21-mote-2022-03-saksdokumenter.pdf", hit.GetProperty("document").GetString());
        Assert.Equal("28/3/2022", hit.GetProperty("caseNumber").GetString());
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString());
        Assert.Contains(hit.GetProperty("kind").GetString(), new[] { "page", "case", "section" });
    }

    [Fact]
    public async Task DecisionScopeAndFiltersReachTheSearchService()
    {
        var json = await GetJson("/api/search?q=persontilpasset&scope=decisions&council=ho21&year=2022&sort=newest&size=5");

        Assert.All(json.GetProperty("hits").EnumerateArray(), h => Assert.Contains(h.GetProperty("kind").GetString(), new[] { "decision", "proposal" }));
        var request = factory.SearchService.Requests.Last(r => r.Query == "persontilpasset" && r.Scope == SearchScope.Decisions);
        Assert.Equal(["ho21"], request.Filters[FilterField.Council]);
        Assert.Equal(["2022"], request.Filters[FilterField.Year]);
        Assert.Equal(SearchSort.Newest, request.Sort);
        Assert.Equal(5, request.PageSize);
    }

    [Theory]
    [InlineData("/api/search?q=helsedata&size=500", "size", "høyst 50")]
    [InlineData("/api/search?q=helsedata&page=null", "page", "helt tall")]
    [InlineData("/api/search?q=helsedata&sort=tilfeldig", "sort", "Ukjent sortering")]
    [InlineData("/api/search?q=helsedata&scope=alt", "scope", "Ukjent søkeområde")]
    [InlineData("/api/search?q=", "q", "Skriv inn et søk")]
    [InlineData("/api/search?q=%22", "q", "Skriv inn et søk")]
    [InlineData("/api/search?q=sak:", "q", "Skriv inn et søk")]
    [InlineData("/api/search?q=r%C3%A5d:", "q", "Skriv inn et søk")]
    [InlineData("/api/search?q=%C2%AB%20%C2%BB%20-%20!", "q", "Skriv inn et søk")]
    [InlineData("/api/suggest?q=he&max=-1", "max", "helt tall fra 1")]
    [InlineData("/api/suggest?q=he&max=0", "max", "helt tall fra 1")]
    [InlineData("/api/suggest?q=he&max=mange", "max", "helt tall fra 1")]
    [InlineData("/api/suggest?q=he&max=100000", "max", "Bruk høyst 20")]
    [InlineData("/api/search?q=helsedata&page=900", "page", "for langt ut")]
    public async Task BadInputIsAnsweredWithProblemDetails(string url, string field, string message)
    {
        factory.WaitUntilReady();
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.Contains(message, json.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task OverlongQueryIsRefusedWithTheLimit()
    {
        var json = await GetJson("/api/search?q=" + new string('æ', 301), HttpStatusCode.BadRequest);

        Assert.Contains("høyst 300 tegn", json.GetProperty("errors").GetProperty("q")[0].GetString());
    }

    [Fact]
    public async Task ScriptInQueryComesBackEncodedInJson()
    {
        factory.WaitUntilReady();
        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("<script>alert('x')</script>"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", body);
        Assert.Equal("<script>alert('x')</script>", JsonDocument.Parse(body).RootElement.GetProperty("query").GetString());
    }

    [Fact]
    public async Task SuggestCompletesCaseNumbersAndTitles()
    {
        var byNumber = await GetJson("/api/suggest?q=28/3");
        var byWord = await GetJson("/api/suggest?q=helsepersonell");
        var folded = await GetJson("/api/suggest?q=sporsmal");

        Assert.Equal("Sak 28/3/2022 Innspill til helsepersonellkommisjonen", byNumber.GetProperty("suggestions")[0].GetProperty("text").GetString());
        Assert.Equal("/saker/28-3-2022", byNumber.GetProperty("suggestions")[0].GetProperty("url").GetString());
        Assert.Contains(byWord.GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("text").GetString() == "Innspill til helsepersonellkommisjonen");
        Assert.Contains(folded.GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("text").GetString() == "Spørsmål om habilitet");
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheEndpoints()
    {
        var json = await GetJson("/openapi/v1.json");

        var paths = json.GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/suggest", "/api/cases/{number}", "/api/meetings/{council}/{number}", "/api/themes", "/api/themes/{id}", "/api/topics", "/api/documents/{id}" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} mangler i OpenAPI-dokumentet");
        }

        Assert.Equal("Search", paths.GetProperty("/api/search").GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal("ListTopics", paths.GetProperty("/api/topics").GetProperty("get").GetProperty("operationId").GetString());
    }
}

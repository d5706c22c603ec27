using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NorPreM.Web.Knowledge;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

public sealed class KnowledgeApiTests(NorPreMAppFactory factory) : IClassFixture<NorPreMAppFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(HttpStatusCode Status, JsonElement Json, string? MediaType)> Get(string url)
    {
        factory.WaitUntilReady();
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(body).RootElement, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/cases/30-3-2022")]
    [InlineData("/api/cases/30/3/2022")]
    [InlineData("/api/cases/30/3/22")]
    public async Task CaseIsFoundByAnyFormOfItsNumber(string url)
    {
        var (status, json, _) = await Get(url);

        Assert.Equal(HttpStatusCode.OK, status);
        var c = json.GetProperty("case");
        Assert.Equal("30/3/2022", c.GetProperty("number").GetString());
        Assert.Equal("Strategi for persontilpasset medisin", c.GetProperty("title").GetString());
        Assert.StartsWith("Rådet slutter innspillet til revidert strategi", c.GetProperty("proposedDecision").GetString());
    }

    [Fact]
    public async Task CaseHistoryFollowsEarlierHandlingsOldestFirst()
    {
        var (_, json, _) = await Get("/api/cases/30-3-2022");

        var history = json.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["19/2/2022", "30/3/2022"], history.Select(h => h.GetProperty("number").GetString()));
        Assert.StartsWith("Rådet slutter seg til den foreslåtte prosessen", history[0].GetProperty("decision").GetString());
        Assert.True(history[1].GetProperty("current").GetBoolean());
        Assert.Contains(json.GetProperty("similar").EnumerateArray(), s => s.GetProperty("number").GetString() == "19/2/2022");
    }

    [Fact]
    public async Task CaseHistoryOfAnEarlierCaseShowsTheLaterCaseStillPendingWithItsProposal()
    {
        var (_, json, _) = await Get("/api/cases/19-2-2022");

        Assert.Equal(["30/3/2022"], json.GetProperty("case").GetProperty("laterHandled").EnumerateArray().Select(e => e.GetString()));
        var history = json.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["19/2/2022", "30/3/2022"], history.Select(h => h.GetProperty("number").GetString()));
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("proposedDecision").ValueKind);
        Assert.Equal(JsonValueKind.Null, history[1].GetProperty("decision").ValueKind);
        Assert.StartsWith("Rådet slutter innspillet til revidert strategi", history[1].GetProperty("proposedDecision").GetString());
    }

    [Fact]
    public async Task MalformedCaseNumberIsABadRequest()
    {
        var (status, json, mediaType) = await Get("/api/cases/helsedata");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Contains("ikke et saksnummer", json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task UnknownCaseIsNotFoundAsProblemDetails()
    {
        var (status, json, mediaType) = await Get("/api/cases/99-3-2022");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal("Fant ingen sak 99/3/2022.", json.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/cases/1000-1-2022")]
    [InlineData("/api/cases/28-21-2022")]
    [InlineData("/api/cases/28-3-1800")]
    public async Task WellFormedCaseNumberOutsideTheRangeIsNotFoundLikeAnyUnknownCase(string url)
    {
        var (status, json, mediaType) = await Get(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.StartsWith("Fant ingen sak", json.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/cases/30%2F3%2F2022", "30/3/2022")]
    [InlineData("/api/cases/30%2f3%2f22", "30/3/2022")]
    public async Task CaseNumberWithEscapedSlashesIsFound(string url, string expected)
    {
        var (status, json, _) = await Get(url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, json.GetProperty("case").GetProperty("number").GetString());
    }

    [Fact]
    public async Task MeetingNumberWithAnEscapedSlashIsFound()
    {
        var (status, json, _) = await Get("/api/meetings/ho21/2%2F2022");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2/2022", json.GetProperty("meeting").GetProperty("number").GetString());
    }

    [Fact]
    public async Task MeetingHasPlaceAttendeesAndAgenda()
    {
        var (status, json, _) = await Get("/api/meetings/ho21/2-2022");

        Assert.Equal(HttpStatusCode.OK, status);
        var meeting = json.GetProperty("meeting");
        Assert.Equal("Forskningsrådets lokaler", meeting.GetProperty("place").GetString());
        Assert.Contains(meeting.GetProperty("present").EnumerateArray(), a => a.GetProperty("name").GetString() == "Per Morten Sandset");
        Assert.Equal("Erlend Smeland", meeting.GetProperty("absent")[0].GetProperty("name").GetString());
        Assert.Equal("19/2/2022", json.GetProperty("agenda")[0].GetProperty("number").GetString());
        Assert.Equal("HelseOmsorg21-rådet", json.GetProperty("councilName").GetString());
    }

    [Fact]
    public async Task MeetingKnownOnlyFromCasePapersListsItsCases()
    {
        var (status, json, _) = await Get("/api/meetings/ho21/3/2022");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["25/3/2022", "28/3/2022", "30/3/2022"], json.GetProperty("agenda").EnumerateArray().Select(a => a.GetProperty("number").GetString()));
    }

    [Fact]
    public async Task ThemesListTheTaxonomyWithCaseCounts()
    {
        var (_, json, _) = await Get("/api/themes");

        var themes = json.EnumerateArray().ToList();
        Assert.Equal(13, themes.Count);
        var pm = themes.Single(t => t.GetProperty("id").GetString() == "persontilpasset-medisin");
        Assert.Equal("Persontilpasset medisin", pm.GetProperty("label").GetString());
        Assert.Equal(2, pm.GetProperty("caseCount").GetInt32());
    }

    [Fact]
    public async Task ThemeHasCasesWithEvidenceAndCountsByCouncilAndYear()
    {
        var (status, json, _) = await Get("/api/themes/persontilpasset-medisin");

        Assert.Equal(HttpStatusCode.OK, status);
        var cases = json.GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal(["30/3/2022", "19/2/2022"], cases.Select(c => c.GetProperty("number").GetString()));
        Assert.Contains("persontilpasset", cases[0].GetProperty("evidence").EnumerateArray().Select(e => e.GetString()));
        var count = json.GetProperty("counts")[0];
        Assert.Equal("ho21", count.GetProperty("council").GetString());
        Assert.Equal(2022, count.GetProperty("year").GetInt32());
        Assert.Equal(2, count.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task UnknownThemeIsNotFound()
    {
        var (status, _, mediaType) = await Get("/api/themes/astrologi");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", mediaType);
    }

    [Fact]
    public async Task TopicsListTheirWordsTheirThemesAndLinksToTheirPages()
    {
        var (status, json, _) = await Get("/api/topics");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(json.GetProperty("available").GetBoolean());
        Assert.Equal("2 emner funnet i 6 sider; 1 er et mulig tema utenfor taksonomien.", json.GetProperty("message").GetString());
        var topics = json.GetProperty("topics").EnumerateArray().ToList();
        Assert.Equal("persontilpasset, medisin, strategien", topics[0].GetProperty("label").GetString());
        Assert.Equal("persontilpasset", topics[0].GetProperty("words")[0].GetProperty("word").GetString());
        var theme = topics[0].GetProperty("themes")[0];
        Assert.Equal("Persontilpasset medisin", theme.GetProperty("label").GetString());
        Assert.Equal(2, theme.GetProperty("pages").GetInt32());
        Assert.Equal("/tema/persontilpasset-medisin", theme.GetProperty("url").GetString());
        var page = topics[0].GetProperty("pages")[0];
        Assert.Equal($"/dokumenter/{TestKnowledge.BundleId}?side=27", page.GetProperty("url").GetString());
        Assert.Equal("/saker/30-3-2022", page.GetProperty("caseUrl").GetString());
        Assert.False(topics[0].GetProperty("possiblyOutsideTaxonomy").GetBoolean());
        Assert.True(topics[1].GetProperty("possiblyOutsideTaxonomy").GetBoolean());
        Assert.Empty(topics[1].GetProperty("themes").EnumerateArray());
    }

    [Fact]
    public async Task TopicsAnswerWithANorwegianMessageWhenNoneWereComputed()
    {
        factory.WaitUntilReady();
        var state = factory.Services.GetRequiredService<KnowledgeState>();
        state.PublishTopics(null);
        try
        {
            var (status, json, _) = await Get("/api/topics");

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.False(json.GetProperty("available").GetBoolean());
            Assert.StartsWith("Emnene er ikke tilgjengelige", json.GetProperty("message").GetString());
            Assert.Empty(json.GetProperty("topics").EnumerateArray());
        }
        finally
        {
            state.PublishTopics(factory.Topics);
        }
    }

    [Fact]
    public async Task DocumentShowsRepairsOfTheOcrLayer()
    {
        var (status, json, _) = await Get("/api/documents/" + TestKnowledge.MandateId);

        Assert.Equal(HttpStatusCode.OK, status);
        var repair = json.GetProperty("document").GetProperty("pages")[0].GetProperty("repairs")[0];
        Assert.Equal("fagdirektgrene", repair.GetProperty("before").GetString());
        Assert.Equal("fagdirektørene", repair.GetProperty("after").GetString());
        Assert.Equal($"/documents/{TestKnowledge.MandateId}/pdf", json.GetProperty("pdfUrl").GetString());
    }
}

using System.Net;
using System.Text.Json;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

public sealed class StopWordQueryTests(NorPreMAppFactory factory) : IClassFixture<NorPreMAppFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<string> Get(string url)
    {
        factory.WaitUntilReady();
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return body;
    }

    [Fact]
    public async Task SearchPageExplainsThatOnlyCommonWordsWereTypedAndSuggestsASubjectWord()
    {
        var html = await Get("/?q=og+i+p%C3%A5");

        Assert.Contains("bare vanlige ord («og», «i», «på») som det ikke søkes etter", html);
        Assert.Contains("Skriv et ord som sier hva du leter etter", html);
        Assert.DoesNotContain("Ingen treff. Prøv færre eller andre ord", html);
    }

    [Fact]
    public async Task SearchPageWithoutHitsRendersNoEmptyHitList()
    {
        var html = await Get("/?q=og+i+p%C3%A5");
        Assert.DoesNotContain("class=\"hits\"", html);

        var nothing = await Get("/?q=helsedata&council=fagdirektormotet");
        Assert.Contains("Ingen treff", nothing);
        Assert.DoesNotContain("class=\"hits\"", nothing);
    }

    [Fact]
    public async Task SearchApiMarksAQueryOfOnlyCommonWordsWithAFieldAndANorwegianNote()
    {
        var json = JsonDocument.Parse(await Get("/api/search?q=og+i+p%C3%A5")).RootElement;

        Assert.True(json.GetProperty("onlyStopWords").GetBoolean());
        Assert.Equal(["og", "i", "på"], json.GetProperty("ignoredWords").EnumerateArray().Select(w => w.GetString()));
        Assert.Contains(json.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("bare vanlige ord", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("didYouMean").ValueKind);
    }

    [Fact]
    public async Task SearchApiLeavesAnOrdinaryQueryWithoutNotes()
    {
        var json = JsonDocument.Parse(await Get("/api/search?q=helsepersonellkommisjonen")).RootElement;

        Assert.False(json.GetProperty("onlyStopWords").GetBoolean());
        Assert.Empty(json.GetProperty("notes").EnumerateArray());
    }
}

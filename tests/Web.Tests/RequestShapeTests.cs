using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

/// <summary>Requests of an unexpected shape: other methods than GET, a trailing slash, clients that do not accept JSON.</summary>
public sealed class RequestShapeTests(NorPreMAppFactory factory) : IClassFixture<NorPreMAppFactory>
{
    private readonly HttpClient client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("POST", "/?q=helsedata")]
    [InlineData("PUT", "/saker/28-3-2022")]
    [InlineData("DELETE", "/rad/ho21")]
    [InlineData("PATCH", "/vedtak")]
    public async Task OtherMethodsThanGetOnAPageAreANorwegianMethodNotAllowedPage(string method, string url)
    {
        factory.WaitUntilReady();
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("") });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Metoden er ikke tillatt", html);
        Assert.Contains("lang=\"nb\"", html);
    }

    [Theory]
    [InlineData("/api/search?q=helsedata", HttpStatusCode.OK)]
    [InlineData("/api/cases/28-3-2022", HttpStatusCode.OK)]
    [InlineData("/api/cases/1000-1-2022", HttpStatusCode.NotFound)]
    public async Task HeadOnTheApiIsAnsweredLikeGetWithoutABody(string path, HttpStatusCode expected)
    {
        factory.WaitUntilReady();
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(expected, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task PagesStillAnswerGetAndHead()
    {
        factory.WaitUntilReady();
        var get = await client.GetAsync("/saker/28-3-2022");
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/saker/28-3-2022"));
        var error = await client.GetAsync("/feil?kode=404");

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Contains("Fant ikke siden", await error.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/saker/28-3-2022/", "Innspill til helsepersonellkommisjonen")]
    [InlineData("/saker/28-3-2022//", "Innspill til helsepersonellkommisjonen")]
    [InlineData("/api/cases/28-3-2022/", "Innspill til helsepersonellkommisjonen")]
    [InlineData("/api/meetings/ho21/2-2022/", "Forskningsrådets lokaler")]
    public async Task ATrailingSlashIsIgnored(string url, string expected)
    {
        factory.WaitUntilReady();
        var response = await client.GetAsync(url);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, body);
    }

    [Theory]
    [InlineData("/api/finnesikke", "GET", HttpStatusCode.NotFound, "Fant ikke adressen")]
    [InlineData("/api/search?q=helsedata", "POST", HttpStatusCode.MethodNotAllowed, "Metoden er ikke tillatt")]
    public async Task ApiErrorsAreNorwegianProblemsAlsoForClientsThatAskForHtml(string url, string method, HttpStatusCode status, string title)
    {
        factory.WaitUntilReady();
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, JsonDocument.Parse(body).RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain("Status Code", body);
    }
}

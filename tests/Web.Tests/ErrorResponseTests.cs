using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NorPreM.Core.Model;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

public sealed class ErrorResponseTests(NorPreMAppFactory factory) : IClassFixture<NorPreMAppFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task UnknownApiAddressIsANorwegianNotFoundProblem()
    {
        var response = await client.GetAsync("/api/finnesikke");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.StartsWith("Fant ikke", json.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("detail").GetString()));
        Assert.DoesNotContain("Not Found", body);
    }

    [Fact]
    public async Task WellFormedMeetingNumberOutsideTheRangeIsNotFoundLikeAnyUnknownMeeting()
    {
        factory.WaitUntilReady();
        var outOfRange = await client.GetAsync("/api/meetings/ho21/99-2099");
        var unknown = await client.GetAsync("/api/meetings/ho21/5-2050");
        var malformed = await client.GetAsync("/api/meetings/ho21/helsedata");

        Assert.Equal(HttpStatusCode.NotFound, outOfRange.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Fant ikke møte", await outOfRange.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("ikke et møtenummer", await malformed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task QueryOfOnlyAQuoteShowsTheStartPageLikeAnEmptyQuery()
    {
        factory.WaitUntilReady();
        var empty = await client.GetStringAsync("/");
        var quote = await client.GetStringAsync("/?q=%22");

        Assert.Contains("class=\"intro\"", empty);
        Assert.Contains("class=\"intro\"", quote);
    }
}

public sealed class NoWordsQueryTests(NorPreMAppFactory factory) : IClassFixture<NorPreMAppFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("...!!?")]
    [InlineData("😀")]
    [InlineData("\"\"")]
    public async Task AQueryWithoutWordsSaysSoOnThePageInsteadOfSilentlyShowingTheStartPage(string query)
    {
        factory.WaitUntilReady();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/?q=" + Uri.EscapeDataString(query)));

        Assert.Contains($"Søket «{query}» inneholder ingenting å søke etter", html);
        Assert.Contains("class=\"intro\"", html);
    }

    [Fact]
    public async Task AQueryWithoutWordsGetsTheSameExplanationFromTheApi()
    {
        factory.WaitUntilReady();
        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("...!!?"));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Søket «...!!?» inneholder ingenting å søke etter", json.GetProperty("errors").GetProperty("q")[0].GetString());
    }

    [Fact]
    public async Task AnEmptyQueryStillShowsTheStartPageWithoutANote()
    {
        factory.WaitUntilReady();
        var html = await client.GetStringAsync("/?q=");

        Assert.DoesNotContain("inneholder ingenting", html);
    }
}

/// <summary>The app with a search service that always fails, to see what an unhandled exception looks like.</summary>
public sealed class FailingSearchFactory : NorPreMAppFactory
{
    public const string Secret = "hemmelig-intern-feilmelding";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<ISearchService>();
            services.AddSingleton<ISearchService, FailingSearch>();
        });
    }

    private sealed class FailingSearch : ISearchService
    {
        public SearchResponse Search(SearchRequest request) => throw new InvalidOperationException(Secret);

        public IReadOnlyList<Suggestion> Suggest(string prefix, int max, IReadOnlyList<SuggestionEntry>? named = null, bool includeRestricted = false) => throw new InvalidOperationException(Secret);

        public IReadOnlyList<SearchHit> MoreLikeThis(string unitId, int max, bool includeRestricted = false) => throw new InvalidOperationException(Secret);

        public string? DidYouMean(string query, bool includeRestricted = false) => throw new InvalidOperationException(Secret);

        public DateEstimate? EstimateMeetingDate(string council, string meeting) => throw new InvalidOperationException(Secret);
    }
}

public sealed class ServerErrorTests(FailingSearchFactory factory) : IClassFixture<FailingSearchFactory>
{
    [Fact]
    public async Task UnhandledErrorInTheApiIsANorwegianProblemWithoutExceptionDetails()
    {
        factory.WaitUntilReady();
        var response = await factory.CreateClient().GetAsync("/api/search?q=helsedata");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Det oppstod en feil på tjeneren", json.GetProperty("title").GetString());
        Assert.StartsWith("Det oppstod en feil", json.GetProperty("detail").GetString());
        Assert.DoesNotContain("An error occurred", body);
        Assert.DoesNotContain(FailingSearchFactory.Secret, body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain(" at ", body);
    }

    [Fact]
    public async Task UnhandledErrorInTheApiIsANorwegianProblemAlsoForAClientThatAsksForHtml()
    {
        factory.WaitUntilReady();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=helsedata");
        request.Headers.Accept.Add(new System.Net.Http.Headers.MediaTypeWithQualityHeaderValue("text/html"));
        var response = await factory.CreateClient().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Det oppstod en feil på tjeneren", JsonDocument.Parse(body).RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain(FailingSearchFactory.Secret, body);
    }

    [Fact]
    public async Task UnhandledErrorOnAPageShowsTheNorwegianErrorPage()
    {
        factory.WaitUntilReady();
        var response = await factory.CreateClient().GetAsync("/?q=helsedata");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Noe gikk galt", html);
        Assert.DoesNotContain(FailingSearchFactory.Secret, html);
    }
}

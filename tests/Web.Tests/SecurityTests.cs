using System.Net;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

public sealed class SecurityTests(NorPreMAppFactory factory) : IClassFixture<NorPreMAppFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task PdfIsServedFromTheCorpusById()
    {
        var response = await client.GetAsync($"/documents/{TestKnowledge.BundleId}/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        Assert.Equal("bytes", response.Headers.AcceptRanges.Single());
    }

    [Theory]
    [InlineData("/documents/..%2F..%2F..%2Fetc%2Fpasswd/pdf")]
    [InlineData("/documents/..%2Fcorpus%2FREADME.md/pdf")]
    [InlineData("/documents/%2Fetc%2Fpasswd/pdf")]
    [InlineData("/documents/ho21-mote-2022-03-saksdokumenter.pdf/pdf")]
    [InlineData("/documents/..%5C..%5Cappsettings.json/pdf")]
    public async Task PathTraversalIsRefused(string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("root:", body);
        Assert.Contains("Filstier godtas ikke", body);
    }

    [Fact]
    public async Task UnknownDocumentIdIsNotFound()
    {
        var response = await client.GetAsync("/documents/ffffffffffffffff/pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ScriptQueryIsShownEncodedOnTheSearchPage()
    {
        factory.WaitUntilReady();
        var html = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("<script>alert(\"æøå\")</script>"));

        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(&quot;æøå&quot;)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task PagesCarrySecurityHeaders()
    {
        var response = await client.GetAsync("/");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task OverlongQueryOnThePageGivesANorwegianMessage()
    {
        var response = await client.GetAsync("/?q=" + new string('a', 400));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Søket er for langt: 400 tegn. Bruk høyst 300 tegn.", html);
    }
}

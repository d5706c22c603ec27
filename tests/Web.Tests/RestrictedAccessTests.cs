using System.Net;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

public class RestrictedAccessTests(RestrictedAppFactory factory) : IClassFixture<RestrictedAppFactory>
{
    private static readonly string[] Secrets = [RestrictedAppFactory.SecretWord, "Fortrolig vurdering", RestrictedAppFactory.RestrictedId];

    private HttpClient Client(string? role = null)
    {
        factory.WaitUntilReady();
        var client = factory.CreateClient();
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add(RestrictedAppFactory.RoleHeader, role);
        }

        return client;
    }

    /// <summary>No secret in <paramref name="body"/> beyond the echo of what the request itself typed.</summary>
    private static void AssertNoTrace(string body, string url = "")
    {
        var query = url.Contains("q=", StringComparison.Ordinal) ? Uri.UnescapeDataString(url[(url.IndexOf("q=", StringComparison.Ordinal) + 2)..].Replace('+', ' ')) : "";
        var id = url.Contains(RestrictedAppFactory.RestrictedId, StringComparison.Ordinal) ? RestrictedAppFactory.RestrictedId : "";
        foreach (var echo in new[] { query, id }.Where(e => e.Length > 0))
        {
            body = body.Replace(echo, "", StringComparison.OrdinalIgnoreCase).Replace(System.Net.WebUtility.HtmlEncode(echo), "", StringComparison.OrdinalIgnoreCase);
        }

        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("/api/search?q=Kvantesjøormprosjektet")]
    [InlineData("/api/search?q=fortrolig+vurdering")]
    [InlineData("/api/search?q=Kvantesjoormprosjektet")]
    [InlineData("/api/search?q=helse")]
    [InlineData("/?q=Kvantesjøormprosjektet")]
    [InlineData("/?q=helsepersonellkommisjonen")]
    [InlineData("/api/suggest?q=Kvantes")]
    [InlineData("/api/suggest?q=fortrolig")]
    [InlineData("/api/suggest?q=31/3")]
    [InlineData("/api/councils")]
    [InlineData("/api/councils/ho21")]
    [InlineData("/rad/ho21")]
    [InlineData("/api/documents/7e57aa11bb22cc33")]
    [InlineData("/dokumenter/7e57aa11bb22cc33")]
    [InlineData("/saker/31/3/2022")]
    [InlineData("/api/cases/31/3/2022")]
    public async Task AnonymousUsersSeeNoTraceOfARestrictedPaper(string url)
    {
        var response = await Client().GetAsync(url);
        AssertNoTrace(await response.Content.ReadAsStringAsync(), url);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
    }

    [Fact]
    public async Task AnonymousSearchTotalsDoNotCountRestrictedUnits()
    {
        var anonymous = await Client().GetStringAsync("/api/search?q=Kvantesjøormprosjektet");
        Assert.Contains("\"totalHits\":0", anonymous);
        var staff = await Client("staff").GetStringAsync("/api/search?q=Kvantesjøormprosjektet");
        Assert.Contains(RestrictedAppFactory.SecretWord, staff);
        Assert.DoesNotContain("\"totalHits\":0", staff);
    }

    [Fact]
    public async Task TheRestrictedPdfIsNotServedToAnonymousUsers()
    {
        var response = await Client().GetAsync($"/documents/{RestrictedAppFactory.RestrictedId}/pdf");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task StaffSeeTheRestrictedPaperAndItsCase()
    {
        var client = Client("staff");
        var document = await client.GetStringAsync($"/api/documents/{RestrictedAppFactory.RestrictedId}");
        Assert.Contains(RestrictedAppFactory.SecretWord, document);
        var kase = await client.GetAsync("/api/cases/31/3/2022");
        Assert.Equal(HttpStatusCode.OK, kase.StatusCode);
    }

    [Fact]
    public async Task PersonalNumbersAreMaskedForAnonymousUsersAndShownToStaff()
    {
        var id = TestKnowledge.BundleId;
        var anonymous = await Client().GetStringAsync($"/api/documents/{id}");
        Assert.DoesNotContain(RestrictedAppFactory.IdentityNumber, anonymous);
        Assert.DoesNotContain(RestrictedAppFactory.Phone, anonymous);
        Assert.DoesNotContain(RestrictedAppFactory.Email, anonymous);
        Assert.Contains("[fødselsnummer skjult]", anonymous);

        var snippets = await Client().GetStringAsync("/api/search?q=kontaktperson+helsepersonellkommisjonen");
        Assert.DoesNotContain(RestrictedAppFactory.IdentityNumber, snippets);

        var staff = await Client("staff").GetStringAsync($"/api/documents/{id}");
        Assert.Contains(RestrictedAppFactory.IdentityNumber, staff);
    }

    [Theory]
    [InlineData("0101")]
    [InlineData("01017012343")]
    [InlineData("kari.nord")]
    public async Task AutocompleteNeverOffersPersonalData(string prefix)
    {
        using var json = System.Text.Json.JsonDocument.Parse(await Client().GetStringAsync("/api/suggest?q=" + Uri.EscapeDataString(prefix)));
        var suggestions = json.RootElement.GetProperty("suggestions").GetRawText();
        Assert.DoesNotContain(RestrictedAppFactory.IdentityNumber, suggestions);
        Assert.DoesNotContain(RestrictedAppFactory.Email, suggestions);
        Assert.DoesNotMatch(@"""text"":""[^""]*\d{4,}", suggestions);
    }
}

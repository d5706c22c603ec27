using System.Net;
using System.Text.Json;
using NorPreM.Core.Model;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

/// <summary>The test knowledge base plus a case numbered by year only, as councils print "Sak 13/24" in their minutes.</summary>
public sealed class CaseByYearFactory() : NorPreMAppFactory(WithCaseByYear())
{
    private static KnowledgeBase WithCaseByYear()
    {
        var kb = TestKnowledge.Create();
        return kb with
        {
            Cases = [.. kb.Cases, new CaseRecord { Number = "13/2024", Title = "Årsrapport for regionalt NorPreM-råd", Council = Councils.NorPreMVest }],
        };
    }
}

public sealed class CaseNumberByYearAddressTests(CaseByYearFactory factory) : IClassFixture<CaseByYearFactory>
{
    private readonly HttpClient client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/saker/13-24")]
    [InlineData("/saker/13/24")]
    [InlineData("/saker/013-24")]
    public async Task CaseAddressWithATwoDigitYearRedirectsToTheCanonicalOne(string path)
    {
        factory.WaitUntilReady();
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/saker/13-2024", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/api/cases/13-24")]
    [InlineData("/api/cases/13-2024")]
    public async Task CaseApiAcceptsANumberByYearWithATwoDigitYear(string path)
    {
        factory.WaitUntilReady();
        var response = await client.GetAsync(path);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("13/2024", json.GetProperty("case").GetProperty("number").GetString());
    }
}

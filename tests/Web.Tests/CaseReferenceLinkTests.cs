using System.Net;
using NorPreM.Core.Model;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

/// <summary>The test knowledge base where case 30/3/2022 was also handled in a case the corpus does not hold (42/4/2020).</summary>
public sealed class EarlierCaseOutsideTheCorpusFactory() : NorPreMAppFactory(WithOutsideReference())
{
    private static KnowledgeBase WithOutsideReference()
    {
        var kb = TestKnowledge.Create();
        return kb with
        {
            Cases = [.. kb.Cases.Select(c => c.Number == "30/3/2022" ? c with { PreviouslyHandled = ["42/4/2020", .. c.PreviouslyHandled] } : c)],
        };
    }
}

public sealed class CaseReferenceLinkTests(EarlierCaseOutsideTheCorpusFactory factory) : IClassFixture<EarlierCaseOutsideTheCorpusFactory>
{
    private readonly HttpClient client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task EarlierCaseOutsideTheCorpusLinksToASearchForItsNumberInsteadOfAMissingPage()
    {
        factory.WaitUntilReady();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/saker/30-3-2022"));

        Assert.DoesNotContain("href=\"/saker/42-4-2020\"", html);
        Assert.Contains("href=\"/?q=42%2F4%2F2020\">Sak 42/4/2020</a>", html);
        Assert.Contains("href=\"/saker/19-2-2022\">Sak 19/2/2022</a>", html);
        Assert.Contains("ikke i korpuset; lenken søker etter der saken er nevnt", html);
    }

    [Fact]
    public async Task EveryCaseLinkOnTheCasePageLeadsToAPageThatExists()
    {
        factory.WaitUntilReady();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/saker/30-3-2022"));

        var links = System.Text.RegularExpressions.Regex.Matches(html, "href=\"(/saker/[^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var response = await client.GetAsync(link);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.MovedPermanently, $"{link}: {(int)response.StatusCode}");
        }
    }
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NorPreM.Web.Knowledge;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

public sealed class PagesTests(NorPreMAppFactory factory) : IClassFixture<NorPreMAppFactory>
{
    private readonly HttpClient client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<string> Page(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        factory.WaitUntilReady();
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode}");
        return html;
    }

    [Fact]
    public async Task SearchPageShowsHitWithCaseMeetingPageAndMarkedSnippet()
    {
        var html = await Page("/?q=helsepersonellkommisjonen");

        Assert.Contains("Sak 28/3/2022 Innspill til helsepersonellkommisjonen", html);
        Assert.Contains("href=\"/documents/0bcd3f5b5a05442a/pdf#page=17\"", html);
        Assert.Contains("PDF s. 17", html);
        Assert.Contains("href=\"/rad/ho21/moter/3-2022\"", html);
        Assert.Contains("<mark>helsepersonellkommisjonen</mark>", html);
        Assert.Contains("3. juni 2022", html);
    }

    [Fact]
    public async Task FacetLinksKeepTheQueryAndToggleTheFilter()
    {
        var html = await Page("/?q=persontilpasset");
        Assert.Contains("href=\"/?q=persontilpasset&amp;kind=Decision\"", html);

        var filtered = await Page("/?q=persontilpasset&kind=Decision");
        Assert.Contains("aria-current=\"true\"", filtered);
        Assert.Contains("href=\"/?q=persontilpasset\"", filtered);
        Assert.Contains("<input type=\"hidden\" name=\"kind\" value=\"Decision\">", filtered);
        Assert.Contains("Vedtak – Sak 19/2/2022 Revidert strategi for persontilpasset medisin", filtered);
        Assert.DoesNotContain("class=\"kind kind-page\"", filtered);
    }

    [Fact]
    public async Task FoldedHitsOfACaseCanBeOpenedAsTheirOwnList()
    {
        var html = await Page("/?q=persontilpasset");
        Assert.Contains("flere treff i sak 30/3/2022</a>", html);

        var inCase = await Page("/?q=persontilpasset&caseNumber=30%2F3%2F2022");
        var hits = System.Text.RegularExpressions.Regex.Matches(inCase, "<li class=\"hit\">").Count;
        Assert.True(hits > 1, $"{hits} treff i saken");
        Assert.Contains("Viser bare treff i sak 30/3/2022.", inCase);
        Assert.DoesNotContain("Sak 19/2/2022", inCase);
    }

    [Fact]
    public async Task DidYouMeanOffersTheCorrectedQueryWhenOnlySimilarWordsMatched()
    {
        var html = await Page("/?q=habilitett");

        Assert.Contains("Fant ingen eksakte treff. Viser treff på ord som ligner.", html);
        Assert.Contains("Mente du <a href=\"/?q=habilitet\">habilitet</a>?", html);
        Assert.Contains("Sak 25/3/2022 Spørsmål om habilitet", html);
        // The search computed did-you-mean; the web does not ask the index a second time.
        Assert.Empty(factory.SearchService.DidYouMeanQueries);
    }

    [Fact]
    public async Task PagingLinksFollowTheResultCount()
    {
        var html = await Page("/?q=persontilpasset&size=1");

        Assert.Contains("href=\"/?q=persontilpasset&amp;size=1&amp;page=2\"", html);
        Assert.Contains("rel=\"next\"", html);
    }

    [Fact]
    public async Task DecisionsPageListsProposalBesideDecisionByMeeting()
    {
        var html = await Page("/vedtak");

        Assert.Contains("HelseOmsorg21-rådet, møte 3/2022", html);
        Assert.Contains("Det er ikke knyttet inhabilitet til noen av sakene på rådsmøtet.", html);
        Assert.True(html.IndexOf("møte 3/2022", StringComparison.Ordinal) < html.IndexOf("møte 2/2022", StringComparison.Ordinal), "nyeste møte først");
    }

    [Fact]
    public async Task DecisionsPageSearchesOnlyDecisions()
    {
        var html = await Page("/vedtak?q=persontilpasset");

        Assert.Contains("i vedtak", html);
        Assert.Contains("Vedtak – Sak 19/2/2022 Revidert strategi for persontilpasset medisin", html);
        Assert.DoesNotContain("class=\"kind kind-page\"", html);
        Assert.DoesNotContain("data-facet=\"kind\"", html);
    }

    [Fact]
    public async Task CasePageShowsFieldsProposalDecisionThemesAndHistory()
    {
        var html = await Page("/saker/30-3-2022");

        Assert.Contains("<span class=\"case-number\">Sak 30/3/2022</span> Strategi for persontilpasset medisin", html);
        Assert.Contains("Ina Dahlsveen, Henrietta Blankson", html);
        Assert.Contains("<a href=\"/rad/ho21/moter/3-2022\">Møte 3/2022</a>, <time datetime=\"2022-06-03\">3. juni 2022</time>", html);
        Assert.Contains("Forslag til vedtak", html);
        Assert.Contains("Referatet med vedtaket finnes ikke i korpuset ennå.", html);
        Assert.Contains("href=\"/saker/19-2-2022\"", html);
        Assert.Contains("Persontilpasset medisin", html);
        Assert.Contains("Fordi teksten nevner: «persontilpasset», «medisin»", html);
        Assert.Contains("href=\"/dokumenter/0bcd3f5b5a05442a?side=28\"", html);
    }

    [Fact]
    public async Task AnEarlierCaseNamesTheLaterCasesThatCiteItAndTheirPendingProposal()
    {
        var html = System.Net.WebUtility.HtmlDecode(await Page("/saker/19-2-2022"));

        Assert.Matches("<dt>Senere behandlet</dt>\\s*<dd><a href=\"/saker/30-3-2022\">Sak 30/3/2022</a>\\s*</dd>", html);
        Assert.Contains("Forslag til vedtak (ikke vedtatt i korpuset): Rådet slutter innspillet til revidert strategi", html);
    }

    [Fact]
    public async Task CaseUrlWithSlashesRedirectsToTheCanonicalOne()
    {
        factory.WaitUntilReady();
        var response = await client.GetAsync("/saker/30/3/22");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/saker/30-3-2022", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/saker/99-9-2099")]
    [InlineData("/saker/10-2023")]
    [InlineData("/saker/10-2023%20(NorPreM-r%C3%A5d)")]
    [InlineData("/saker/((((")]
    [InlineData("/rad/ho21/moter/31.02.2023")]
    [InlineData("/rad/norprem-rad-vest/moter/12.05.2023")]
    [InlineData("/rad/ho21/moter/..%2F..%2Fetc")]
    public async Task UnknownCaseOrMeetingGivesANorwegianNotFoundPage(string path)
    {
        var html = await Page(path, HttpStatusCode.NotFound);

        Assert.Contains("Fant ikke siden", html);
    }

    [Fact]
    public async Task MeetingPageListsAttendanceAndAgenda()
    {
        var html = await Page("/rad/ho21/moter/2-2022");

        Assert.Contains("Onsdag 30. mars 2022, kl. 10.00 – 16.00", html);
        Assert.Contains("Forskningsrådets lokaler", html);
        Assert.Contains("<strong>Gro Jamtvedt</strong>, OsloMet", html);
        Assert.Contains("– til stede t.o.m. dialogmøtet</span>", html);
        Assert.Contains("Forfall", html);
        Assert.Contains("Sak 19/2/2022 Revidert strategi for persontilpasset medisin", html);
    }

    [Fact]
    public async Task CouncilPageShowsMandateMeetingsAndMembers()
    {
        var ho21 = await Page("/rad/ho21");
        var norprem = await Page("/rad/norprem");

        Assert.Contains("Møte 2/2022", ho21);
        Assert.Contains("Per Morten Sandset", ho21);
        Assert.Contains("Mandatet er godkjent i det interregionale fagdirektørmøtet 18 mars 2024.", norprem);
        Assert.Contains("rapporterer til", norprem);
    }

    [Fact]
    public async Task ThemePageDrawsAnSvgChart()
    {
        var html = await Page("/tema/persontilpasset-medisin");

        Assert.Contains("<svg viewBox=\"0 0 640 280\" role=\"img\"", html);
        Assert.Contains("<title>HelseOmsorg21-rådet 2022: 2 saker</title>", html);
        Assert.Contains(">2022</text>", html);
    }

    [Fact]
    public async Task ThemeOverviewCountsCasesPerCouncil()
    {
        var html = await Page("/tema");

        Assert.Contains("Helsedata og infrastruktur", html);
        Assert.Contains("Antall saker per tema og råd", html);
    }

    [Fact]
    public async Task ThemeOverviewDrawsEveryThemeByCouncilAndYearAsOneChart()
    {
        var html = await Page("/tema");

        Assert.Contains("class=\"theme-matrix\"", html);
        Assert.Contains("<title id=\"matrix-title\">Antall saker per tema, råd og år</title>", html);
        // The same count as the theme's own chart, and a link from the cell to the theme.
        Assert.Contains("<title>Persontilpasset medisin, HelseOmsorg21-rådet 2022: 2 saker</title>", html);
        Assert.Contains("<a href=\"/tema/persontilpasset-medisin\">", html);
        Assert.Contains(">HelseOmsorg21</text>", html);
    }

    [Fact]
    public async Task ThemeOverviewListsTopicsFoundWithoutTheTaxonomyWithTheirPages()
    {
        var html = await Page("/tema");
        var section = html[html.IndexOf("<section aria-labelledby=\"emner\">", StringComparison.Ordinal)..];

        Assert.Contains("<h2 id=\"emner\">Emner funnet uten fasit (LDA)</h2>", section);
        Assert.Contains("<h3 id=\"emne-1\">Emne 1: persontilpasset, medisin, strategien</h3>", section);
        Assert.Contains("<span class=\"label\">Ord:</span> persontilpasset, medisin, strategien, kliniske, studier", section);
        Assert.Contains("<a href=\"/tema/persontilpasset-medisin\">Persontilpasset medisin</a> <span class=\"muted\">(2 av 2 sider)</span>", section);
        Assert.Contains("og 2 tema til, hvert på bare én side", section);
        Assert.Contains($"<a href=\"/dokumenter/{TestKnowledge.BundleId}?side=27\">Sak 30/3/2022 Strategi for persontilpasset medisin, side 27</a>", section);
        Assert.Contains("<a class=\"tag\" href=\"/saker/30-3-2022\">Sak 30/3/2022</a>", section);
        Assert.Contains($"<a href=\"/dokumenter/{TestKnowledge.MandateId}?side=1\">", section);
        Assert.Contains("<li class=\"outside\">", section);
        Assert.Contains("<p class=\"flag\">Mulig tema utenfor taksonomien</p>", section);
        Assert.Contains("ingen av de typiske sidene har tema.", section);
        Assert.DoesNotContain("style=", section);
        Assert.DoesNotContain("<script", section);
    }

    [Fact]
    public async Task ThemeOverviewExplainsInNorwegianWhyThereAreNoTopics()
    {
        factory.WaitUntilReady();
        var state = factory.Services.GetRequiredService<KnowledgeState>();
        try
        {
            state.PublishTopics(null);
            var missing = await Page("/tema");
            state.PublishTopics(new() { UnitCount = 3, Note = "Ingen emner: For få tekster (3) til 4 emner." });
            var tooFew = await Page("/tema");

            Assert.Contains("<p class=\"topic-note\" role=\"status\">Emnene er ikke tilgjengelige for denne indeksen; de beregnes ved neste indeksering (neste oppstart).</p>", missing);
            Assert.Contains("Antall saker per tema og råd", missing);
            Assert.Contains("<p class=\"topic-note\" role=\"status\">Ingen emner: For få tekster (3) til 4 emner.</p>", tooFew);
        }
        finally
        {
            state.PublishTopics(factory.Topics);
        }
    }

    [Fact]
    public async Task DocumentPageMarksRepairedWordsAndEmbedsThePdfAtThePage()
    {
        var html = await Page($"/dokumenter/{TestKnowledge.MandateId}?side=1");

        Assert.Contains("<mark class=\"repaired\" title=\"OCR leste «fagdirektgrene», reparert til «fagdirektørene» (sikkerhet 93 %)\">fagdirektørene</mark>", html);
        Assert.Contains($"<iframe src=\"/documents/{TestKnowledge.MandateId}/pdf#page=1\"", html);
        Assert.Contains("1 rep.", html);
    }

    [Fact]
    public async Task RepairedWordIsMarkedInTheSnippet()
    {
        var html = await Page("/?q=fagdirektørene&kind=Page");

        Assert.Contains("<mark class=\"repaired\"", html);
        Assert.Contains($"href=\"/documents/{TestKnowledge.MandateId}/pdf#page=1\"", html);
    }

    [Fact]
    public async Task PagesSayThatIndexingIsRunning()
    {
        factory.WaitUntilReady();
        var state = factory.Services.GetRequiredService<KnowledgeState>();
        var before = state.Status;
        state.Report(new IngestStatus(IngestPhase.Running, "Indekserer norprem-revidert-mandat-2024.pdf: leser tekst", 2, 2));
        try
        {
            var html = await Page("/vedtak");

            Assert.Contains("<p class=\"notice\" role=\"status\" id=\"indekserer\">", html);
            Assert.Contains("Indekserer dokumentene …", html);
            Assert.Contains("(2 av 2 filer)", html);
        }
        finally
        {
            state.Report(before);
        }
    }

    [Fact]
    public async Task PagesDeclareNorwegianAndHaveASkipLink()
    {
        var html = await Page("/");

        Assert.Contains("<html lang=\"nb\">", html);
        Assert.Contains("<a class=\"skip\" href=\"#innhold\">Hopp til innholdet</a>", html);
        Assert.Contains("<label for=\"q\">Søk i dokumentene</label>", html);
        Assert.Contains($"<a href=\"/dokumenter/{TestKnowledge.BundleId}\">HelseOmsorg21-rådet – saksdokumenter møte 3/2022</a>", html);
    }
}

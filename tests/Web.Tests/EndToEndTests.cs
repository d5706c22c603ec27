using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NorPreM.Web.Knowledge;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

/// <summary>The app as `dotnet run` starts it: the real pipeline ingests corpus/ into a fresh on-disk index.</summary>
public sealed class EndToEndTests(EndToEndTests.RealApp app) : IClassFixture<EndToEndTests.RealApp>
{
    private readonly HttpClient client = app.Ready();

    [Fact]
    public async Task SearchForTheCommissionReturnsTheBundlePagesWithTheirNumbers()
    {
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=helsepersonellkommisjonen&size=20")).RootElement;

        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.Equal("ho21-mote-2022-03-saksdokumenter.pdf", hits[0].GetProperty("document").GetString());
        Assert.Equal(TestKnowledge.BundleId, hits[0].GetProperty("documentId").GetString());
        Assert.Equal(17, hits[0].GetProperty("page").GetInt32());
        Assert.Equal("28/3/2022", hits[0].GetProperty("caseNumber").GetString());
    }

    [Fact]
    public async Task CaseAndMeetingComeFromTheParsedBundle()
    {
        var c = JsonDocument.Parse(await client.GetStringAsync("/api/cases/28-3-2022")).RootElement.GetProperty("case");
        var meeting = JsonDocument.Parse(await client.GetStringAsync("/api/meetings/ho21/2-2022")).RootElement;

        Assert.Equal("Innspill til helsepersonellkommisjonen", c.GetProperty("title").GetString());
        Assert.Equal("Forskningsrådets lokaler", meeting.GetProperty("meeting").GetProperty("place").GetString());
    }

    [Fact]
    public async Task MeetingsThatDiscussedTheHealthDataSpaceAppearAsFacets()
    {
        var html = await client.GetStringAsync("/?q=%22European+Health+Data+Space%22");

        Assert.Contains("data-facet=\"meeting\"", html);
        Assert.Contains("Møte 2/2022", html);
        Assert.Contains("<mark>European</mark>", html);
    }

    [Fact]
    public async Task TopicsAreFoundInTheCorpusPagesAtIndexingAndShownOnTheThemePage()
    {
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/topics")).RootElement;
        var html = await client.GetStringAsync("/tema");

        Assert.True(json.GetProperty("available").GetBoolean(), json.GetProperty("message").GetString());
        var topics = json.GetProperty("topics").EnumerateArray().ToList();
        Assert.InRange(topics.Count, 2, 8);
        var words = topics.SelectMany(t => t.GetProperty("words").EnumerateArray().Select(w => w.GetProperty("word").GetString())).ToList();
        Assert.Contains("persontilpasset", words);
        Assert.DoesNotContain("rådet", words);
        Assert.Contains("rådet", json.GetProperty("commonWords").EnumerateArray().Select(w => w.GetString()));
        Assert.All(topics, t => Assert.NotEmpty(t.GetProperty("pages").EnumerateArray()));
        Assert.Contains("Emner funnet uten fasit (LDA)", html);
        Assert.Contains($"href=\"/dokumenter/{TestKnowledge.BundleId}?side=", html);
    }

    [Fact]
    public async Task PdfOfTheBundleIsServedForItsPage()
    {
        var response = await client.GetAsync($"/documents/{TestKnowledge.BundleId}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The unmodified app on the repository's corpus and a temporary index folder.</summary>
    public sealed class RealApp : WebApplicationFactory<Program>
    {
        private readonly string indexDirectory = Path.Combine(Path.GetTempPath(), "norprem-web-e2e-" + Guid.NewGuid().ToString("N"));
        private HttpClient? client;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("NorPreM:CorpusPath", RepoPaths.Corpus);
            builder.UseSetting("NorPreM:IndexPath", indexDirectory);
        }

        /// <summary>A client once ingestion has finished (it fails the test when ingestion fails or hangs).</summary>
        public HttpClient Ready()
        {
            lock (this)
            {
                if (client is not null)
                {
                    return client;
                }

                client = CreateClient();
                var state = Services.GetRequiredService<KnowledgeState>();
                var deadline = DateTime.UtcNow.AddMinutes(5);
                // Ready once the run is published; its topics follow in the background.
                while ((state.Status.Phase is not (IngestPhase.Ready or IngestPhase.Failed) || state.TopicsPending) && DateTime.UtcNow < deadline)
                {
                    Thread.Sleep(100);
                }

                Assert.True(state.Status.Phase == IngestPhase.Ready, $"Indekseringen ble ikke ferdig: {state.Status.Phase} {state.Status.Message}");
                return client;
            }
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && Directory.Exists(indexDirectory))
            {
                Directory.Delete(indexDirectory, recursive: true);
            }
        }
    }
}

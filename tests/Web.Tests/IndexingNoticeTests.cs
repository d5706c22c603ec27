using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NorPreM.Web.Knowledge;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

public sealed class IndexingNoticeTests(NorPreMAppFactory factory) : IClassFixture<NorPreMAppFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private KnowledgeState ReadyState()
    {
        factory.WaitUntilReady();
        var state = factory.Services.GetRequiredService<KnowledgeState>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (state.Status.Phase != IngestPhase.Ready && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        return state;
    }

    [Fact]
    public async Task SearchApiSaysResultsMayBeIncompleteWhileIndexingRuns()
    {
        var state = ReadyState();
        var ready = state.Status;
        state.Report(new IngestStatus(IngestPhase.Running, "Indekserer dokumentene …"));
        try
        {
            var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=helsedata")).RootElement;

            Assert.True(json.GetProperty("indexing").GetBoolean());
            Assert.Contains(json.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("indekseres fortsatt", StringComparison.Ordinal));
        }
        finally
        {
            state.Report(ready);
        }
    }

    [Fact]
    public async Task SearchApiHasNoIndexingNoteOnceIndexingIsDone()
    {
        ReadyState();

        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=helsedata")).RootElement;

        Assert.False(json.GetProperty("indexing").GetBoolean());
        Assert.DoesNotContain(json.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("indekseres", StringComparison.Ordinal));
    }
}

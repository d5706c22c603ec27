using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NorPreM.Core.Model;
using NorPreM.Web.Hosting;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

/// <summary>The costly lane through the whole app: one costly search at a time, the next refused after a pause, ordinary ones served meanwhile.</summary>
public sealed class SearchLimitsTests : IDisposable
{
    /// <summary>Holds every costly search (five words or more) until released.</summary>
    private sealed class HeldSearch(ISearchService inner) : ISearchService
    {
        public ManualResetEventSlim Release { get; } = new();
        public ManualResetEventSlim Holding { get; } = new();

        public SearchResponse Search(SearchRequest request)
        {
            if (SearchCost.Words(request.Query) >= 5)
            {
                Holding.Set();
                Release.Wait(TimeSpan.FromSeconds(30));
            }

            return inner.Search(request);
        }

        public IReadOnlyList<Suggestion> Suggest(string prefix, int max, IReadOnlyList<SuggestionEntry>? named = null, bool includeRestricted = false) => inner.Suggest(prefix, max, named, includeRestricted);
        public IReadOnlyList<SearchHit> MoreLikeThis(string unitId, int max, bool includeRestricted = false) => inner.MoreLikeThis(unitId, max, includeRestricted);
        public string? DidYouMean(string query, bool includeRestricted = false) => inner.DidYouMean(query, includeRestricted);
        public DateEstimate? EstimateMeetingDate(string council, string meeting) => inner.EstimateMeetingDate(council, meeting);
    }

    private sealed class App : NorPreMAppFactory
    {
        public HeldSearch Held { get; }

        public App() => Held = new HeldSearch(Index.Searcher);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("NorPreM:CostlySearches", "1");
            builder.UseSetting("NorPreM:CostlyQueue", "0");
            builder.UseSetting("NorPreM:RefusalDelayMilliseconds", "300");
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<ISearchService>();
                services.AddSingleton<ISearchService>(Held);
            });
        }
    }

    private readonly App app = new();

    public void Dispose()
    {
        app.Held.Release.Set();
        app.Dispose();
    }

    [Fact]
    public async Task ASecondCostlySearchIsRefusedAfterAPauseWhileOrdinarySearchesAreServed()
    {
        var client = app.CreateClient();
        app.WaitUntilReady();

        var first = client.GetAsync("/api/search?q=helsedata+genetikk+mandat+strategi+handlingsplan");
        Assert.True(app.Held.Holding.Wait(TimeSpan.FromSeconds(20)), "the first costly search should be running");

        var clock = Stopwatch.StartNew();
        var refused = await client.GetAsync("/api/search?q=kommisjonen+genetikk+mandat+strategi+handlingsplan");
        var waited = clock.Elapsed;
        var ordinary = await client.GetAsync("/api/search?q=helsedata");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("1", refused.Headers.RetryAfter?.ToString());
        Assert.Contains("For mange søk", await refused.Content.ReadAsStringAsync());
        Assert.True(waited >= TimeSpan.FromMilliseconds(250), $"the refusal came after {waited.TotalMilliseconds:0} ms");
        Assert.Equal(HttpStatusCode.OK, ordinary.StatusCode);
        Assert.False(first.IsCompleted);

        app.Held.Release.Set();
        Assert.Equal(HttpStatusCode.OK, (await first.WaitAsync(TimeSpan.FromSeconds(20))).StatusCode);
    }
}

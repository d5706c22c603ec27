using Microsoft.Extensions.Options;
using NorPreM.Core.Model;
using NorPreM.Web.Hosting;
using NorPreM.Web.Knowledge;
using NorPreM.Web.Querying;

namespace NorPreM.Web.Tests;

/// <summary>The answer cache and the costly lane of the search gateway (issue 20: ordinary searches stay fast beside costly ones).</summary>
public sealed class SearchCostTests
{
    /// <summary>Counts searches and answers with what the test sets, on the thread it records.</summary>
    private sealed class CountingSearch : ISearchService
    {
        public int Searches;
        public bool Partial { get; set; }
        public string? LastThread;
        public TimeSpan? LastBudget;

        /// <summary>Words the index "does not know": those starting with x.</summary>
        public int UnknownWords(string query) => query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.StartsWith('x'));

        public SearchResponse Search(SearchRequest request)
        {
            Interlocked.Increment(ref Searches);
            LastThread = Thread.CurrentThread.Name;
            LastBudget = request.TimeBudget;
            return new SearchResponse { Query = request.Query, TotalHits = request.IncludeRestricted ? 2 : 1, Hits = [], Partial = Partial };
        }

        public IReadOnlyList<Suggestion> Suggest(string prefix, int max, IReadOnlyList<SuggestionEntry>? named = null, bool includeRestricted = false) => [];
        public IReadOnlyList<SearchHit> MoreLikeThis(string unitId, int max, bool includeRestricted = false) => [];
        public string? DidYouMean(string query, bool includeRestricted = false) => null;
        public DateEstimate? EstimateMeetingDate(string council, string meeting) => null;
    }

    private static IOptions<WebOptions> Options(int cacheEntries = 16) => Microsoft.Extensions.Options.Options.Create(new WebOptions { SearchCacheEntries = cacheEntries });

    [Fact]
    public async Task ASearchAskedAgainIsAnsweredFromTheCacheUntilTheKnowledgeBaseIsPublishedAgain()
    {
        var search = new CountingSearch();
        var state = new KnowledgeState();
        using var cache = new SearchResultCache(Options());
        var gateway = new SearchGateway(search, state, cache: cache);

        await gateway.SearchAsync(new SearchRequest { Query = "helsedata" });
        await gateway.SearchAsync(new SearchRequest { Query = "helsedata" });
        Assert.Equal(1, search.Searches);

        await gateway.SearchAsync(new SearchRequest { Query = "helsedata", Page = 2 });
        Assert.Equal(2, search.Searches);

        state.Publish(new KnowledgeBase());
        await gateway.SearchAsync(new SearchRequest { Query = "helsedata" });
        Assert.Equal(3, search.Searches);
    }

    [Fact]
    public async Task AnAnswerCutShortByTheTimeBudgetIsNeverKept()
    {
        var search = new CountingSearch { Partial = true };
        using var cache = new SearchResultCache(Options());
        var gateway = new SearchGateway(search, new KnowledgeState(), cache: cache);

        await gateway.SearchAsync(new SearchRequest { Query = "helsedata" });
        var second = await gateway.SearchAsync(new SearchRequest { Query = "helsedata" });

        Assert.Equal(2, search.Searches);
        Assert.True(second.Partial);
    }

    [Fact]
    public void AnswersForStaffAndForThePublicAreKeptApart()
    {
        using var cache = new SearchResultCache(Options());
        var request = new SearchRequest { Query = "helsedata" };
        cache.Put(request with { IncludeRestricted = true }, 1, new SearchResponse { Query = "helsedata", TotalHits = 2, Hits = [] });

        Assert.False(cache.TryGet(request, 1, out _));
        Assert.True(cache.TryGet(request with { IncludeRestricted = true }, 1, out var staff));
        Assert.Equal(2, staff.TotalHits);
        Assert.False(cache.TryGet(request with { IncludeRestricted = true }, 2, out _));
    }

    [Fact]
    public async Task NoAnswerIsKeptWhenTheCacheIsSwitchedOff()
    {
        var search = new CountingSearch();
        using var cache = new SearchResultCache(Options(cacheEntries: 0));
        var gateway = new SearchGateway(search, new KnowledgeState(), cache: cache);

        await gateway.SearchAsync(new SearchRequest { Query = "helsedata" });
        await gateway.SearchAsync(new SearchRequest { Query = "helsedata" });

        Assert.False(cache.Enabled);
        Assert.Equal(2, search.Searches);
    }

    [Fact]
    public async Task ACostlyQueryRunsOnTheLaneThreadAndAnOrdinaryOneWhereItWasAsked()
    {
        var search = new CountingSearch();
        var options = Microsoft.Extensions.Options.Options.Create(new WebOptions { SearchCacheEntries = 0, CostlySearchNice = 19 });
        using var lane = new CostlySearchLane(options);
        var gateway = new SearchGateway(search, new KnowledgeState(), costlyLane: lane, options: options);

        await gateway.SearchAsync(new SearchRequest { Query = "en to tre fire fem seks" });
        Assert.Equal("Kostbare søk 1", search.LastThread);

        await gateway.SearchAsync(new SearchRequest { Query = "helsedata" });
        Assert.NotEqual("Kostbare søk 1", search.LastThread);

        if (OperatingSystem.IsLinux())
        {
            // Asked to, the lane lowers its thread's nice value as the thread starts.
            Assert.Equal(1, lane.LoweredThreads);
        }
    }

    [Fact]
    public async Task AShortQueryOfWordsTheIndexDoesNotKnowIsCostlyAndRunsOnTheLaneWithTheShorterBudget()
    {
        var search = new CountingSearch();
        var options = Microsoft.Extensions.Options.Options.Create(new WebOptions { SearchCacheEntries = 0, CostlyTimeBudgetMilliseconds = 80 });
        using var lane = new CostlySearchLane(options);
        var gateway = new SearchGateway(search, new KnowledgeState(), costlyLane: lane, options: options);

        Assert.False(SearchCost.IsCostly("helsedata xqzv", options.Value, search));
        Assert.True(SearchCost.IsCostly("xqzv xwrtp", options.Value, search));
        Assert.False(SearchCost.IsCostly("xqzv xwrtp", options.Value with { CostlyUnknownWords = 0 }, search));

        await gateway.SearchAsync(new SearchRequest { Query = "xqzv xwrtp" });
        Assert.Equal("Kostbare søk 1", search.LastThread);
        Assert.Equal(TimeSpan.FromMilliseconds(80), search.LastBudget);

        await gateway.SearchAsync(new SearchRequest { Query = "helsedata genetikk" });
        Assert.NotEqual("Kostbare søk 1", search.LastThread);
        Assert.Null(search.LastBudget);
    }

    [Fact]
    public void TheLaneRestsSoThatItTakesItsShareOfACoreAndNoMore()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(300), CostlySearchLane.Rest(TimeSpan.FromMilliseconds(100), 0.25));
        Assert.Equal(TimeSpan.FromMilliseconds(100), CostlySearchLane.Rest(TimeSpan.FromMilliseconds(100), 0.5));
        Assert.Equal(TimeSpan.Zero, CostlySearchLane.Rest(TimeSpan.FromMilliseconds(100), 1));
        Assert.Equal(CostlySearchLane.MaxRest, CostlySearchLane.Rest(TimeSpan.FromSeconds(5), 0.25));
    }

    [Fact]
    public async Task TwoCostlySearchesInARowAreSpacedByTheLanesRest()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new WebOptions { CostlyLaneShare = 0.2 });
        using var lane = new CostlySearchLane(options);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var first = lane.Run(() => { Thread.Sleep(100); return clock.Elapsed; });
        var second = lane.Run(() => clock.Elapsed);

        // 100 ms of work at a fifth of a core: 400 ms of rest before the next search starts.
        Assert.True(await second - await first >= TimeSpan.FromMilliseconds(380), $"{(await second - await first).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task WorkOnTheLaneSeesTheRequestersContextAndPassesOnItsException()
    {
        using var lane = new CostlySearchLane(Options());
        Assert.Equal(0, lane.LoweredThreads);
        var caller = new AsyncLocal<string> { Value = "ansatt" };

        Assert.Equal("ansatt", await lane.Run(() => caller.Value));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => lane.Run<int>(() => throw new InvalidOperationException("feil i søket")));
        Assert.Equal("feil i søket", error.Message);
    }

    [Fact]
    public void OrdinarySearchesRunOnePerCoreUnlessSetOtherwise()
    {
        Assert.Equal(2, OrdinarySearchGate.PermitsFor(0, 2));
        Assert.Equal(1, OrdinarySearchGate.PermitsFor(0, 0));
        Assert.Equal(3, OrdinarySearchGate.PermitsFor(3, 2));
        Assert.Equal(0, OrdinarySearchGate.PermitsFor(-1, 2));
        using var gate = new OrdinarySearchGate(Microsoft.Extensions.Options.Options.Create(new WebOptions()));
        Assert.Equal(Math.Max(1, Environment.ProcessorCount), gate.Permits);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task OrdinarySearchesBeyondThePermitsWaitAndStartInTheOrderTheyCame(int permits)
    {
        using var gate = new OrdinarySearchGate(Microsoft.Extensions.Options.Options.Create(new WebOptions { OrdinarySearches = permits }));
        var running = 0;
        var most = 0;
        var started = new System.Collections.Concurrent.ConcurrentQueue<int>();
        using var release = new ManualResetEventSlim(false);
        int Work(int n)
        {
            started.Enqueue(n);
            InterlockedMax(ref most, Interlocked.Increment(ref running));
            release.Wait(TimeSpan.FromSeconds(10));
            Interlocked.Decrement(ref running);
            return n;
        }

        // The first searches take the permits on threads of their own; the rest queue behind them one by one.
        var first = Enumerable.Range(0, permits).Select(n => Task.Run(() => gate.Run(() => Work(n)))).ToList();
        while (started.Count < permits)
        {
            await Task.Delay(5);
        }

        var waiting = Enumerable.Range(permits, 6).Select(n => gate.Run(() => Work(n))).ToList();
        await Task.Delay(50);
        Assert.Equal(permits, started.Count);
        release.Set();

        Assert.Equal(Enumerable.Range(0, permits + 6), (await Task.WhenAll([.. first, .. waiting])).Order());
        Assert.Equal(permits, most);
        if (permits == 1)
        {
            // One at a time, the queue's order is the order of starting.
            Assert.Equal(Enumerable.Range(0, 7), started);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}

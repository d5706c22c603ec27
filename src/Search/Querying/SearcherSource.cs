using Lucene.Net.Search;

namespace NorPreM.Search.Querying;

/// <summary>
/// Lends the current searcher of one index to the read side. Over the writer (<see cref="SearchIndex.OpenOrCreate"/>)
/// the owner refreshes it after each commit; over a reader only (<see cref="SearchIndex.OpenReader"/>) it also looks for
/// a newer commit at most once per <c>checkEvery</c>, so a search opened beside another process's ingest sees its
/// commits without a lock. Every acquired searcher is one index generation: caches keyed by its reader stay valid.
/// </summary>
internal sealed class SearcherSource : IDisposable
{
    private readonly SearcherManager _manager;
    private readonly long _checkEveryTicks;
    private long _nextCheck;

    public SearcherSource(SearcherManager manager, TimeSpan? checkEvery = null)
    {
        _manager = manager;
        _checkEveryTicks = checkEvery is { } every ? (long)(every.TotalSeconds * System.Diagnostics.Stopwatch.Frequency) : 0;
        _nextCheck = System.Diagnostics.Stopwatch.GetTimestamp() + _checkEveryTicks;
    }

    /// <summary>Runs <paramref name="work"/> on the current searcher and releases it.</summary>
    public T Use<T>(Func<IndexSearcher, T> work)
    {
        if (_checkEveryTicks > 0)
        {
            var now = System.Diagnostics.Stopwatch.GetTimestamp();
            var next = Interlocked.Read(ref _nextCheck);
            if (now >= next && Interlocked.CompareExchange(ref _nextCheck, now + _checkEveryTicks, next) == next)
            {
                _manager.MaybeRefresh();
            }
        }

        var searcher = _manager.Acquire();
        try
        {
            return work(searcher);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>Makes the latest commit (or, over the writer, the latest changes) visible; blocks until done.</summary>
    public void Refresh() => _manager.MaybeRefreshBlocking();

    public void Dispose() => _manager.Dispose();
}

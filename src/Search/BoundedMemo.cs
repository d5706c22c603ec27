using System.Collections.Concurrent;

namespace NorPreM.Search;

/// <summary>
/// Answers kept by key, at most a fixed number; when full the memo starts over rather than tracking which answer is
/// oldest, since what it holds is cheap to recompute and a query's keys come back within moments. Safe on several
/// threads: two threads may compute the same answer at once, and either result may stay.
/// </summary>
internal sealed class BoundedMemo<TKey, TValue>(int maxEntries) where TKey : notnull
{
    private readonly int _maxEntries = Math.Max(1, maxEntries);

    private readonly ConcurrentDictionary<TKey, TValue> _table = new();

    public TValue Get(TKey key, Func<TKey, TValue> compute)
    {
        if (_table.TryGetValue(key, out var known))
        {
            return known;
        }

        // Counted only on a miss: ConcurrentDictionary.Count takes every lock.
        if (_table.Count >= _maxEntries)
        {
            _table.Clear();
        }

        return _table.GetOrAdd(key, compute);
    }
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace NorPreM.Search.Querying;

/// <summary>
/// Answers that depend only on the index's terms, kept per reader, so per index generation: a new commit opens a new
/// reader and starts empty, and a dropped reader takes its answers with it (<see cref="ConditionalWeakTable{TKey,TValue}"/>,
/// as <see cref="DateEstimates"/> does). Used for the expensive term-dictionary walks of a typo — the Levenshtein
/// automata of did-you-mean and of the fuzzy fallback — which otherwise run again for each filter, page and sort of
/// the same query. Each table holds at most <see cref="MaxEntries"/> answers (or the limit it was made with) and starts over when full.
/// </summary>
internal sealed class ReaderMemo<TKey, TValue> where TKey : notnull
{
    /// <summary>Most answers kept per reader unless the memo is given another limit.</summary>
    public const int MaxEntries = 4096;

    private readonly int _maxEntries;

    public ReaderMemo(int maxEntries = MaxEntries) => _maxEntries = Math.Max(1, maxEntries);

    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<TKey, TValue>> _tables = new();

    public TValue Get(IndexReader reader, TKey key, Func<TKey, TValue> compute)
    {
        var table = _tables.GetValue(reader, _ => new ConcurrentDictionary<TKey, TValue>());
        if (table.TryGetValue(key, out var known))
        {
            return known;
        }

        if (table.Count >= _maxEntries)
        {
            table.Clear();
        }

        return table.GetOrAdd(key, compute);
    }
}

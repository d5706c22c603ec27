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

    private readonly ConditionalWeakTable<IndexReader, BoundedMemo<TKey, TValue>> _tables = new();

    /// <summary>Makes a reader's table; made once, so a lookup allocates no closure.</summary>
    private readonly ConditionalWeakTable<IndexReader, BoundedMemo<TKey, TValue>>.CreateValueCallback _newTable;

    public ReaderMemo(int maxEntries = MaxEntries) => _newTable = _ => new BoundedMemo<TKey, TValue>(maxEntries);

    public TValue Get(IndexReader reader, TKey key, Func<TKey, TValue> compute) =>
        _tables.GetValue(reader, _newTable).Get(key, compute);
}

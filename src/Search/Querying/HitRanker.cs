using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NorPreM.Search.Analysis;
using NorPreM.Search.Indexing;
using NorPreM.Core.Lexicon;
using NorPreM.Core.Model;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace NorPreM.Search.Querying;

/// <summary>
/// Ranking of collected hits: relevance (BM25 × kind weight) or newest first, and folding of one case's or document's
/// hits under its best one.
/// </summary>
internal static class HitRanker
{
    /// <summary>
    /// Orders the hits (by score, or newest first by date estimate, then score) and, when folding, keeps each group's
    /// best hit with the number of hits folded under it; returns the first <paramref name="keep"/> groups in order and
    /// how many groups there are. The best hit of each group is found in one pass (groups told apart by their number,
    /// <see cref="CollectedHit.Member"/>), and only the kept groups are ordered: a bounded heap picks them, so a query
    /// that matches most of the archive does not sort every group for the ten it shows. The order is total (ties by
    /// document), so the kept groups are exactly the first ones of a full sort. A case whose best hit is its proposal is
    /// shown by its adopted decision when that matched too: the minutes' decision is what the council decided (it often
    /// differs from the proposal), so "hva vedtok vi om …" is answered by it; the group keeps its best score.
    /// </summary>
    public static (List<(CollectedHit Best, int Folded)> Top, int Total) Rank(List<CollectedHit> hits, DateEstimates? newest, bool collapse,
        HashSet<int>? mostWords, int keep)
    {
        int Tier(CollectedHit hit) => mostWords is null || mostWords.Contains(hit.Doc) ? 1 : 0;
        Comparison<CollectedHit> order = newest is null
            ? (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc)
            : (a, b) => Tier(b).CompareTo(Tier(a)) is var byTier && byTier != 0 ? byTier
                : newest.SortKey(b).CompareTo(newest.SortKey(a)) is var byDate && byDate != 0 ? byDate
                : b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc);
        List<(CollectedHit Best, int Folded)> ranked;
        if (collapse)
        {
            // A hit without a group (Member -1, Group "") folds with the others without one, as one group.
            var best = new Dictionary<int, (CollectedHit Best, int Count)>();
            var decisions = new Dictionary<int, CollectedHit>();
            foreach (var hit in hits)
            {
                var key = hit.Member;
                best[key] = best.TryGetValue(key, out var seen)
                    ? (order(hit, seen.Best) < 0 ? hit : seen.Best, seen.Count + 1)
                    : (hit, 1);
                if (hit.Kind == UnitKind.Decision && (!decisions.TryGetValue(key, out var decision) || order(hit, decision) < 0))
                {
                    decisions[key] = hit;
                }
            }

            ranked = new List<(CollectedHit Best, int Folded)>(best.Count);
            foreach (var g in best.Values)
            {
                ranked.Add((g.Best.Kind == UnitKind.Proposal && decisions.TryGetValue(g.Best.Member, out var adopted)
                    ? adopted with { Score = g.Best.Score, Date = g.Best.Date }
                    : g.Best, g.Count - 1));
            }
        }
        else
        {
            ranked = hits.Select(h => (h, 0)).ToList();
        }

        var total = ranked.Count;
        return (Top(ranked, Math.Max(1, keep), (a, b) => order(a.Best, b.Best)), total);
    }

    /// <summary>
    /// The first <paramref name="keep"/> items of <paramref name="items"/> in <paramref name="order"/> (a total order);
    /// a short list is sorted and cut in place.
    /// </summary>
    internal static List<T> Top<T>(List<T> items, int keep, Comparison<T> order)
    {
        if (items.Count <= keep * 4)
        {
            items.Sort(order);
            if (items.Count > keep)
            {
                items.RemoveRange(keep, items.Count - keep);
            }

            return items;
        }

        // The worst kept item on top of the heap: each later item replaces it when it comes before it.
        var heap = new PriorityQueue<T, T>(keep + 1, Comparer<T>.Create((x, y) => order(y, x)));
        foreach (var item in items)
        {
            if (heap.Count < keep)
            {
                heap.Enqueue(item, item);
            }
            else if (order(item, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(item, item);
            }
        }

        var top = new List<T>(heap.Count);
        while (heap.TryDequeue(out var item, out _))
        {
            top.Add(item);
        }

        top.Reverse();
        return top;
    }

    /// <summary>
    /// For newest first: the hits that match as many of the query's words (or phrases) as any hit does. Words are
    /// OR-ed, so a question such as «hva vedtok rådet om kvalitetsregistre og biobanker?» also matches every unit that
    /// only says «rådet»; relevance order puts those last by score, but ordered by date alone they would come before
    /// the answers. Newest first therefore orders these hits by date first, then the rest by date. Null when the query
    /// has fewer than two words (every hit then matches all of them).
    /// </summary>
    public static HashSet<int>? MostWords(IndexSearcher searcher, Query content, IReadOnlyDictionary<string, HashSet<string>> filters, List<CollectedHit> hits)
    {
        if (content is not BooleanQuery boolean || boolean.Clauses.Count(c => c.Occur == Occur.SHOULD) < 2 || hits.Count == 0)
        {
            return null;
        }

        // How many clauses match each unit, by global doc id: one count per document of the index, so a word that
        // matches most of the archive costs an array write per match, not a dictionary entry.
        // The array is as long as the index has documents (1.6 MB at 400 000 units): borrowed from the shared pool
        // and cleared, rather than a new large-object allocation per request.
        var maxDoc = searcher.IndexReader.MaxDoc;
        var matched = ArrayPool<int>.Shared.Rent(maxDoc);
        try
        {
            Array.Clear(matched, 0, maxDoc);
            foreach (var clause in boolean.Clauses.Where(c => c.Occur == Occur.SHOULD))
            {
                searcher.Search(FilterBuilder.Apply(clause.Query, filters), new MatchCounter(matched));
            }

            var most = hits.Max(h => matched[h.Doc]);
            return hits.Where(h => matched[h.Doc] == most).Select(h => h.Doc).ToHashSet();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(matched);
        }
    }

    /// <summary>Adds one to the count of every matching document (global doc id).</summary>
    private sealed class MatchCounter(int[] counts) : ICollector
    {
        private int _docBase;

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc) => counts[_docBase + doc]++;
    }
}

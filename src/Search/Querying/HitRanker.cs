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
    /// best hit with the number of hits folded under it. The best hit of each group is found in one pass and only the
    /// groups are sorted, so large result sets are not sorted unit by unit. A case whose best hit is its proposal is
    /// shown by its adopted decision when that matched too: the minutes' decision is what the council decided (it often
    /// differs from the proposal), so "hva vedtok vi om …" is answered by it; the group keeps its best score.
    /// </summary>
    public static List<(CollectedHit Best, int Folded)> Rank(List<CollectedHit> hits, DateEstimates? newest, bool collapse, HashSet<int>? mostWords = null)
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
            var best = new Dictionary<string, (CollectedHit Best, int Count)>(StringComparer.Ordinal);
            var decisions = new Dictionary<string, CollectedHit>(StringComparer.Ordinal);
            foreach (var hit in hits)
            {
                best[hit.Group] = best.TryGetValue(hit.Group, out var seen)
                    ? (order(hit, seen.Best) < 0 ? hit : seen.Best, seen.Count + 1)
                    : (hit, 1);
                if (hit.Kind == nameof(UnitKind.Decision) && (!decisions.TryGetValue(hit.Group, out var decision) || order(hit, decision) < 0))
                {
                    decisions[hit.Group] = hit;
                }
            }

            ranked = best.Values.Select(g => (
                    g.Best.Kind == nameof(UnitKind.Proposal) && decisions.TryGetValue(g.Best.Group, out var adopted)
                        ? adopted with { Score = g.Best.Score, Date = g.Best.Date }
                        : g.Best,
                    g.Count - 1))
                .ToList();
        }
        else
        {
            ranked = hits.Select(h => (h, 0)).ToList();
        }

        ranked.Sort((a, b) => order(a.Best, b.Best));
        return ranked;
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

        var matched = new Dictionary<int, int>();
        foreach (var clause in boolean.Clauses.Where(c => c.Occur == Occur.SHOULD))
        {
            var collector = new DocIdCollector();
            searcher.Search(FilterBuilder.Apply(clause.Query, filters), collector);
            foreach (var doc in collector.Docs)
            {
                matched[doc] = matched.GetValueOrDefault(doc) + 1;
            }
        }

        var most = hits.Max(h => matched.GetValueOrDefault(h.Doc));
        return hits.Where(h => matched.GetValueOrDefault(h.Doc) == most).Select(h => h.Doc).ToHashSet();
    }
}

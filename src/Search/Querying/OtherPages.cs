using System.Globalization;
using Lucene.Net.Search;
using NorPreM.Search.Indexing;

namespace NorPreM.Search.Querying;

/// <summary>
/// The other good pages of a long document: a report's hit shows its best page, and the pages of the same document
/// that scored nearly as well (at least <see cref="RankingOptions.OtherPagesShare"/> of the best page's score) are listed beside it, so
/// an answer on page 14 is not hidden behind page 3 when both matched.
/// </summary>
internal static class OtherPages
{
    /// <summary>Default share of the best page's score another page needs to be listed (chosen by cross-validation, docs/search.md).</summary>
    public const float DefaultShareOfBest = 0.7f;

    /// <summary>Most pages listed.</summary>
    public const int Max = 5;

    /// <summary>For each shown hit (by its Lucene doc), the other pages of its group worth listing, in page order.</summary>
    public static Dictionary<int, IReadOnlyList<int>> Find(IndexSearcher searcher, List<CollectedHit> hits, IReadOnlyList<CollectedHit> shown, float share)
    {
        var result = new Dictionary<int, IReadOnlyList<int>>();
        var groups = shown.Where(s => s.Kind == Core.Model.UnitKind.Page).Select(s => s.Member).ToHashSet();
        if (groups.Count == 0)
        {
            return result;
        }

        var byGroup = hits.Where(h => h.Kind == Core.Model.UnitKind.Page && groups.Contains(h.Member)).GroupBy(h => h.Member)
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var best in shown)
        {
            if (!byGroup.TryGetValue(best.Member, out var pages))
            {
                continue;
            }

            var bestPage = FirstPage(searcher, best.Doc);
            var others = pages.Where(p => p.Doc != best.Doc && p.Score >= share * best.Score)
                .OrderByDescending(p => p.Score).Take(Max)
                .Select(p => FirstPage(searcher, p.Doc)).OfType<int>().Where(p => p != bestPage).Distinct().Order().ToList();
            if (others.Count > 0)
            {
                result[best.Doc] = others;
            }
        }

        return result;
    }

    /// <summary>
    /// A unit's first page, remembered per reader (<see cref="ReaderMemo{TKey,TValue}"/>): a stored-field read decompresses
    /// the unit's block of the stored-fields file, and each shown hit reads up to <see cref="Max"/> + 1 of them on every
    /// query, paging and re-sorting of a result; a unit's pages never change within one index generation.
    /// </summary>
    private static readonly ReaderMemo<int, int?> FirstPages = new();

    private static int? FirstPage(IndexSearcher searcher, int doc) => FirstPages.Get(searcher.IndexReader, doc, d =>
        searcher.Doc(d, new HashSet<string> { IndexSchema.Pages }).Get(IndexSchema.Pages) is { } pages
        && int.TryParse(pages.Split(',')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : null);
}

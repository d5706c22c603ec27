using Lucene.Net.Index;
using Lucene.Net.Search;
using NorPreM.Core.Model;
using NorPreM.Search.Analysis;
using NorPreM.Search.Indexing;

namespace NorPreM.Search.Querying;

/// <summary>
/// The one place the read side keeps restricted papers from anonymous users: an anonymous request carries the filter
/// "access = public", which every collection, total, facet count and "most words" pass applies with the user's own
/// filters (no facet ever lifts it, since access is no facet). Staff requests (<see cref="SearchRequest.IncludeRestricted"/>) see all.
/// </summary>
public static class AccessFilter
{
    /// <summary>Adds the public-only filter to <paramref name="filters"/> unless the request may see restricted papers.</summary>
    public static void Apply(Dictionary<string, HashSet<string>> filters, SearchRequest request)
    {
        if (request.IncludeRestricted)
        {
            filters.Remove(IndexSchema.Access);
            return;
        }

        filters[IndexSchema.Access] = new HashSet<string>(StringComparer.Ordinal) { IndexSchema.AccessPublic };
    }

    /// <summary><paramref name="query"/> limited to public units unless <paramref name="includeRestricted"/>.</summary>
    public static Query Restrict(Query query, bool includeRestricted)
    {
        if (includeRestricted)
        {
            return query;
        }

        return new BooleanQuery
        {
            { query, Occur.MUST },
            { new ConstantScoreQuery(new TermQuery(new Term(IndexSchema.Access, IndexSchema.AccessPublic))) { Boost = 0f }, Occur.MUST },
        };
    }

    /// <summary>
    /// How many units (up to <paramref name="atMost"/>) the caller may see hold <paramref name="term"/> in
    /// <paramref name="field"/>: a term's document frequency counts restricted units too, so a word or number found
    /// only in a restricted paper must not be completed or suggested from it.
    /// </summary>
    public static int Count(IndexSearcher searcher, string field, string term, bool includeRestricted, int atMost)
    {
        var query = Restrict(new TermQuery(new Term(field, term)), includeRestricted);
        var collector = TopScoreDocCollector.Create(Math.Max(1, atMost), true);
        searcher.Search(query, collector);
        return Math.Min(collector.TotalHits, atMost);
    }

    /// <summary>
    /// A spelling correction, or null when one of its words occurs only in papers the caller may not see (a
    /// did-you-mean built from a restricted paper's vocabulary would reveal it).
    /// </summary>
    public static string? Visible(string? corrected, IndexSearcher searcher, Func<string, string, IReadOnlyList<AnalyzedToken>> tokens,
        bool includeRestricted)
    {
        if (corrected is null || includeRestricted)
        {
            return corrected;
        }

        return tokens(corrected, IndexSchema.Spell).All(t => Count(searcher, IndexSchema.Spell, t.Term, false, 1) > 0) ? corrected : null;
    }

    /// <summary>True when the stored unit may be shown to a caller who may or may not see restricted papers.</summary>
    public static bool Allows(string? storedAccess, bool includeRestricted) =>
        includeRestricted || storedAccess == IndexSchema.AccessPublic;
}

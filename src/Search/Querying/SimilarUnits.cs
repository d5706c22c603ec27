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
/// More like this (Lucene's MoreLikeThis over the text field: the unit's 25 most distinctive terms), one hit per other
/// case or document, the unit's own group left out.
/// </summary>
internal sealed class SimilarUnits(AnalyzerSet analyzers, RankingOptions ranking, HitReader hits)
{
    public IReadOnlyList<SearchHit> Find(IndexSearcher searcher, string unitId, int max, bool includeRestricted = false)
    {
        max = Math.Clamp(max, 1, 50);
        var top = searcher.Search(AccessFilter.Restrict(new TermQuery(new Term(IndexSchema.Id, unitId ?? "")), includeRestricted), 1);
        if (top.ScoreDocs.Length == 0)
        {
            return [];
        }

        var docId = top.ScoreDocs[0].Doc;
        var source = searcher.Doc(docId);
        var mlt = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = analyzers.Text,
            FieldNames = [IndexSchema.Text],
            MinTermFreq = 1,
            MinDocFreq = 1,
            MinWordLen = 3,
            MaxQueryTerms = 25,
            StopWords = null,
        };
        var like = mlt.Like(new StringReader(source.Get(IndexSchema.Text) ?? ""), IndexSchema.Text);
        var query = new BooleanQuery { { like, Occur.MUST } };
        query.Add(new TermQuery(new Term(IndexSchema.Id, unitId)), Occur.MUST_NOT);
        var collector = new HitCollector(ranking.KindWeights);
        searcher.Search(AccessFilter.Restrict(query, includeRestricted), collector);
        var ownGroup = collector.Hits.Count == 0 ? "" : HitReader.GroupOf(source);
        var terms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            [IndexSchema.Text] = new(mlt.RetrieveInterestingTerms(new StringReader(source.Get(IndexSchema.Text) ?? ""), IndexSchema.Text), StringComparer.Ordinal),
        };
        var groups = GroupNames.MembersOf(searcher.IndexReader);
        return collector.Hits.Where(h => groups.NameOf(h.Member) != ownGroup)
            .OrderByDescending(h => h.Score)
            .GroupBy(h => h.Member).Select(g => (Best: g.First(), Folded: g.Count() - 1))
            .Take(max)
            .Select(g => hits.Read(searcher, g.Best.Doc, g.Best.Score, g.Folded, terms))
            .ToList();
    }
}

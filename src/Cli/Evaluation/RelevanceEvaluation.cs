using System.Globalization;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NorPreM.Core.Model;
using NorPreM.Search;
using NorPreM.Search.Querying;
using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Cli.Evaluation;

/// <summary>A passage to retrieve (JSONL {"id","text"}).</summary>
public sealed record EvalPassage(string Id, string Text);

/// <summary>A judged query (JSONL {"id","question","relevant":[ids]}, optionally "kind": what makes it hard).</summary>
public sealed record EvalQuery(string Id, string Question, IReadOnlyList<string> Relevant, string? Kind = null);

/// <summary>Scores of one retriever over a query set.</summary>
public sealed record EvalScore(string Analyzer, double Mrr, double Ndcg, double Recall, int Queries, IReadOnlyList<EvalQueryResult> PerQuery);

/// <summary>How one query fared: the rank of its first relevant passage (0 = not in the top k) and what came first.</summary>
public sealed record EvalQueryResult(EvalQuery Query, int FirstRelevantRank, IReadOnlyList<string> Retrieved);

/// <summary>Something that returns passage ids for a query, best first.</summary>
public interface IPassageRetriever : IDisposable
{
    string Name { get; }
    IReadOnlyList<string> Retrieve(string query, int k);
}

/// <summary>
/// Retrieval evaluation: MRR@k (mean reciprocal rank of the first relevant passage), nDCG@k with binary gains
/// (Järvelin &amp; Kekäläinen, "Cumulated gain-based evaluation of IR techniques", TOIS 2002) and recall@k.
/// </summary>
public static class RelevanceEvaluation
{
    public static EvalScore Score(IPassageRetriever retriever, IReadOnlyList<EvalQuery> queries, int k = 10)
    {
        double mrr = 0, ndcg = 0, recall = 0;
        var per = new List<EvalQueryResult>();
        foreach (var query in queries)
        {
            var retrieved = retriever.Retrieve(query.Question, k).Take(k).ToList();
            var relevant = query.Relevant.ToHashSet(StringComparer.Ordinal);
            var first = retrieved.FindIndex(relevant.Contains) + 1;
            mrr += first > 0 ? 1.0 / first : 0;
            var dcg = retrieved.Select((id, i) => relevant.Contains(id) ? 1.0 / Math.Log2(i + 2) : 0).Sum();
            var ideal = Enumerable.Range(0, Math.Min(relevant.Count, k)).Sum(i => 1.0 / Math.Log2(i + 2));
            ndcg += ideal > 0 ? dcg / ideal : 0;
            recall += relevant.Count > 0 ? (double)retrieved.Count(relevant.Contains) / relevant.Count : 0;
            per.Add(new EvalQueryResult(query, first, retrieved));
        }

        var n = Math.Max(1, queries.Count);
        return new EvalScore(retriever.Name, mrr / n, ndcg / n, recall / n, queries.Count, per);
    }

    /// <summary>"analyzer=&lt;name&gt; MRR@10=… nDCG@10=… recall@10=…".</summary>
    public static string Format(EvalScore score, int k = 10) => string.Create(CultureInfo.InvariantCulture,
        $"analyzer={score.Analyzer} MRR@{k}={score.Mrr:0.000} nDCG@{k}={score.Ndcg:0.000} recall@{k}={score.Recall:0.000}");

    public static IReadOnlyList<EvalPassage> ReadPassages(TextReader reader)
    {
        var list = new List<EvalPassage>();
        foreach (var (json, line) in Lines(reader))
        {
            var id = IdOf(json.RootElement, "id") ?? throw new FormatException($"Line {line}: passage without \"id\".");
            var text = json.RootElement.TryGetProperty("text", out var t) ? t.GetString() ?? "" : throw new FormatException($"Line {line}: passage without \"text\".");
            list.Add(new EvalPassage(id, text));
        }

        return list;
    }

    public static IReadOnlyList<EvalQuery> ReadQueries(TextReader reader)
    {
        var list = new List<EvalQuery>();
        foreach (var (json, line) in Lines(reader))
        {
            var root = json.RootElement;
            var id = IdOf(root, "id") ?? line.ToString(CultureInfo.InvariantCulture);
            var question = (root.TryGetProperty("question", out var q) ? q : root.TryGetProperty("query", out q) ? q : default).GetString()
                ?? throw new FormatException($"Line {line}: query without \"question\".");
            var relevant = root.TryGetProperty("relevant", out var r) && r.ValueKind == JsonValueKind.Array
                ? r.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.ToString()).ToList()
                : throw new FormatException($"Line {line}: query without \"relevant\" list.");
            var kind = root.TryGetProperty("kind", out var kd) && kd.ValueKind == JsonValueKind.String ? kd.GetString() : null;
            list.Add(new EvalQuery(id, question, relevant, kind));
        }

        return list;
    }

    private static string? IdOf(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString() : null;

    private static IEnumerable<(JsonDocument Json, int Line)> Lines(TextReader reader)
    {
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                throw new FormatException($"Line {n}: not JSON ({e.Message}).", e);
            }

            using (json)
            {
                yield return (json, n);
            }
        }
    }
}

/// <summary>
/// A baseline: the passages in one text field analysed by a stock Lucene analyzer, queried through Lucene's
/// classic QueryParser (escaped, OR of the terms) with BM25, as a plain Lucene set-up would do.
/// </summary>
public sealed class LuceneBaselineRetriever : IPassageRetriever
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;

    public string Name { get; }

    public LuceneBaselineRetriever(string name, Analyzer analyzer, IReadOnlyList<EvalPassage> passages)
    {
        Name = name;
        _analyzer = analyzer;
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var p in passages)
            {
                writer.AddDocument([new StringField("id", p.Id, Field.Store.YES), new TextField("text", p.Text, Field.Store.NO)]);
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<string> Retrieve(string query, int k)
    {
        Query parsed;
        try
        {
            parsed = new QueryParser(LuceneVersion.LUCENE_48, "text", _analyzer).Parse(QueryParserBase.Escape(query));
        }
        catch (ParseException)
        {
            return [];
        }

        return _searcher.Search(parsed, k).ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get("id")).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}

/// <summary>The product's own search (analyzer chain, query builder, ranking) over the passages as Page units.</summary>
public sealed class NorPreMRetriever : IPassageRetriever
{
    private readonly SearchIndex _index;

    public string Name => "norprem";

    public NorPreMRetriever(IReadOnlyList<EvalPassage> passages, SearchIndexOptions? options = null)
    {
        _index = SearchIndex.InMemory(options);
        var units = passages.Select((p, i) => new IndexUnit
        {
            Id = p.Id,
            Kind = UnitKind.Page,
            DocumentId = "eval",
            FileName = "eval",
            DocumentTitle = "",
            Title = "",
            Pages = [i + 1],
            Text = p.Text,
        }).ToList();
        _index.Writer.ReplaceDocument("eval", units);
        _index.Writer.Commit();
    }

    public IReadOnlyList<string> Retrieve(string query, int k) =>
        _index.Searcher.Search(new SearchRequest { Query = query, PageSize = k, Collapse = false }).Hits.Select(h => h.Id).ToList();

    public void Dispose() => _index.Dispose();
}

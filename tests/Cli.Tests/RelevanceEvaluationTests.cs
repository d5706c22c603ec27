using NorPreM.Cli.Evaluation;
using NorPreM.Ingest.Tests.TestSupport;

namespace NorPreM.Cli.Tests;

/// <summary>The retrieval metrics and the evaluation files of `evaluate-search`.</summary>
public sealed class RelevanceEvaluationTests
{
    [Fact]
    public void MetricsFollowTheirDefinitions()
    {
        var queries = new List<EvalQuery>
        {
            new("1", "a", ["x"]),
            new("2", "b", ["y", "z"]),
        };
        using var retriever = new FixedRetriever(new() { ["a"] = ["w", "x"], ["b"] = ["y", "q"] });
        var score = RelevanceEvaluation.Score(retriever, queries);
        Assert.Equal((0.5 + 1.0) / 2, score.Mrr, 6);
        Assert.Equal((1.0 + 0.5) / 2, score.Recall, 6);
        var ndcg1 = (1 / Math.Log2(3)) / 1.0;
        var ndcg2 = 1.0 / (1 + 1 / Math.Log2(3));
        Assert.Equal((ndcg1 + ndcg2) / 2, score.Ndcg, 6);
        Assert.StartsWith("analyzer=fixed MRR@10=0.750 nDCG@10=", RelevanceEvaluation.Format(score));
    }

    [Fact]
    public void EvaluationFilesWithBadLinesAreReportedByLine()
    {
        var error = Assert.Throws<FormatException>(() => RelevanceEvaluation.ReadQueries(new StringReader("{\"id\":1,\"question\":\"x\",\"relevant\":[\"a\"]}\n{ikke json")));
        Assert.StartsWith("Line 2", error.Message);
    }

    [Fact]
    public void CommittedCorpusQuerySetHasFortyJudgedQueries()
    {
        using var reader = File.OpenText(Repo.Path2("eval", "search", "queries.jsonl"));
        var queries = RelevanceEvaluation.ReadQueries(reader);
        using var passageReader = File.OpenText(Repo.Path2("eval", "search", "passages.jsonl"));
        var passages = RelevanceEvaluation.ReadPassages(passageReader).Select(p => p.Id).ToHashSet();
        Assert.True(queries.Count >= 40);
        Assert.All(queries, q => Assert.All(q.Relevant, id => Assert.Contains(id, passages)));
    }

    private sealed class FixedRetriever(Dictionary<string, string[]> answers) : IPassageRetriever
    {
        public string Name => "fixed";

        public IReadOnlyList<string> Retrieve(string query, int k) => answers[query];

        public void Dispose()
        {
        }
    }
}

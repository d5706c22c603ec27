using NorPreM.Cli.Evaluation;

namespace NorPreM.Cli.Tests;

/// <summary>The choice of the query-time preferences by cross-validation grouped by source paper.</summary>
public sealed class RankingCrossValidationTests
{
    private static RankingQuestion Q(string id, params string[] relevant) => new(id, id, relevant);

    [Fact]
    public void QuestionsThatShareAPaperFallInOneGroup()
    {
        var groups = RankingCrossValidation.Groups([
            Q("a", "x.pdf#1"), Q("b", "y.pdf#2"), Q("c", "x.pdf#3", "z.pdf#1"), Q("d", "z.pdf#4"), Q("e", "y.pdf#1"),
        ]);
        Assert.Equal(groups[0], groups[2]);
        Assert.Equal(groups[0], groups[3]);
        Assert.Equal(groups[1], groups[4]);
        Assert.NotEqual(groups[0], groups[1]);
    }

    [Fact]
    public void ScoresTheFirstRightPageAndThePagesShownForItsDocument()
    {
        var response = new NorPreM.Core.Model.SearchResponse
        {
            Query = "q",
            TotalHits = 2,
            Hits =
            [
                Hit("other.pdf", 1, []),
                Hit("report.pdf", 14, [3, 9]),
            ],
        };
        var score = RankingCrossValidation.Score(response, Q("q", "report.pdf#14", "report.pdf#3"));
        Assert.Equal(0.5, score.ReciprocalRank);
        Assert.Equal(0.8, score.PagesF1, 3); // shown 14, 3, 9; right 14, 3
    }

    [Fact]
    public void ChoosesOnTrainingFoldsAndReportsTheHeldOutScore()
    {
        var questions = Enumerable.Range(0, 10).Select(i => Q("q" + i, $"doc{i}.pdf#1")).ToList();
        var scores = new Dictionary<PreferenceSetting, IReadOnlyList<QuestionScore>>();
        foreach (var y in RankingCrossValidation.YearFactors)
        {
            foreach (var a in RankingCrossValidation.AskerWeights.Append(1.0f))
            {
                foreach (var s in RankingCrossValidation.Shares.Append(0.5f).Distinct())
                {
                    // Only year ×2 ranks every question right; every other setting ranks them second.
                    var rr = y == 2.0f ? 1.0 : 0.5;
                    scores[new PreferenceSetting(y, a, s)] = questions.Select(_ => new QuestionScore(rr, s == 0.6f ? 1.0 : 0.5)).ToList();
                }
            }
        }

        var result = RankingCrossValidation.CrossValidate(questions, scores, 5);
        Assert.Equal(2.0f, result.Chosen.YearFactor);
        Assert.Equal(0.6f, result.Chosen.OtherPagesShare);
        Assert.Equal(1.0, result.HeldOutMrr);
        Assert.Equal(0.5, result.NeutralMrr);
        Assert.Equal(10, result.Groups);
    }

    private static NorPreM.Core.Model.SearchHit Hit(string file, int page, IReadOnlyList<int> others) => new()
    {
        Id = file + page,
        Kind = NorPreM.Core.Model.UnitKind.Page,
        Document = file,
        DocumentId = file,
        Title = file,
        Page = page,
        Pages = [page],
        Snippet = "",
        Score = 1,
        OtherPages = others,
    };
}

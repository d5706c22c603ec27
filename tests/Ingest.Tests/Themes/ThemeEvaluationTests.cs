using NorPreM.Ingest.Themes;

namespace NorPreM.Ingest.Tests.Themes;

public class ThemeEvaluationTests
{
    [Fact]
    public void ComputesPerThemeAndMacroScores()
    {
        LabelledPassage P(string id, params string[] themes) => new(id, "tekst", themes, "test");
        var gold = new[] { P("1", "helsedata"), P("2", "helsedata", "etikk-juss"), P("3"), P("4", "etikk-juss") };
        var predicted = new IReadOnlySet<string>[]
        {
            new HashSet<string> { "helsedata" }, new HashSet<string> { "helsedata" },
            new HashSet<string> { "helsedata" }, new HashSet<string> { "etikk-juss" },
        };
        var evaluation = ThemeEvaluation.Compute(gold, predicted);
        var data = evaluation.PerTheme.Single(m => m.Id == "helsedata");
        Assert.Equal((2, 1, 0), (data.TruePositives, data.FalsePositives, data.FalseNegatives));
        Assert.Equal(0.8, data.F1, 6);
        var law = evaluation.PerTheme.Single(m => m.Id == "etikk-juss");
        Assert.Equal(2.0 / 3.0, law.F1, 6);
        Assert.Equal((0.8 + 2.0 / 3.0) / 2, evaluation.MacroF1, 6);
    }
}

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

    [Fact]
    public void TheBootstrapIntervalIsRepeatableContainsThePointEstimateAndCollapsesForPerfectPredictions()
    {
        LabelledPassage P(string id, params string[] themes) => new(id, "tekst", themes, "test");
        var gold = Enumerable.Range(0, 40).Select(i => P($"{i}", i % 3 == 0 ? ["helsedata"] : i % 3 == 1 ? ["etikk-juss"] : [])).ToList();
        // Every fifth passage is wrong: helsedata and etikk-juss are swapped there.
        var predicted = gold.Select((g, i) => (IReadOnlySet<string>)(i % 5 == 0
            ? g.Themes.Select(t => t == "helsedata" ? "etikk-juss" : "helsedata").ToHashSet()
            : g.Themes.ToHashSet())).ToList();
        var point = ThemeEvaluation.Compute(gold, predicted).MacroF1;
        var (low, high) = ThemeEvaluation.BootstrapMacroF1(gold, predicted);
        Assert.True(low < point && point < high, $"{low} < {point} < {high}");
        Assert.Equal((low, high), ThemeEvaluation.BootstrapMacroF1(gold, predicted));

        var perfect = gold.Select(g => (IReadOnlySet<string>)g.Themes.ToHashSet()).ToList();
        Assert.Equal((1.0, 1.0), ThemeEvaluation.BootstrapMacroF1(gold, perfect));
    }
}

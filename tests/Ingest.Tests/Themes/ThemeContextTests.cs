using NorPreM.Core.Themes;
using NorPreM.Ingest.Themes;

namespace NorPreM.Ingest.Tests.Themes;

/// <summary>Document context: a passage's scores mixed with those of the passages it is read with.</summary>
public class ThemeContextTests
{
    [Fact]
    public void APassageLeansTowardItsPartAndAPassageAloneKeepsItsScores()
    {
        double[][] scores = [[0.9, 0.1], [0.1, 0.1], [0.2, 0.7]];
        var mixed = ThemeContext.Mix(scores, ["kostnadsrapport", "kostnadsrapport", "eget"], 0.3);

        // Mean of the report's two passages is (0.5, 0.1): the figures-only passage rises toward the report's theme.
        Assert.Equal(0.7 * 0.1 + 0.3 * 0.5, mixed[1][0], 10);
        Assert.Equal(0.7 * 0.9 + 0.3 * 0.5, mixed[0][0], 10);
        Assert.Equal(0.1, mixed[0][1], 10);
        Assert.Equal(0.2, mixed[2][0], 10);
        Assert.Equal(0.7, mixed[2][1], 10);
        Assert.Same(scores, ThemeContext.Mix(scores, ["a", "a", "b"], 0));
    }

    [Fact]
    public void RowsWithoutScoresStayEmptyAndDoNotCountInTheMean()
    {
        double[][] scores = [[1.0], null!, [0.0]];
        var mixed = ThemeContext.Mix(scores, ["x", "x", "x"], 0.5);
        Assert.Null((double[]?)mixed[1]);
        Assert.Equal(0.75, mixed[0][0], 10);
        Assert.Equal(0.25, mixed[2][0], 10);
    }

    /// <summary>
    /// Twenty documents of four passages each, half of them about persontilpasset medisin. Alone, a positive passage
    /// (0.3) scores below the strongest passage of a negative document (0.35), so no threshold separates them; mixed
    /// with its document's mean, it does. Choosing the context weight inside training must then turn context on, and
    /// without the choice the given weight is kept.
    /// </summary>
    [Fact]
    public void TheContextWeightIsChosenOnTheTrainingScoresWhenAsked()
    {
        var theme = ThemeTaxonomy.Ids.ToList().IndexOf("persontilpasset-medisin");
        var data = new List<LabelledPassage>();
        var scores = new List<double[]>();
        for (var document = 0; document < 20; document++)
        {
            var positive = document % 2 == 0;
            for (var k = 0; k < 4; k++)
            {
                data.Add(new LabelledPassage($"d{document}-{k}", $"Avsnitt {k} i dokument {document}.", positive ? ["persontilpasset-medisin"] : [],
                    $"kilde{document % 5}.pdf", Group: $"d{document}"));
                var p = Enumerable.Repeat(0.01, ThemeTaxonomy.Ids.Count).ToArray();
                p[theme] = (positive, k) switch { (true, 0) => 0.9, (true, _) => 0.3, (false, 0) => 0.35, _ => 0.05 };
                scores.Add(p);
            }
        }

        var options = new ThemeTrainingOptions { ContextWeight = 0, ChooseContextWeight = true, TermEvidence = false, ChooseAtLeastOneFloor = false, AtLeastOneFloor = 0 };
        Assert.True(ThemeTrainer.ChooseDecision(data, [.. scores], options).ContextWeight > 0);
        Assert.Equal(0, ThemeTrainer.ChooseDecision(data, [.. scores], options with { ChooseContextWeight = false }).ContextWeight);
    }
}

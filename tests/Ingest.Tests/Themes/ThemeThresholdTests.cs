using NorPreM.Ingest.Themes;
using NorPreM.Core.Themes;

namespace NorPreM.Ingest.Tests.Themes;

/// <summary>Threshold selection on out-of-fold probabilities and the taxonomy seed examples.</summary>
public class ThemeThresholdTests
{
    /// <summary>
    /// Forty passages about "helsedata": ten positives whose probabilities spread from 0.15 to 0.95, thirty negatives
    /// spread from 0.05 to 0.60. F1 is best at a middling threshold; F2 (recall weighs more) must not choose a higher one.
    /// </summary>
    [Fact]
    public void RecallWeightedThresholdIsNotAboveTheF1Threshold()
    {
        var data = new List<LabelledPassage>();
        var probabilities = new List<double[]>();
        var helsedata = ThemeTaxonomy.Ids.ToList().IndexOf("helsedata");
        for (var i = 0; i < 40; i++)
        {
            var positive = i < 10;
            data.Add(new LabelledPassage($"p{i}", positive ? "Tilgang til helsedata og registre" : "Godkjenning av referat fra møtet",
                positive ? ["helsedata"] : [], "test"));
            var p = new double[ThemeTaxonomy.Ids.Count];
            p[helsedata] = positive ? 0.15 + 0.08 * i : 0.05 + 0.55 * (i - 10) / 29.0;
            probabilities.Add(p);
        }

        var f1 = ThemeTrainer.ChooseThresholds(data, [.. probabilities], beta: 1, prior: 0)["helsedata"];
        var f2 = ThemeTrainer.ChooseThresholds(data, [.. probabilities], beta: 2, prior: 0)["helsedata"];
        Assert.InRange(f1, 0.3, 0.7);
        Assert.True(f2 <= f1, $"F2-terskel {f2} > F1-terskel {f1}");
    }

    [Fact]
    public void TaxonomySeedsGiveEveryThemeOneExampleFromItsDescription()
    {
        var seeds = ThemeTrainer.TaxonomySeedExamples();
        Assert.Equal(ThemeTaxonomy.Ids, seeds.Select(s => s.Themes.Single()));
        var motebehandling = seeds.Single(s => s.Themes.Contains("motebehandling"));
        Assert.Contains("godkjenning av referat", motebehandling.Text, StringComparison.Ordinal);
        Assert.Contains("Møtebehandling", motebehandling.Text, StringComparison.Ordinal);
    }
}

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

    /// <summary>
    /// Twenty passages on access to health data (glossary evidence for helsedata) and ten notices of a meeting held on
    /// Teams (none) score the same 0.5 for helsedata; ten passages of organisering-mandat without glossary words score
    /// 0.6 and are all right. The gate must be chosen for helsedata, which then drops the meeting notices, and not for
    /// organisering-mandat, whose right answers have no glossary words.
    /// </summary>
    [Fact]
    public void AnEvidenceGateIsChosenWhereThePassagesWithoutGlossaryWordsAreTheWrongOnes()
    {
        var ids = ThemeTaxonomy.Ids.ToList();
        var data = new List<LabelledPassage>();
        var scores = new List<double[]>();
        void Add(int count, string text, string[] themes, string theme, double score)
        {
            for (var k = 0; k < count; k++)
            {
                data.Add(new LabelledPassage($"p{data.Count}", text, themes, $"kilde{data.Count % 5}.pdf"));
                var p = Enumerable.Repeat(0.02, ids.Count).ToArray();
                p[ids.IndexOf(theme)] = score;
                scores.Add(p);
            }
        }

        const string access = "Forskere venter for lenge på tilgang til helsedata fra registrene.";
        const string teams = "Møtet ble holdt på Teams, og alle medlemmene deltok.";
        const string roles = "Styret ber direktøren legge fram en plan for hvem som gjør hva neste år.";
        Assert.True(ThemeTerms.Hits("helsedata", access).Any);
        Assert.False(ThemeTerms.Hits("helsedata", teams).Any);
        Assert.False(ThemeTerms.Hits("organisering-mandat", roles).Any);
        Add(20, access, ["helsedata"], "helsedata", 0.5);
        Add(10, teams, [], "helsedata", 0.5);
        Add(10, roles, ["organisering-mandat"], "organisering-mandat", 0.6);
        Add(30, "Godkjenning av innkalling og saksliste.", ["motebehandling"], "motebehandling", 0.7);
        var options = new ThemeTrainingOptions { TermEvidence = false, ChooseAtLeastOneFloor = false, AtLeastOneFloor = 0, ContextWeight = 0, EvidenceGate = false };

        var plain = ThemeTrainer.ChooseDecision(data, [.. scores], options);
        var gated = ThemeTrainer.ChooseDecision(data, [.. scores], options with { EvidenceGate = true });
        bool Assigned(ThemeDecision d, int i, string id) =>
            d.Combine(scores[i], ThemeTrainer.Hits(data[i].Text))[ids.IndexOf(id)] >= d.Thresholds[id];

        Assert.Equal(1, plain.Gate("helsedata"));
        Assert.True(Assigned(plain, 20, "helsedata"), "uten port får møtemeldingen helsedata");
        Assert.True(gated.Gate("helsedata") > 1, $"port {gated.Gate("helsedata")}");
        Assert.All(Enumerable.Range(0, 20), i => Assert.True(Assigned(gated, i, "helsedata")));
        Assert.All(Enumerable.Range(20, 10), i => Assert.False(Assigned(gated, i, "helsedata")));
        Assert.Equal(1, gated.Gate("organisering-mandat"));
        Assert.All(Enumerable.Range(30, 10), i => Assert.True(Assigned(gated, i, "organisering-mandat")));
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

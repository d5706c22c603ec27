using NorPreM.Core.Themes;
using NorPreM.Ingest.Themes;

namespace NorPreM.Ingest.Tests.Themes;

/// <summary>Small deterministic checks of the source-grouped evaluation (no cross-validation is run here).</summary>
public class ThemeSourceEvaluationTests
{
    private static LabelledPassage P(string id, string source, params string[] themes) => new(id, "tekst", themes, source);

    [Fact]
    public void TheSourceOfAPassageIsItsOriginOrTheFileBeforeTheHash()
    {
        Assert.Equal("ho21-mote-2022-03-saksdokumenter.pdf", P("a", "ho21-mote-2022-03-saksdokumenter.pdf#page=27").SourceKey);
        Assert.Equal("fixtures:ho21", new LabelledPassage("b", "t", [], "tests/x.html#p1", Origin: "fixtures:ho21").SourceKey);
        Assert.False(new LabelledPassage("c", "t", [], "../shared/data/norquad/passages.jsonl#v0001", Origin: ThemeDataset.GeneralTextOrigin).IsCouncilText);
        Assert.True(P("d", "ho21.pdf#page=1").IsCouncilText);
    }

    [Fact]
    public void LeaveOneSourceOutGivesEachSourceItsOwnFoldAndInnerFoldsNeverSplitASource()
    {
        var data = new List<LabelledPassage>();
        foreach (var (source, size) in new[] { ("a", 30), ("b", 20), ("c", 12), ("d", 9), ("e", 5), ("f", 2) })
        {
            data.AddRange(Enumerable.Range(0, size).Select(i => P($"{source}{i}", source + "#" + i)));
        }

        var (loso, sources) = ThemeTrainer.SourceFolds(data, int.MaxValue);
        Assert.Equal(6, sources);
        Assert.All(data.Select((p, i) => (p.SourceKey, Fold: loso[i])).GroupBy(x => x.SourceKey), g => Assert.Single(g.Select(x => x.Fold).Distinct()));

        var (inner, count) = ThemeTrainer.SourceFolds(data, 3);
        Assert.Equal(3, count);
        var bySource = data.Select((p, i) => (p.SourceKey, Fold: inner[i])).GroupBy(x => x.SourceKey).ToList();
        Assert.All(bySource, g => Assert.Single(g.Select(x => x.Fold).Distinct()));
        // Dealt largest first, each to the lightest fold: 30 | 20 + 5 | 12 + 9 + 2.
        var sizes = Enumerable.Range(0, 3).Select(f => inner.Count(x => x == f)).Order().ToList();
        Assert.Equal([23, 25, 30], sizes);
    }

    [Fact]
    public void TheSpuriousRateIsTheShareOfAssignedThemesThatAreWrong()
    {
        var gold = new[] { P("1", "s", "helsedata"), P("2", "s", "helsedata"), P("3", "s"), P("4", "s", "etikk-juss") };
        var predicted = new IReadOnlySet<string>[]
        {
            new HashSet<string> { "helsedata" }, new HashSet<string> { "helsedata", "folkehelse" },
            new HashSet<string> { "kommunikasjon" }, new HashSet<string>(),
        };
        Assert.Equal(2.0 / 4.0, ThemeEvaluation.Compute(gold, predicted).SpuriousRate, 6);
    }

    [Fact]
    public void TheSourceBootstrapIsRepeatableAndTighterWhenEverySourceIsRight()
    {
        var gold = new List<LabelledPassage>();
        var predicted = new List<IReadOnlySet<string>>();
        for (var s = 0; s < 6; s++)
        {
            for (var i = 0; i < 10; i++)
            {
                var theme = i % 2 == 0 ? "helsedata" : "etikk-juss";
                gold.Add(P($"{s}-{i}", $"kilde{s}#{i}", theme));
                // Source 0 gets everything wrong, the others everything right.
                predicted.Add(new HashSet<string> { s == 0 ? (theme == "helsedata" ? "etikk-juss" : "helsedata") : theme });
            }
        }

        var first = ThemeEvaluation.BootstrapBySource(gold, predicted);
        var second = ThemeEvaluation.BootstrapBySource(gold, predicted);
        Assert.Equal(6, first.Sources);
        Assert.Equal(first.MacroF1, second.MacroF1);
        var point = ThemeEvaluation.Compute(gold, predicted);
        Assert.InRange(point.MacroF1, first.MacroF1.Low, first.MacroF1.High);
        Assert.True(first.MacroF1.Low < first.MacroF1.High);
        Assert.Equal(1.0, first.MacroF1.High, 6);
        Assert.InRange(point.SpuriousRate, first.SpuriousRate.Low, first.SpuriousRate.High);
        Assert.InRange(first.ThemeF1["helsedata"].Low, 0, point.PerTheme.Single(m => m.Id == "helsedata").F1);
    }

    [Fact]
    public void TheAtLeastOneFloorIsChosenOnlyWhereItHelps()
    {
        var ids = ThemeTaxonomy.Ids;
        double[] Scores(string theme, double score) => ids.Select(id => id == theme ? score : 0.01).ToArray();
        var thresholds = ids.ToDictionary(id => id, _ => 0.4);
        var options = new ThemeTrainingOptions { TermEvidence = false };

        // Council passages whose theme scores just below its threshold: the rule recovers them.
        var council = Enumerable.Range(0, 8).Select(i => P($"c{i}", "rad.pdf#page=1", "helsedata")).ToList();
        var below = council.Select(_ => Scores("helsedata", 0.3)).ToArray();
        Assert.Equal(0.25, ThemeTrainer.ChooseFloor(council, below, 0, 0, thresholds, options));

        // Council passages about nothing whose closest theme is near its threshold: the rule only adds errors.
        var empty = Enumerable.Range(0, 8).Select(i => P($"e{i}", "rad.pdf#page=1"))
            .Concat([P("x", "rad.pdf#page=2", "helsedata"), P("y", "rad.pdf#page=3", "etikk-juss")]).ToList();
        var near = empty.Select(p => p.Themes.Count > 0 ? Scores(p.Themes[0], 0.9) : Scores("etikk-juss", 0.35)).ToArray();
        Assert.Equal(0.0, ThemeTrainer.ChooseFloor(empty, near, 0, 0, thresholds, options));
        Assert.Equal(0.5, ThemeTrainer.ChooseFloor(empty, near, 0, 0, thresholds, options with { ChooseAtLeastOneFloor = false, AtLeastOneFloor = 0.5 }));
    }

    [Fact]
    public void LemmasLetCompoundsAndInflectionsMeetTheirParts()
    {
        var text = ThemeLemmas.Lemmatize("finansieringsmodellen og kostnadsfordelingen");
        var added = text[(text.IndexOf('|') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("finansiering", added);
        Assert.Contains("kostnad", added);
        Assert.StartsWith("finansieringsmodellen og kostnadsfordelingen |", text);
    }

    [Fact]
    public void TheLabelledDataCoverAtLeastFiveSourcesAndEveryPassageOfTheOtherSourcesNamesItsOrigin()
    {
        var sources = ThemeTestData.Read("sources.jsonl");
        Assert.All(sources, p => Assert.False(string.IsNullOrEmpty(p.Origin), p.Id));
        var all = ThemeTestData.Read("train.jsonl").Concat(ThemeTestData.Read("heldout.jsonl")).Concat(sources).ToList();
        Assert.True(all.Select(p => p.SourceKey).Distinct().Count() >= 5);
        Assert.Equal(all.Count, all.Select(p => p.Id).Distinct().Count());
        Assert.Contains(sources, p => p.Text.Contains("Felles regional løsning for lagring av genomdata") && p.Themes.Contains("helsedata"));
    }
}

using NorPreM.Ingest.Themes;

namespace NorPreM.Ingest.Tests.Themes;

/// <summary>Training on a small slice of the labelled data (fast), checking determinism and the file round trip.</summary>
public class ThemeTrainerTests
{
    private static readonly ThemeTrainingOptions Small = new() { Folds = 2 };
    private static readonly Lazy<ThemeModel> Trained = new(() => ThemeTrainer.Train(Slice(), Small));

    private static IReadOnlyList<LabelledPassage> Slice()
    {
        var train = ThemeTestData.Read("train.jsonl");
        return train.Where(p => !p.Id.StartsWith("norquad", StringComparison.Ordinal)).Take(90)
            .Concat(train.Where(p => p.Id.StartsWith("norquad", StringComparison.Ordinal)).Take(30))
            .ToList();
    }

    private static readonly string[] Probes =
    [
        "Habilitetsvurderinger og -avklaringer er et punkt på agendaen i alle rådsmøtene.",
        "Strategien for persontilpasset medisin må ses i sammenheng med tilgang til helsedata og analysekapasitet.",
    ];

    [Fact]
    public void TrainingTwiceGivesTheSameThresholdsAndScores()
    {
        var first = Trained.Value;
        var second = ThemeTrainer.Train(Slice(), Small);
        Assert.Equal(first.Manifest.Thresholds.OrderBy(k => k.Key), second.Manifest.Thresholds.OrderBy(k => k.Key));
        Assert.Equal(first.Manifest.TrainedOn.DataSha256, second.Manifest.TrainedOn.DataSha256);
        Assert.Equal(Flatten(first.ScoreAll(Probes)), Flatten(second.ScoreAll(Probes)));

        // The saved files are byte for byte the same, so a retrain on unchanged data does not change the shipped model.
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        first.Save(a);
        second.Save(b);
        Assert.Equal(a.ToArray(), b.ToArray());
        // Microsoft.ML stamps its entries with the time of saving; the saved model must not carry that time.
        using var outer = new System.IO.Compression.ZipArchive(new MemoryStream(a.ToArray()));
        foreach (var entry in outer.Entries.Where(e => e.FullName.EndsWith(".zip", StringComparison.Ordinal)))
        {
            using var inner = new System.IO.Compression.ZipArchive(entry.Open());
            Assert.All(inner.Entries, e => Assert.Equal(2022, e.LastWriteTime.Year));
        }
    }

    [Fact]
    public void ASaltedFoldSplitMovesGroupsToOtherFoldsAndFillsEveryFold()
    {
        var groups = ThemeTestData.Read("train.jsonl").Select(p => p.GroupKey).Distinct().ToList();
        var plain = groups.Select(g => ThemeTrainer.FoldOf(g, 5)).ToList();
        var salted = groups.Select(g => ThemeTrainer.FoldOf("repeat1:" + g, 5)).ToList();

        Assert.Equal(5, salted.Distinct().Count());
        // About four in five groups change fold under an independent split; far fewer would mean the salt is ignored.
        Assert.InRange(plain.Zip(salted).Count(p => p.First != p.Second), groups.Count / 2, groups.Count);
    }

    [Fact]
    public void SavedModelLoadsBackWithIdenticalScores()
    {
        var model = Trained.Value;
        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        var loaded = ThemeModel.Load(file);
        Assert.Equal(model.Manifest.Thresholds.OrderBy(k => k.Key), loaded.Manifest.Thresholds.OrderBy(k => k.Key));
        Assert.Equal(Flatten(model.ScoreAll(Probes)), Flatten(loaded.ScoreAll(Probes)));
        var meeting = loaded.ScoreAll(Probes)[0].Single(s => s.Id == "motebehandling");
        var medicine = loaded.ScoreAll(Probes)[1].Single(s => s.Id == "motebehandling");
        Assert.True(meeting.Score > medicine.Score, $"{meeting.Score} <= {medicine.Score}");
    }

    [Fact]
    public void SaveToFileReplacesTheTargetAndLeavesNoTemporaryFile()
    {
        var directory = Directory.CreateTempSubdirectory("temamodell-");
        try
        {
            var path = Path.Combine(directory.FullName, "themes.model");
            File.WriteAllText(path, "gammel");
            Trained.Value.SaveToFile(path);
            Assert.Equal([path], Directory.GetFiles(directory.FullName));
            Assert.IsType<ModelThemeClassifier>(ThemeClassifierFactory.LoadFile(path, w => Assert.Fail(w)));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static List<double> Flatten(IReadOnlyList<IReadOnlyList<NorPreM.Core.Model.ThemeScore>> scores) =>
        scores.SelectMany(s => s.Select(t => t.Score)).ToList();
}

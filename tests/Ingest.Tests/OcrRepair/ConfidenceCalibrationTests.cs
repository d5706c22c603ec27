using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Ingest.Tests.OcrRepair;

public sealed class ConfidenceCalibrationTests
{
    [Fact]
    public void TellsAMisreadRealWordFromANonWordAndACapital()
    {
        Assert.Equal(RepairKind.RealWord, ConfidenceCalibration.KindOf("mate"));
        Assert.Equal(RepairKind.NonWord, ConfidenceCalibration.KindOf("fagdirektgrmgte"));
        Assert.Equal(RepairKind.NonWord, ConfidenceCalibration.KindOf("@konomisk"));
        Assert.Equal(RepairKind.Capitalised, ConfidenceCalibration.KindOf("Orjan"));
    }

    [Fact]
    public void GivesRealWordRepairsTheShareThatWasRightNotTheirPosterior()
    {
        // Non-word repairs at a posterior of 0.97 were right 99 times in 100; real-word ones ("mate" → "måte" for "møte")
        // at the same posterior only 80 times in 100.
        var judged = Enumerable.Range(0, 100).Select(i => (RepairKind.NonWord, 0.97, i != 0, $"dok{i}"))
            .Concat(Enumerable.Range(0, 100).Select(i => (RepairKind.RealWord, 0.97, i % 5 != 0, $"dok{i}")))
            .ToList();
        var map = ConfidenceCalibration.Fit(judged);
        Assert.True(map.Map("mgte", 0.97) > 0.93, $"non-word {map.Map("mgte", 0.97)}");
        Assert.InRange(map.Map("mate", 0.97), 0.65, 0.88);
    }

    [Fact]
    public void TrustsRepairsSeenInFewDocumentsLess()
    {
        // The same 60 right repairs of 64, once spread over 60 documents and once one name repeated in two documents.
        var spread = ConfidenceCalibration.Fit(Enumerable.Range(0, 64).Select(i => (RepairKind.Capitalised, 0.93, i >= 4, $"dok{i}")));
        var repeated = ConfidenceCalibration.Fit(Enumerable.Range(0, 64).Select(i => (RepairKind.Capitalised, 0.93, i >= 4, $"dok{i % 2}")));
        Assert.True(repeated.Map("Orjan", 0.93) < spread.Map("Orjan", 0.93) - 0.05,
            $"{repeated.Map("Orjan", 0.93)} against {spread.Map("Orjan", 0.93)}");
    }

    [Fact]
    public void NeverGivesAHigherRawConfidenceALowerCalibratedOne()
    {
        // A thin band that happened to go wrong more often than the band below it is pooled with it.
        var judged = Enumerable.Range(0, 50).Select(i => (RepairKind.NonWord, 0.85, i % 10 != 0, $"dok{i}"))
            .Concat(Enumerable.Range(0, 20).Select(i => (RepairKind.NonWord, 0.92, i % 4 != 0, $"dok{i}")))
            .Concat(Enumerable.Range(0, 200).Select(i => (RepairKind.NonWord, 0.995, i % 100 != 0, $"dok{i}")))
            .ToList();
        var map = ConfidenceCalibration.Fit(judged);
        Assert.True(map.Map("mgte", 0.85) <= map.Map("mgte", 0.92));
        Assert.True(map.Map("mgte", 0.92) <= map.Map("mgte", 0.995));
    }

    [Fact]
    public void ReadsBackTheTableItWrote()
    {
        var map = ConfidenceCalibration.Fit(Enumerable.Range(0, 60).Select(i => (RepairKind.Capitalised, 0.93, i % 6 != 0, $"dok{i}")));
        var text = new StringWriter();
        map.Write(text, "test");
        var read = ConfidenceCalibration.Load(new StringReader(text.ToString()));
        Assert.True(read.IsFitted);
        Assert.Equal(map.Map("Orjan", 0.93), read.Map("Orjan", 0.93));
        Assert.False(ConfidenceCalibration.Load(new StringReader("NonWord\t0.50\tx\n")).IsFitted);
    }

    [Fact]
    public void ShipsAFittedTable()
    {
        Assert.True(ConfidenceCalibration.Default.IsFitted);
    }
}

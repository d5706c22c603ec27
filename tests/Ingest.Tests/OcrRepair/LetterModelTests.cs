using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Ingest.Tests.OcrRepair;

public sealed class LetterModelTests
{
    [Theory]
    [InlineData("skrøvseth", "skrgvseth")]
    [InlineData("fagdirektørmøte", "fagdirektgrmgte")]
    public void FindsNorwegianSpellingFarLikelierThanTheMisreading(string norwegian, string misread)
    {
        var model = LetterModel.Default;
        Assert.True(model.LogProbability(norwegian) - model.LogProbability(misread) > 3);
    }

    [Fact]
    public void KeepsACommonConsonantRunWithG()
    {
        // "Ingrid" (HO21 papers): "ngr" is ordinary Norwegian spelling, so it is no evidence of a misread 'ø'.
        var model = LetterModel.Default;
        Assert.True(model.LogProbability("ingrid") > model.LogProbability("inørid"));
    }
}

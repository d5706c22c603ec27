using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Ingest.Tests.OcrRepair;

public sealed class OcrWordMergerTests
{
    private static readonly OcrWordMerger Merger = new(ConfusionModel.Default);

    [Theory]
    [InlineData("fagdirektgrmgte", "fagdirektørmøte")]
    [InlineData("bestdende", "bestående")]
    [InlineData("veere", "være")]
    [InlineData("tienestene", "tjenestene")]
    [InlineData("@st", "Øst")]
    public void SeesMisreadNorwegianLettersAsTheSameWord(string written, string read) =>
        Assert.True(Merger.Confusable(written, read));

    [Theory]
    [InlineData("representant", "1representant")]
    [InlineData("regionale", "A4regionale")]
    [InlineData("møte", "møte")]
    [InlineData("mandat", "mandater")]
    public void RejectsOtherDifferences(string written, string read) =>
        Assert.False(Merger.Confusable(written, read));

    [Fact]
    public void KeepsNumbersAndBulletsOfTheTextLayer()
    {
        TextLine Line(string text, double top) => new(text, [], 50, top - 12, 500, top, 11, false);
        var textLayer = new[] { Line("e 4 regionale fagnettverksledere", 500), Line("o 1 representant for Direktoratet", 486) };
        var ocr = new[] { new TextBlock([Line("e A4regionale fagnettverksledere -", 501), Line("e 1representant for Direktoratet", 487)]) };
        var merged = Merger.Merge(textLayer, ocr);
        Assert.Equal(["e 4 regionale fagnettverksledere", "o 1 representant for Direktoratet"], merged.Lines);
        Assert.Empty(merged.Repairs);
    }

    [Fact]
    public void TakesTheOcrsÅWhereAnEnglishTextLayerReadItAsFour()
    {
        // Tesseract's English model reads a serif "å" as "4" ("ønsker 4 delta"); Tesseract's Norwegian model reads it right.
        TextLine Line(string text, double top) => new(text, [], 50, top - 12, 500, top, 11, false);
        var textLayer = new[] { Line("Sykehusene i Tromsg og Bodg gnsker 4", 500), Line("e 4 regionale fagnettverksledere", 486) };
        var ocr = new[] { new TextBlock([Line("Sykehusene i Tromsø og Bodø ønsker å", 501), Line("e A4regionale fagnettverksledere", 487)]) };
        var merged = Merger.Merge(textLayer, ocr);
        Assert.Equal(["Sykehusene i Tromsø og Bodø ønsker å", "e 4 regionale fagnettverksledere"], merged.Lines);
    }
}

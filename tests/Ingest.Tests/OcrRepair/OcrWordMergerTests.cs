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
    public void NamesTheLinesTheNewReadingHadNoLineOver()
    {
        // A letter's head the new reading missed stays as the damaged layer wrote it, and the stage corrects it as such.
        TextLine Line(string text, double top) => new(text, [], 50, top - 12, 500, top, 11, false);
        var textLayer = new[] { Line("Serlandet sykehus HF", 760), Line("Sykehusene i Tromsg og Bodg gnsker 4", 500) };
        var ocr = new[] { new TextBlock([Line("Sykehusene i Tromsø og Bodø ønsker å", 501)]) };
        var merged = Merger.Merge(textLayer, ocr);
        Assert.Equal([0], merged.Unread);
        Assert.Equal("Serlandet sykehus HF", merged.Lines[0]);
        Assert.Equal("Sykehusene i Tromsø og Bodø ønsker å", merged.Lines[1]);
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

    private static readonly HashSet<string> Lexicon = ["år", "og", "to", "over", "kroner", "lønn", "rådsmedlem", "drøftet", "saka", "mandat"];

    private static readonly OcrWordMerger WithLexicon = new(ConfusionModel.Default, Lexicon.Contains);

    private static TextLine OcrLine(double top, params (string Text, double Confidence)[] words)
    {
        var x = 50.0;
        var list = words.Select(w => new Word(w.Text, x, top - 12, x += 40, top, 11, "ocr") { Confidence = w.Confidence }).ToList();
        return new TextLine(string.Join(' ', words.Select(w => w.Text)), list, 50, top - 12, x, top, 11, false);
    }

    [Fact]
    public void TakesALexiconWordTheOcrReadWhereTheLayerHasAStringNoLexiconKnows()
    {
        TextLine Line(string text, double top) => new(text, [], 50, top - 12, 500, top, 11, false);
        var textLayer = new[] { Line("1,8 millioner kroner over to Sr 0g Iann", 500) };
        var ocr = new[] { new TextBlock([OcrLine(501, ("1,8", 0.96), ("millioner", 0.96), ("kroner", 0.96), ("over", 0.95), ("to", 0.96), ("år", 0.93), ("og", 0.97), ("lønn", 0.91))]) };
        var merged = WithLexicon.Merge(textLayer, ocr);
        Assert.Equal(["1,8 millioner kroner over to år og lønn"], merged.Lines);
        Assert.Equal([0.93, 0.97, 0.91], merged.Repairs.Select(r => r.Confidence));
    }

    [Fact]
    public void GivesAReadNameNoLexiconKnowsAtMostTheCorrectorsCapForUnlistedRepairs()
    {
        // Tesseract's Norwegian model reads a Finnish "ä" as "å" with the same confidence as a right "ø".
        var taken = WithLexicon.Take("Hakkinen", "Håkkinen", 0.92);
        Assert.Equal(OcrWordMerger.UnlistedConfidence, taken);
        Assert.Equal(0.97, WithLexicon.Take("drgftet", "drøftet", 0.97));
    }

    [Theory]
    [InlineData("12a", "saka", 0.99)]
    [InlineData("Sr", "år", 0.4)]
    [InlineData("4", "to", 0.99)]
    public void KeepsTheLayersWordWhenTheReadingIsNoBetterEvidence(string written, string read, double confidence) =>
        Assert.Null(WithLexicon.Take(written, read, confidence));
}

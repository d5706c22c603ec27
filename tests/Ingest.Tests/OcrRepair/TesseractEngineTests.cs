using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Ingest.Tests.OcrRepair;

/// <summary>A fact that runs only where Tesseract with the Norwegian model is on PATH (scripts/test.sh installs it).</summary>
public sealed class TesseractFactAttribute : FactAttribute
{
    public TesseractFactAttribute()
    {
        if (TesseractEngine.Detect("nor", out var reason) is null)
        {
            Skip = $"Hoppet over: {reason}";
        }
    }
}

public sealed class TesseractEngineTests
{
    private const string Tsv =
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        + "1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t\n"
        + "2\t1\t1\t0\t0\t0\t200\t300\t800\t100\t-1\t\n"
        + "5\t1\t1\t1\t1\t1\t200\t300\t150\t40\t96.5\tHelse\n"
        + "5\t1\t1\t1\t1\t2\t370\t300\t200\t40\t91.2\tSør-Øst\n"
        + "5\t1\t1\t1\t2\t1\t200\t350\t180\t40\t95.0\tåpne\n"
        + "5\t1\t1\t1\t2\t2\t400\t350\t120\t40\t12.0\t®\n"
        + "5\t1\t2\t1\t1\t1\t200\t900\t300\t40\t90.0\tfagdirektørmøte\n";

    [Fact]
    public void TurnsTsvParagraphsIntoBlocksAndLines()
    {
        var blocks = TesseractTsv.Parse(Tsv, 595.2, 841.8);
        Assert.Equal(2, blocks.Count);
        Assert.Equal(["Helse Sør-Øst", "åpne"], blocks[0].Lines.Select(l => l.Text));
        Assert.Equal("fagdirektørmøte", blocks[1].Text);
    }

    [Fact]
    public void ScalesPixelBoxesToPdfPoints()
    {
        var line = TesseractTsv.Parse(Tsv, 595.2, 841.8)[0].Lines[0];
        var scale = 595.2 / 1654;
        Assert.Equal(200 * scale, line.Left, 3);
        Assert.Equal(841.8 - 300 * (841.8 / 2339), line.Top, 3);
        Assert.True(line.Bottom < line.Top);
    }

    [Fact]
    public void RejectsOutputWithoutAPageRow()
    {
        Assert.Throws<OcrEngineException>(() => TesseractTsv.Parse("level\tpage_num\n5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t90\tord\n", 595, 842));
    }

    [TesseractFact]
    public void ReadsTheMandateScanWithNorwegianLetters()
    {
        var engine = TesseractEngine.Detect("nor", out _)!;
        using var images = new PdfPageImages(OcrTestData.MandatePdf.Value, null);
        var image = images.Get(1);
        Assert.NotNull(image);
        Assert.Equal("jpg", image.Extension);
        var text = string.Join("\n\n", engine.Recognize(image).Select(b => b.Text));
        Assert.Contains("fagdirektørmøte", text);
        Assert.Contains("Sør-Øst", text);
        Assert.Contains("åpne nettverksmøter", text);
        Assert.Contains("øremerkede midler", text);
    }

    [TesseractFact]
    public void DefaultStageReadsTheDamagedMandatePageAgain()
    {
        var log = new List<string>();
        var stage = OcrRepairStage.CreateDefault(log.Add);
        var mandate = OcrTestData.Mandate.Value;
        var first = mandate with { Pages = [mandate.Pages[0]] };
        var page = stage.Repair(first, OcrTestData.MandatePdf.Value).Pages[0];
        Assert.Equal("text-layer+ocr", page.Quality!.Source);
        Assert.False(page.Quality.Damaged);
        Assert.Contains("etablert på oppdrag", page.Text);
        Assert.Contains("tjenestene og en rådgivende rolle", page.Text);
        Assert.Contains("7. Det etableres åpne nettverksmøter i alle helseregioner.", page.Text);
        Assert.Equal(first.Pages[0].Blocks.Select(b => b.Lines.Count), page.Blocks.Select(b => b.Lines.Count));
        Assert.Contains("pd oppdrag", page.OriginalText);
        Assert.Contains(log, l => l.Contains("side 1", StringComparison.Ordinal));
    }
}

using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Ingest.Tests.OcrRepair;

public sealed class OcrRepairStageTests
{
    private const string GoodOcr = "2. NorPreM blir finansiert med øremerkede midler fra Helse- og omsorgsdepartementet\n"
        + "som er lagt til Helse Sør-Øst å forvalte. Budsjett og regnskap skal godkjennes av\n"
        + "interregionalt fagdirektørmøte.";

    [Fact]
    public void KeepsTheBornDigitalBundleUnchanged()
    {
        var repaired = OcrTestData.BundleCorrected.Value;
        var original = OcrTestData.Bundle.Value;
        Assert.Equal(original.Pages.Select(p => p.Text), repaired.Pages.Select(p => p.Text));
        Assert.All(repaired.Pages, p =>
        {
            Assert.Empty(p.Repairs);
            Assert.Null(p.OriginalText);
            Assert.Equal("text-layer", p.Quality!.Source);
            Assert.False(p.Quality.Damaged);
        });
    }

    [Fact]
    public void RecordsEveryRepairAtItsOffsetInThePageText()
    {
        var pages = OcrTestData.MandateCorrected.Value.Pages;
        Assert.All(pages, page =>
        {
            Assert.NotEmpty(page.Repairs);
            Assert.NotNull(page.OriginalText);
            foreach (var r in page.Repairs)
            {
                Assert.Equal(r.After, page.Text.Substring(r.Offset, r.Length));
                Assert.NotEqual(r.Before, r.After);
                Assert.InRange(r.Confidence, 0.0, 1.0);
            }
        });
        var first = pages[0];
        Assert.Contains(first.Repairs, r => r.Before == "fagdirektgrmgte" && r.After == "fagdirektørmøte");
        Assert.Contains("fagdirektgrmgte", first.OriginalText);
    }

    [Fact]
    public void KeepsBlocksAndLinesOfTheMandate()
    {
        var original = OcrTestData.Mandate.Value.Pages;
        var repaired = OcrTestData.MandateCorrected.Value.Pages;
        for (var i = 0; i < original.Count; i++)
        {
            Assert.Equal(original[i].Blocks.Select(b => b.Lines.Count), repaired[i].Blocks.Select(b => b.Lines.Count));
            Assert.Equal(original[i].Blocks.SelectMany(b => b.Lines).Select(l => l.Top),
                repaired[i].Blocks.SelectMany(b => b.Lines).Select(l => l.Top));
        }
    }

    [Fact]
    public void TakesTheLettersOfTheReOcrAndKeepsTheLinesOfTheTextLayer()
    {
        var log = new List<string>();
        var stage = Stage(new FakeEngine(GoodOcr), log);
        var page = stage.Repair(OnePage(DamagedLines, imageCount: 1), ReadOnlyMemory<byte>.Empty).Pages[0];
        Assert.Equal("text-layer+ocr", page.Quality!.Source);
        Assert.Equal(
            "2. NorPreM blir finansiert med øremerkede midler fra Helse- og omsorgsdepartementet\n"
            + "som er lagt til Helse Sør-Øst å forvalte. Budsjett og regnskap skal godkjennes av\n"
            + "interregionalt fagdirektørmøte.",
            page.Text);
        Assert.Contains("Sgr-@st", page.OriginalText);
        Assert.Contains(page.Repairs, r => r.Before == "fagdirektgrmote" && r.After == "fagdirektørmøte");
        Assert.All(page.Repairs, r => Assert.Equal(r.After, page.Text.Substring(r.Offset, r.Length)));
        Assert.Contains(log, l => l.Contains("bokstaver fra ny OCR", StringComparison.Ordinal));
    }

    [Fact]
    public void TakesTheWholeReOcrWhenItsLinesLieElsewhere()
    {
        var stage = Stage(new FakeEngine(GoodOcr, top: 300), []);
        var page = stage.Repair(OnePage(DamagedLines, imageCount: 1), ReadOnlyMemory<byte>.Empty).Pages[0];
        Assert.Equal("ocr", page.Quality!.Source);
        Assert.Contains("Helse Sør-Øst å forvalte", page.Text);
        Assert.Contains("Sgr-@st", page.OriginalText);
    }

    [Fact]
    public void KeepsTheTextLayerWhenTheReOcrIsWorse()
    {
        var stage = Stage(new FakeEngine("@@ ### ~~ Sgr-@st pd fgrste a apne mgte veere"), []);
        var page = stage.Repair(OnePage(DamagedLines, imageCount: 1), ReadOnlyMemory<byte>.Empty).Pages[0];
        Assert.Equal("text-layer", page.Quality!.Source);
        Assert.Contains("Helse Sør-Øst", page.Text);
    }

    [Fact]
    public void DoesNotReadBornDigitalPagesAgain()
    {
        var engine = new FakeEngine(GoodOcr);
        Stage(engine, []).Repair(OnePage(DamagedLines, imageCount: 0), ReadOnlyMemory<byte>.Empty);
        Assert.Equal(0, engine.Calls);
    }

    [Fact]
    public void ReadsAPageWithoutTextFromItsImage()
    {
        var page = Stage(new FakeEngine(GoodOcr), []).Repair(OnePage([], imageCount: 1), ReadOnlyMemory<byte>.Empty).Pages[0];
        Assert.Equal("ocr", page.Quality!.Source);
        Assert.Contains("øremerkede midler", page.Text);
    }

    [Fact]
    public void LogsAFailingEngineAndCorrectsTheTextLayer()
    {
        var log = new List<string>();
        var page = Stage(new FailingEngine(), log).Repair(OnePage(DamagedLines, imageCount: 1), ReadOnlyMemory<byte>.Empty).Pages[0];
        Assert.Equal("text-layer", page.Quality!.Source);
        Assert.Contains("Helse Sør-Øst", page.Text);
        Assert.Contains(log, l => l.Contains("OCR feilet", StringComparison.Ordinal));
    }

    [Fact]
    public void CorrectsWithoutAnyEngine()
    {
        var page = OcrTestData.CorrectionOnly().Repair(OnePage(DamagedLines, imageCount: 1), ReadOnlyMemory<byte>.Empty).Pages[0];
        Assert.Equal("text-layer", page.Quality!.Source);
        Assert.Contains("øremerkede midler", page.Text);
        Assert.Contains("Helse Sør-Øst", page.Text);
    }

    [Fact]
    public void MapsLineRepairsToPageOffsetsAcrossBlocks()
    {
        var blocks = new[] { Block("Formal"), Block("skal veere en arena", "pd tvers") };
        var repairs = new[]
        {
            new LineRepair(1, 5, "veere", "være", 0.9),
            new LineRepair(2, 0, "pd", "på", 0.9),
        };
        var mapped = OcrRepairStage.ToPageOffsets(blocks, repairs);
        Assert.Equal(6 + 2 + 5, mapped[0].Offset);
        Assert.Equal(6 + 2 + "skal veere en arena".Length + 1, mapped[1].Offset);
        Assert.Equal(2, mapped[1].Length);
    }

    private static readonly string[] DamagedLines =
    [
        "2. NorPreM blir finansiert med gremerkede midler fra Helse- og omsorgsdepartementet",
        "som er lagt til Helse Sgr-@st & forvalte. Budsjett og regnskap skal godkjennes av",
        "interregionalt fagdirektgrmote.",
    ];

    private static OcrRepairStage Stage(IOcrEngine engine, List<string> log) =>
        new(OcrTestData.Scorer, NoisyChannelCorrector.Default, engine, _ => new FakeImages(), log.Add);

    private static ExtractedDocument OnePage(string[] lines, int imageCount) => new(
        "test.pdf",
        "0000000000000000",
        new PdfMetadata(null, null, null, null, null, null, null, null, null),
        [],
        [new ExtractedPage { Number = 1, Width = 595, Height = 842, Blocks = lines.Length == 0 ? [] : [Block(lines)], ImageCount = imageCount, InvisibleText = imageCount > 0 }]);

    private static TextBlock Block(params string[] lines) => BlockAt(712, lines);

    private static TextBlock BlockAt(double top, params string[] lines) =>
        new(lines.Select((l, i) => new TextLine(l, [], 50, top - 12 - i * 14, 500, top - i * 14, 11, false)).ToList());

    private sealed class FakeEngine(string text, double top = 712) : IOcrEngine
    {
        public int Calls { get; private set; }

        public IReadOnlyList<TextBlock> Recognize(PageImage image)
        {
            Calls++;
            return [BlockAt(top, text.Split('\n'))];
        }
    }

    private sealed class FailingEngine : IOcrEngine
    {
        public IReadOnlyList<TextBlock> Recognize(PageImage image) => throw new OcrEngineException("tesseract krasjet");
    }

    private sealed class FakeImages : IPageImageSource
    {
        public PageImage? Get(int pageNumber) => new(new byte[] { 1, 2, 3 }, "png", 595, 842);

        public void Dispose()
        {
        }
    }
}

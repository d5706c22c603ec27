using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Ingest.Tests.OcrRepair;

/// <summary>What the repair must leave alone on real scans: nynorsk forms, names, acronyms, born-digital tables.</summary>
public sealed class ScanCareTests
{
    // A nynorsk paper as an English-configured OCR reads it: æ/ø/å lost, the nynorsk forms themselves intact.
    private static readonly string[] NynorskLayer =
    [
        "Fagradet vart samd om at konsultasjonar og analysar skal vere ein del av tilbodet.",
        "Saka vert send til helseforetaka, og det er ikkje noko i vegen for at ho kan seiast opp.",
        "Avtalen gjeld fra 1. oktober og kan seiast opp med seks manaders varsel.",
    ];

    [Fact]
    public void TellsANynorskPaperFromABokmalOne()
    {
        Assert.True(NynorskForms.IsNynorsk(NynorskLayer));
        Assert.False(NynorskForms.IsNynorsk(["Rådet ble enige om at det ikke er behov for et nytt møte, og hva som skal skje videre."]));
    }

    [Fact]
    public void TellsAShortDamagedNynorskLayerByTwoMarkersWhenItHoldsNoBokmalOne()
    {
        // What an English OCR kept of a nynorsk protocol tilted by 2°: half its lines lost, two markers left.
        string[] lost =
        [
            "Protokoll fra mete i fagradet for persontilpassa medisin",
            "Stad: Forde sentralsjukehus, mgterom Sunnfjord",
            "Til stades: Sigrun Neevdal (leiar), Eirik Bg, Ashild Flgysvik, José Garcia og",
            "Innkallinga og saklista vart godkjende utan merknader.",
            "team pa tvers av sjukehusa. Vedtak: Fagradet ber om at det vert laga ei utgreiing om",
            "felles rettleiingsteneste, med kostnadsoverslag, til neste mete.",
        ];
        Assert.True(NynorskForms.IsNynorsk(lost));
        string[] bokmal =
        [
            "Protokoll fra mote i styringsgruppen for persontilpasset medisin",
            "Sted: Oslo universitetssykehus, motesal 3. Til stede: Kari Nordmann (leder) og Ola Hansen",
            "Innkallingen og sakslisten ble godkjent uten merknader.",
            "Styringsgruppen ber om at det blir laget en utredning om felles veiledningstjeneste til neste mote.",
        ];
        Assert.False(NynorskForms.IsNynorsk(bokmal));
    }

    [Fact]
    public void LeavesValidNynorskFormsAloneInANynorskDocument()
    {
        Assert.True(NynorskForms.Default.Count > 100_000, "the shipped nynorsk list is beside the program");
        var result = NoisyChannelCorrector.Default.Correct(NynorskLayer, 0.6, new DocumentMemory { Nynorsk = true });
        foreach (var form in new[] { "vart", "konsultasjonar", "analysar", "vere", "vert", "ikkje", "seiast" })
        {
            Assert.Contains($" {form} ", " " + string.Join(" ", result.Lines) + " ");
        }

        Assert.DoesNotContain(result.Repairs, r => r.Before is "vart" or "vert" or "vere" or "konsultasjonar" or "analysar" or "seiast");
    }

    [Fact]
    public void KeepsANynorskVerbThatBokmalWouldReadAsAnotherWord()
    {
        // "gjer" is nynorsk's "gjør"; the bokmål counts know only "gjør", and the channel reads e for ø on such a layer.
        string[] layer =
        [
            "Kommunen gjer vedtak om tilskot kvart ar, og ho gjer det ikkje aleine.",
            "Nar fristen er ute, gjer utvalet framlegg til fordeling pa mgtet i mars.",
        ];
        Assert.True(NynorskForms.Default.IsNynorskOnly("gjer"));
        Assert.False(NynorskForms.Default.IsNynorskOnly("mate"));
        var result = NoisyChannelCorrector.Default.Correct(layer, 0.7, new DocumentMemory { Nynorsk = true });
        Assert.DoesNotContain(result.Repairs, r => r.Before == "gjer");
        Assert.Contains("Kommunen gjer vedtak", result.Lines[0]);
        Assert.Contains("gjer utvalet framlegg", result.Lines[1]);
        Assert.Contains("på møtet", result.Lines[1]);
    }

    [Fact]
    public void RestoresTheNynorskFormAnEnglishOcrTookTheLettersFrom()
    {
        var result = NoisyChannelCorrector.Default.Correct(NynorskLayer, 0.6, new DocumentMemory { Nynorsk = true });
        Assert.Contains("Avtalen gjeld frå 1. oktober", result.Lines[2]);
        Assert.Contains("seks månaders varsel", result.Lines[2]);
    }

    [Fact]
    public void NeverRespellsNamesWithLettersNorwegianDoesNotUse()
    {
        const string line = "Rådet takker Mikko Häkkinen, Jürgen Weiß, Léa Dubois og José García for innspill pa mgtet.";
        var result = NoisyChannelCorrector.Default.Correct([line], 0.6);
        Assert.Contains("Mikko Häkkinen, Jürgen Weiß, Léa Dubois og José García", result.Lines[0]);
        Assert.Contains("innspill på møtet", result.Lines[0]);
    }

    [Fact]
    public void KeepsAcronymsInCapitalsButRepairsAWordInCapitals()
    {
        var result = NoisyChannelCorrector.Default.Correct(["Kilde: NPR, SSB og DRG-poeng for 2024 fra mgtet i RHF-ene.", "VEDTAK PA MGTET"], 0.6);
        Assert.StartsWith("Kilde: NPR, SSB og DRG-poeng", result.Lines[0]);
        Assert.Contains("RHF-ene", result.Lines[0]);
        Assert.DoesNotContain(result.Repairs, r => r.Before is "NPR" or "SSB" or "DRG" or "RHF");
    }

    [Fact]
    public void ScoresABornDigitalTableOfNumbersAndCodesAsClean()
    {
        const string table = "Tabell 3 Kostnader per helseforetak (mill. kr)\n"
            + "Helseforetak\t2022\t2023\t2024\tEndring\nHelse Bergen HF\t12,4\t13,1\t14,8\t+1,7\n"
            + "Helse Stavanger HF\t8,2\t8,9\t9,0\t+0,1\nHelse Fonna HF\t4,1\t4,3\t4,4\t+0,1\n"
            + "Helse Førde HF\t3,0\t3,2\t3,1\t-0,1\nSum\t27,7\t29,5\t31,3\t+1,8\n"
            + "ICD-10\tC50.9\tE11.9\tI21.4\tJ45\nKilde: NPR, SSB (tab. 07459), DRG-poeng 2024 (v. 3.2)";
        var quality = OcrTestData.Scorer.Score(table, "text-layer");
        Assert.False(quality.Damaged, string.Join("; ", quality.Reasons));
    }

    [Fact]
    public void NeverReplacesAVisibleTextLayerThatIsOnlyALittleOdd()
    {
        // A born-digital page (visible text) with a logo: even when its score crosses the threshold it is not re-read.
        var engine = new CountingEngine("Dette er en helt annen tekst fra OCR.");
        var page = new ExtractedPage
        {
            Number = 1, Width = 595, Height = 842, ImageCount = 1, InvisibleText = false,
            Blocks = [Block("Tabell 3 Kostnader per HF", "Helse Bergen HF\t12,4\t13,1", "Kilde: NPR, SSB (tab. 07459)")],
        };
        var quality = OcrTestData.Scorer.Score(page.Text, "text-layer");
        Assert.True(quality.Score < OcrRepairStage.VisibleLayerThreshold, quality.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var stage = new OcrRepairStage(OcrTestData.Scorer, NoisyChannelCorrector.Default, engine, _ => new OneImage(), _ => { });
        var repaired = stage.Repair(Document(page), new byte[] { 1 });
        Assert.Equal(0, engine.Calls);
        Assert.Equal(page.Text, repaired.Pages[0].Text);
    }

    [Fact]
    public void ReadsTheScannedPagesOfADocumentSideBySideAndShowsProgress()
    {
        var engine = new CountingEngine("Rådet drøftet saken på møtet og ble enige om å gå videre med forslaget før høsten.");
        var log = new List<string>();
        var pages = Enumerable.Range(1, 6).Select(n => new ExtractedPage
        {
            Number = n, Width = 595, Height = 842, ImageCount = 1, InvisibleText = true, Blocks = [],
        }).ToArray();
        var stage = new OcrRepairStage(OcrTestData.Scorer, NoisyChannelCorrector.Default, engine, _ => new OneImage(), m => { lock (log) { log.Add(m); } })
        {
            OcrJobs = 3,
        };
        var repaired = stage.Repair(Document(pages), new byte[] { 1 });
        Assert.Equal(6, engine.Calls);
        Assert.All(repaired.Pages, p => Assert.Contains("drøftet saken på møtet", p.Text));
        Assert.Equal([1, 2, 3, 4, 5, 6], repaired.Pages.Select(p => p.Number));
        Assert.Contains(log, m => m.EndsWith("OCR 6/6 sider", StringComparison.Ordinal));
        Assert.InRange(engine.MaxConcurrent, 1, 3);
    }

    private static ExtractedDocument Document(params ExtractedPage[] pages) => new(
        "test.pdf", "0000000000000000", new PdfMetadata(null, null, null, null, null, null, null, null, null), [], pages);

    private static TextBlock Block(params string[] lines) =>
        new(lines.Select((l, i) => new TextLine(l, [], 50, 700 - i * 14, 500, 712 - i * 14, 11, false)).ToList());

    private sealed class CountingEngine(string text) : IOcrEngine
    {
        private int _calls;
        private int _running;
        private int _max;

        public int Calls => _calls;
        public int MaxConcurrent => _max;

        public IReadOnlyList<TextBlock> Recognize(PageImage image)
        {
            Interlocked.Increment(ref _calls);
            var now = Interlocked.Increment(ref _running);
            int seen;
            while (now > (seen = _max) && Interlocked.CompareExchange(ref _max, now, seen) != seen)
            {
            }

            Thread.Sleep(20);
            Interlocked.Decrement(ref _running);
            return [Block(text)];
        }
    }

    private sealed class OneImage : IPageImageSource
    {
        public PageImage? Get(int pageNumber) => new(new byte[] { 1, 2, 3 }, "png", 595, 842);

        public void Dispose()
        {
        }
    }
}

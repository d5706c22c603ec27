using System.Globalization;
using System.Text;
using NorPreM.Ingest.Extraction;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// The OCR repair stage. For each page: score the text layer; when the page is damaged and has a scan (or no
/// text at all), read the page image again with the OCR engine and keep whichever text scores better; then run
/// the corrector over the kept text, line by line, so blocks and lines stay as they were, and remove footnote marks
/// misread as "!" or "?" (<see cref="FootnoteMarks"/>) and read digits misread as letters in dates (<see cref="DigitLookalikes"/>). The page records its
/// quality, its text before repair and every repair with offsets into <see cref="ExtractedPage.Text"/>.
/// Repairs change <see cref="TextLine.Text"/> only; <see cref="TextLine.Words"/> keep what the text layer said.
/// </summary>
public sealed class OcrRepairStage : IOcrRepairer
{
    private readonly IDamageScorer _scorer;
    private readonly ITextCorrector _corrector;
    private readonly IOcrEngine? _engine;
    private readonly Func<ReadOnlyMemory<byte>, IPageImageSource>? _images;
    private readonly Action<string> _log;
    private readonly OcrWordMerger _merger;

    /// <summary>
    /// Builds the stage. <paramref name="engine"/> null turns re-OCR off; <paramref name="images"/> opens the page
    /// images of a PDF (null: no images).
    /// </summary>
    public OcrRepairStage(IDamageScorer scorer, ITextCorrector corrector, IOcrEngine? engine,
        Func<ReadOnlyMemory<byte>, IPageImageSource>? images, Action<string> log)
    {
        _scorer = scorer;
        _corrector = corrector;
        _engine = engine;
        _images = images;
        _log = log;
        var generator = (corrector as NoisyChannelCorrector)?.Generator;
        _merger = new OcrWordMerger(ConfusionModel.Default, generator is null ? null : word => IsWord(generator, word));
    }

    /// <summary>
    /// Maps each repair's raw confidence to the share of such repairs that were right (<see cref="ConfidenceCalibration"/>);
    /// the shipped table by default.
    /// </summary>
    public ConfidenceCalibration Calibration { get; init; } = ConfidenceCalibration.Default;

    /// <summary>A lexicon word or compound in bokmål, or a nynorsk form.</summary>
    private static bool IsWord(CandidateGenerator generator, string lower) =>
        generator.IsValid(lower, WordLimits) || NynorskForms.Default.Contains(lower);

    private static readonly CandidateLimits WordLimits = new();

    /// <summary>
    /// The stage as the host runs it: the shipped lexicon and frequency table, Tesseract with the Norwegian
    /// model when it is installed (checked once here; when it is missing, one line goes to <paramref name="log"/>
    /// and pages are only corrected), and page images from the PDF's scans or from pdftoppm.
    /// </summary>
    /// <param name="log">Where the stage's notes go.</param>
    /// <param name="useOcr">False: correct only, never re-read a page.</param>
    /// <param name="calibration">The confidence map (null: the shipped one; the calibration's own fit passes <see cref="ConfidenceCalibration.Identity"/>).</param>
    public static IOcrRepairer CreateDefault(Action<string> log, bool useOcr = true, ConfidenceCalibration? calibration = null)
    {
        var corrector = NoisyChannelCorrector.Default;
        var scorer = new DamageScorer(corrector);
        IOcrEngine? engine = null;
        if (useOcr)
        {
            engine = TesseractEngine.Detect("nor", out var reason);
            if (reason is not null)
            {
                log(reason);
            }
        }

        var renderer = ExternalTool.Find("pdftoppm");
        return new OcrRepairStage(scorer, corrector, engine, pdf => new PdfPageImages(pdf, renderer), log)
        {
            Calibration = calibration ?? ConfidenceCalibration.Default,
        };
    }

    /// <summary>
    /// Pages read by the OCR engine at once: one process per core (each single-threaded, OMP_THREAD_LIMIT=1), which is
    /// how Tesseract runs fastest on many pages (its own threads help one page little and contend when pages run side by side).
    /// </summary>
    public int OcrJobs { get; init; } = Environment.ProcessorCount;

    /// <inheritdoc />
    public ExtractedDocument Repair(ExtractedDocument document, ReadOnlyMemory<byte> pdf)
    {
        IPageImageSource? images = null;
        try
        {
            var scored = document.Pages.Select(page =>
            {
                var hasText = !string.IsNullOrWhiteSpace(page.Text);
                var quality = hasText ? _scorer.Score(page.Text, "text-layer") : new PageQuality(1.0, true, "none", ["ingen tekst"]);
                return (Page: page, HasText: hasText, Quality: quality);
            }).ToList();

            // Damaged scans are read again first, in parallel; correction then runs page by page, in order, since each
            // page's repairs feed the document memory the next page uses.
            var toRead = scored.Where(s => s.Quality.Damaged && _engine is not null && IsWorthReading(s.Page, s.HasText, s.Quality)).ToList();
            var ocr = new IReadOnlyList<TextBlock>?[scored.Count];
            if (toRead.Count > 0)
            {
                var gate = new object();
                var done = 0;
                Parallel.ForEach(toRead, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, OcrJobs) }, s =>
                {
                    PageImage? image;
                    lock (gate)
                    {
                        image = ImageOf(document.FileName, s.Page, images ??= _images?.Invoke(pdf));
                    }

                    image = image is null ? null : UprightOf(document.FileName, s.Page, image, images);
                    ocr[scored.IndexOf(s)] = image is null ? null : ReadAgain(document.FileName, s.Page, image);
                    var n = Interlocked.Increment(ref done);
                    if (toRead.Count > 1)
                    {
                        _log(string.Create(CultureInfo.InvariantCulture, $"{document.FileName}: OCR {n}/{toRead.Count} sider"));
                    }
                });
            }

            // Nynorsk or bokmål is judged once, over the whole document: the OCR's reading where a page was read again,
            // else the text layer.
            var text = scored.SelectMany((s, i) => (ocr[i] ?? s.Page.Blocks).SelectMany(b => b.Lines)).Select(l => l.Text);
            var memory = new DocumentMemory { Nynorsk = NynorskForms.IsNynorsk(text) };
            var pages = scored.Select((s, i) => RepairPage(document.FileName, s.Page, s.HasText, s.Quality, ocr[i], memory)).ToList();
            return document with { Pages = pages };
        }
        finally
        {
            images?.Dispose();
        }
    }

    private ExtractedPage RepairPage(string fileName, ExtractedPage page, bool hasText, PageQuality quality,
        IReadOnlyList<TextBlock>? ocr, DocumentMemory memory)
    {
        var original = page.Text;
        var textLayerQuality = quality;
        var blocks = page.Blocks;
        var textLayerLines = blocks.SelectMany(b => b.Lines).ToList();
        var lines = textLayerLines.Select(l => l.Text).ToList();
        IReadOnlyList<LineRepair> ocrRepairs = [];
        IReadOnlyList<int> unread = [];

        if (ocr is not null)
        {
            var ocrText = string.Join("\n\n", ocr.Select(b => b.Text));
            if (!string.IsNullOrWhiteSpace(ocrText))
            {
                // First choice: the text layer's lines with the OCR's letters, so the layout and the layer's word
                // boundaries stay as they were (on real office scans they are better than a fresh reading's: footnote
                // marks, joined words, specks). A layer that lost lines the new reading found is replaced whole.
                var ocrQuality = _scorer.Score(ocrText, "ocr");
                var layerLost = hasText && LostText(textLayerLines.Select(l => l.Text), ocr.SelectMany(b => b.Lines).Select(l => l.Text));
                var takeOcr = layerLost && !ocrQuality.Damaged;
                var merged = hasText && !takeOcr ? _merger.Merge(textLayerLines, ocr) : null;
                var mergedQuality = merged is null ? null : _scorer.Score(JoinLikePage(blocks, merged.Lines), "text-layer+ocr");
                if (merged is not null && mergedQuality is { Damaged: false } && mergedQuality.Score < quality.Score)
                {
                    var note = string.Create(CultureInfo.InvariantCulture,
                        $"bokstaver fra ny OCR ({merged.Repairs.Count} ord; skår {quality.Score:0.00} → {mergedQuality.Score:0.00})");
                    _log($"{fileName} side {page.Number}: {note}");
                    lines = [.. merged.Lines];
                    ocrRepairs = merged.Repairs;
                    unread = merged.Unread;
                    quality = mergedQuality with { Reasons = [.. mergedQuality.Reasons, note] };
                }
                else if (takeOcr || ocrQuality.Score < quality.Score)
                {
                    var note = string.Create(CultureInfo.InvariantCulture, $"lest på nytt med OCR (skår {quality.Score:0.00} → {ocrQuality.Score:0.00})");
                    _log($"{fileName} side {page.Number}: {note}");
                    blocks = ocr;
                    lines = blocks.SelectMany(b => b.Lines).Select(l => l.Text).ToList();
                    quality = ocrQuality with { Reasons = [.. ocrQuality.Reasons, note] };
                }
            }
        }

        var corrected = unread.Count > 0 && textLayerQuality.Damaged
            ? CorrectApart(lines, unread, quality.Score, textLayerQuality.Score, memory)
            : _corrector.Correct(lines, quality.Score, memory);
        var repairedBlocks = Rebuild(blocks, corrected.Lines);
        var lineRepairs = ocrRepairs.Count == 0 ? corrected.Repairs : Combine(textLayerLines, lines, corrected, ocrRepairs);
        var (dated, dateRepairs) = DigitLookalikes.Repair(corrected.Lines);
        lineRepairs = dateRepairs.Count == 0 ? lineRepairs : [.. lineRepairs.Where(r => !dateRepairs.Any(d => Overlaps(r, d))), .. dateRepairs];
        var (finalLines, finalRepairs) = FootnoteMarks.Remove(blocks.SelectMany(b => b.Lines).ToList(), dated, lineRepairs);
        if (!ReferenceEquals(finalLines, corrected.Lines))
        {
            repairedBlocks = Rebuild(blocks, finalLines);
        }

        var repairs = ToPageOffsets(repairedBlocks, finalRepairs)
            .Select(r => r with { Confidence = Calibration.Map(r.Before, r.Confidence) })
            .ToList();
        var finalQuality = quality with { TextLayerScore = textLayerQuality.Score, TextLayerDamaged = textLayerQuality.Damaged };
        var repairedPage = page with { Blocks = repairedBlocks, Quality = finalQuality, Repairs = repairs };
        return repairedPage.Text == original ? repairedPage : repairedPage with { OriginalText = original };
    }

    /// <summary>
    /// Score from which a visible text layer on a page with an image is read again. A scan's OCR layer is invisible
    /// (render mode 3) and is re-read once damaged; a visible layer is what a word processor wrote, and a page of it
    /// with a logo or a chart is re-read only when it is far beyond what tables, numbers and names score.
    /// </summary>
    public const double VisibleLayerThreshold = 0.5;

    private static bool IsWorthReading(ExtractedPage page, bool hasText, PageQuality quality) =>
        !hasText || (page.ImageCount > 0 && (page.InvisibleText || quality.Score >= VisibleLayerThreshold));

    /// <summary>
    /// Share more words the OCR must read than the text layer holds before the layer is taken to have lost text. An
    /// office scanner's OCR on a tilted page drops whole lines; its letters can be merged, its lost lines cannot, so
    /// the page's own new reading is taken instead.
    /// </summary>
    public const double LostTextShare = 0.15;

    private static bool LostText(IEnumerable<string> layer, IEnumerable<string> ocr)
    {
        static int Words(IEnumerable<string> lines) => lines.Sum(l => WordTokenizer.Tokenize(l).Count(w => w.Text.Any(char.IsLetter)));
        var layerWords = Words(layer);
        var ocrWords = Words(ocr);
        return ocrWords >= 20 && ocrWords > layerWords * (1 + LostTextShare);
    }

    /// <summary>
    /// Corrects a merged page in two parts: the lines the new reading covered by the merged page's score, and the lines it
    /// had no line over (<paramref name="unread"/>, still as the damaged layer wrote them) by the layer's own score, so a
    /// head or signature the reading missed is repaired as the layer it is ("Serlandet", "Ase Brathen").
    /// </summary>
    private CorrectedText CorrectApart(IReadOnlyList<string> lines, IReadOnlyList<int> unread, double mergedScore, double layerScore,
        DocumentMemory memory)
    {
        var isUnread = new bool[lines.Count];
        foreach (var i in unread)
        {
            isUnread[i] = true;
        }

        var read = Enumerable.Range(0, lines.Count).Where(i => !isUnread[i]).ToList();
        var left = Enumerable.Range(0, lines.Count).Where(i => isUnread[i]).ToList();
        var first = _corrector.Correct(read.Select(i => lines[i]).ToList(), mergedScore, memory);
        var second = _corrector.Correct(left.Select(i => lines[i]).ToList(), layerScore, memory);
        var result = lines.ToArray();
        var repairs = new List<LineRepair>();
        foreach (var (part, indices) in new[] { (first, read), (second, left) })
        {
            for (var k = 0; k < indices.Count; k++)
            {
                result[indices[k]] = part.Lines[k];
            }

            repairs.AddRange(part.Repairs.Select(r => r with { Line = indices[r.Line] }));
        }

        return new CorrectedText(result, [.. repairs.OrderBy(r => r.Line).ThenBy(r => r.Start)]);
    }

    private static bool Overlaps(LineRepair a, LineRepair b) =>
        a.Line == b.Line && a.Start < b.Start + b.After.Length && b.Start < a.Start + a.After.Length;

    /// <summary>The page text the lines would give in these blocks (lines joined by '\n', blocks by "\n\n").</summary>
    private static string JoinLikePage(IReadOnlyList<TextBlock> blocks, IReadOnlyList<string> lines)
    {
        var parts = new List<string>(blocks.Count);
        var next = 0;
        foreach (var block in blocks)
        {
            parts.Add(string.Join("\n", lines.Skip(next).Take(block.Lines.Count)));
            next += block.Lines.Count;
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>
    /// Repairs of a page whose words came from the OCR and then the corrector: each word that differs from the text
    /// layer, with the corrector's confidence where the corrector changed it last, else the OCR's confidence in the
    /// word it took (<paramref name="merged"/> are the lines after the merge, before the corrector).
    /// </summary>
    private static IReadOnlyList<LineRepair> Combine(IReadOnlyList<TextLine> textLayer, IReadOnlyList<string> merged,
        CorrectedText corrected, IReadOnlyList<LineRepair> fromOcr)
    {
        var repairs = new List<LineRepair>();
        for (var i = 0; i < textLayer.Count; i++)
        {
            var before = WordTokenizer.Tokenize(textLayer[i].Text);
            var middle = WordTokenizer.Tokenize(merged[i]);
            var after = WordTokenizer.Tokenize(corrected.Lines[i]);
            if (before.Count != after.Count || middle.Count != after.Count)
            {
                continue; // cannot happen: both steps replace one word by one word
            }

            for (var k = 0; k < after.Count; k++)
            {
                if (before[k].Text == after[k].Text)
                {
                    continue;
                }

                var start = after[k].Start;
                var byCorrector = corrected.Repairs.FirstOrDefault(r => r.Line == i && r.Start == start);
                var byOcr = fromOcr.FirstOrDefault(r => r.Line == i && r.Start == middle[k].Start);
                repairs.Add(new LineRepair(i, start, before[k].Text, after[k].Text,
                    byCorrector?.Confidence ?? byOcr?.Confidence ?? OcrWordMerger.OcrConfidence));
            }
        }

        return repairs;
    }

    private PageImage? ImageOf(string fileName, ExtractedPage page, IPageImageSource? images)
    {
        try
        {
            return images?.Get(page.Number);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException or NotSupportedException
                                      or OcrEngineException or UglyToad.PdfPig.Core.PdfDocumentFormatException)
        {
            _log($"{fileName} side {page.Number}: fant ikke sidebildet ({e.Message}); teksten rettes bare med korrigering.");
            return null;
        }
    }

    private PageImage UprightOf(string fileName, ExtractedPage page, PageImage image, IPageImageSource? images)
    {
        try
        {
            var upright = images?.Upright(page.Number, image) ?? image;
            if (!ReferenceEquals(upright, image))
            {
                _log($"{fileName} side {page.Number}: skjev skanning rettet opp før OCR");
            }

            return upright;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException or OcrEngineException)
        {
            _log($"{fileName} side {page.Number}: kunne ikke rette opp sidebildet ({e.Message}); leser det som det er.");
            return image;
        }
    }

    private IReadOnlyList<TextBlock>? ReadAgain(string fileName, ExtractedPage page, PageImage image)
    {
        try
        {
            return _engine!.Recognize(image);
        }
        catch (OcrEngineException e)
        {
            _log($"{fileName} side {page.Number}: OCR feilet ({e.Message}); teksten rettes bare med korrigering.");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException or NotSupportedException)
        {
            _log($"{fileName} side {page.Number}: OCR feilet ({e.Message}); teksten rettes bare med korrigering.");
            return null;
        }
    }

    private static IReadOnlyList<TextBlock> Rebuild(IReadOnlyList<TextBlock> blocks, IReadOnlyList<string> lines)
    {
        var result = new List<TextBlock>(blocks.Count);
        var index = 0;
        foreach (var block in blocks)
        {
            var newLines = new List<TextLine>(block.Lines.Count);
            foreach (var line in block.Lines)
            {
                var text = lines[index++];
                newLines.Add(text == line.Text ? line : line with { Text = text });
            }

            result.Add(new TextBlock(newLines));
        }

        return result;
    }

    /// <summary>Offsets of line repairs in the page text (lines joined by '\n', blocks by "\n\n").</summary>
    public static IReadOnlyList<TextRepair> ToPageOffsets(IReadOnlyList<TextBlock> blocks, IReadOnlyList<LineRepair> repairs)
    {
        if (repairs.Count == 0)
        {
            return [];
        }

        var lineStarts = new List<int>();
        var offset = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            if (b > 0)
            {
                offset += 2;
            }

            var lines = blocks[b].Lines;
            for (var l = 0; l < lines.Count; l++)
            {
                if (l > 0)
                {
                    offset += 1;
                }

                lineStarts.Add(offset);
                offset += lines[l].Text.Length;
            }
        }

        return repairs
            .Select(r => new TextRepair(lineStarts[r.Line] + r.Start, r.After.Length, r.Before, r.After, r.Confidence))
            .ToList();
    }

    /// <summary>Lists repairs one per line ("før → etter (sikkerhet)"), for explanations.</summary>
    public static string Explain(IEnumerable<TextRepair> repairs)
    {
        var builder = new StringBuilder();
        foreach (var r in repairs)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{r.Offset}\t{r.Before} → {r.After}\t{r.Confidence:0.00}\n");
        }

        return builder.ToString();
    }
}

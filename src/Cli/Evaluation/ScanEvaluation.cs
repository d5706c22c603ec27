using System.Collections.Concurrent;
using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Cli.Evaluation;

/// <summary>One scanned page of the scan set: its PDF, the text printed on it, and how it was scanned.</summary>
/// <param name="Pdf">Path of the PDF.</param>
/// <param name="Text">Name of the printed text (file name in texts/ without extension).</param>
/// <param name="Condition">How it was scanned: "straight", "skew-0.5", "rot90", "dpi150", "1bit" …</param>
/// <param name="Layer">"image-only" or "eng-layer" (invisible text from an English-configured OCR).</param>
/// <param name="Truth">The printed text.</param>
public sealed record ScanPage(string Pdf, string Text, string Condition, string Layer, string Truth)
{
    /// <summary>"nynorsk" for texts named nn-…, else "bokmål".</summary>
    public string Form => Text.StartsWith("nn-", StringComparison.Ordinal) ? "nynorsk" : "bokmål";
}

/// <summary>A reader of scanned pages being compared: a name and a function from page to text (null: not applicable).</summary>
public sealed record ScanReader(string Name, Func<ScanPage, byte[], ScanReading?> Read);

/// <summary>What a reader read, the text before repair (when it repairs) and its repairs (offset in Text, confidence).</summary>
public sealed record ScanReading(string Text, string? Before = null, IReadOnlyList<(int Offset, double Confidence, string Before)>? Repairs = null);

/// <summary>
/// Runs readers over the scan set of <c>eval/ocr/scans</c> (made by <c>scripts/make-scan-set.sh</c>): each PDF
/// <c>pdf/&lt;text&gt;--&lt;condition&gt;--&lt;layer&gt;.pdf</c> is scored against <c>texts/&lt;text&gt;.txt</c>
/// (<see cref="ScanScore"/>). Pages run in parallel; each reader's own external processes are single-threaded.
/// </summary>
public static class ScanEvaluation
{
    /// <summary>The pages of a scan set folder; empty when it has none.</summary>
    public static IReadOnlyList<ScanPage> Find(string folder)
    {
        var pdfs = Path.Combine(folder, "pdf");
        var texts = Path.Combine(folder, "texts");
        if (!Directory.Exists(pdfs) || !Directory.Exists(texts))
        {
            return [];
        }

        var pages = new List<ScanPage>();
        foreach (var pdf in Directory.GetFiles(pdfs, "*.pdf").Order(StringComparer.Ordinal))
        {
            var parts = Path.GetFileNameWithoutExtension(pdf).Split("--");
            var truth = Path.Combine(texts, parts[0] + ".txt");
            if (parts.Length == 3 && File.Exists(truth))
            {
                pages.Add(new ScanPage(pdf, parts[0], parts[1], parts[2], File.ReadAllText(truth)));
            }
        }

        return pages;
    }

    /// <summary>Each reader's score on each page (pages a reader does not apply to are left out).</summary>
    public static IReadOnlyList<(ScanPage Page, string Reader, ScanScore Score, string Output)> Run(
        IReadOnlyList<ScanPage> pages, IReadOnlyList<ScanReader> readers, int jobs, Action<string> progress)
    {
        var results = new ConcurrentBag<(ScanPage, string, ScanScore, string)>();
        var done = 0;
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, page =>
        {
            var bytes = File.ReadAllBytes(page.Pdf);
            foreach (var reader in readers)
            {
                var read = reader.Read(page, bytes);
                if (read is { } r)
                {
                    results.Add((page, reader.Name, ScanScore.Of(page.Truth, r.Text, r.Before, r.Repairs), r.Text));
                }
            }

            progress($"{Interlocked.Increment(ref done)}/{pages.Count} {Path.GetFileName(page.Pdf)}");
        });
        return [.. results];
    }

    /// <summary>Our pipeline: PdfPig extraction, then the given repair stage; the text before repair is the extracted text.</summary>
    public static ScanReader Pipeline(string name, IOcrRepairer repairer) => new(name, (page, bytes) =>
    {
        var extracted = new PdfPigTextExtractor().Extract(bytes, Path.GetFileName(page.Pdf));
        var repaired = repairer.Repair(extracted, bytes);
        // Offsets are the first page's (the scan set has one page per file).
        var repairs = repaired.Pages.Take(1).SelectMany(p => p.Repairs).Where(r => r.Length > 0).Select(r => (r.Offset, r.Confidence, r.Before)).ToList();
        return new ScanReading(string.Join("\n\n", repaired.Pages.Select(p => p.Text)), string.Join("\n\n", extracted.Pages.Select(p => p.Text)), repairs);
    });

    /// <summary>Our extraction alone (reading order, no repair): what to set beside `pdftotext -raw` on the same layer.</summary>
    public static ScanReader Extraction() => new("NorPreM-uttrekk", (page, bytes) =>
        page.Layer == "image-only"
            ? null
            : new ScanReading(string.Join("\n\n", new PdfPigTextExtractor().Extract(bytes, Path.GetFileName(page.Pdf)).Pages.Select(p => p.Text))));

    /// <summary>`pdftotext -raw` on the text layer (pages with a text layer only).</summary>
    public static ScanReader PdftotextRaw(string pdftotext) => new("pdftotext -raw", (page, bytes) =>
        page.Layer == "image-only"
            ? null
            : new ScanReading(ExternalTool.Run(pdftotext, ["-raw", "-enc", "UTF-8", "-", "-"], TimeSpan.FromMinutes(1), input: bytes).StandardOutput));

    /// <summary>
    /// `tesseract -l nor` with its defaults on the page rendered at 300 dpi by pdftoppm (as shown, so a page's /Rotate is
    /// applied). The image is the same for a page's image-only and text-layer versions, so it is read once per pair.
    /// </summary>
    public static ScanReader TesseractNor(string pdftoppm, string tesseract)
    {
        var cache = new ConcurrentDictionary<(string, string), Lazy<string>>();
        return new("tesseract -l nor", (page, bytes) =>
        {
            var text = cache.GetOrAdd((page.Text, page.Condition), _ => new Lazy<string>(() =>
            {
                var image = ExternalTool.Run(pdftoppm, ["-r", "300", "-gray", "-png", "-singlefile", "-"], TimeSpan.FromMinutes(2), input: bytes).Output;
                return ExternalTool.Run(tesseract, ["stdin", "stdout", "-l", "nor"], TimeSpan.FromMinutes(5),
                    new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" }, image).StandardOutput;
            })).Value;
            return new ScanReading(text);
        });
    }
}

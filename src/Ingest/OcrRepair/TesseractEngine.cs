using NorPreM.Ingest.Extraction;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// Runs the Tesseract command line (`tesseract image stdout -l nor tsv`) on a page image. One thread per run
/// (OMP_THREAD_LIMIT=1), because Tesseract's OpenMP threads slow it down when pages run side by side.
/// </summary>
public sealed class TesseractEngine : IOcrEngine
{
    private readonly string _executable;
    private readonly string _language;
    private readonly TimeSpan _timeout;

    private readonly bool _orientation;

    /// <summary>
    /// Uses the given executable and language model; <paramref name="orientation"/> turns on Tesseract's orientation and
    /// script detection (needs its "osd" model).
    /// </summary>
    public TesseractEngine(string executable, string language = "nor", TimeSpan? timeout = null, bool orientation = false)
    {
        _executable = executable;
        _language = language;
        _timeout = timeout ?? TimeSpan.FromMinutes(2);
        _orientation = orientation;
    }

    /// <summary>
    /// The page segmentation mode: 1 (automatic, with orientation and script detection) when the "osd" model is
    /// installed, so a page scanned sideways or upside down is turned before it is read; else 3 (automatic, upright).
    /// Both deskew small tilts themselves (Smith 2007, "An overview of the Tesseract OCR engine").
    /// </summary>
    public string PageSegmentationMode => _orientation ? "1" : "3";

    /// <summary>The language model this engine reads with.</summary>
    public string Language => _language;

    /// <summary>
    /// Finds Tesseract on PATH with the language model installed. Returns null and explains why (in Norwegian,
    /// for the log) when it cannot be used.
    /// </summary>
    public static TesseractEngine? Detect(string language, out string? reason)
    {
        var executable = ExternalTool.Find("tesseract");
        var orientation = false;
        if (executable is null)
        {
            reason = "Tesseract er ikke installert; skannede sider rettes bare med tekstkorrigering.";
            return null;
        }

        try
        {
            var result = ExternalTool.Run(executable, ["--list-langs"], TimeSpan.FromSeconds(20));
            var languages = (result.StandardOutput + "\n" + result.StandardError)
                .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (!languages.Contains(language, StringComparer.Ordinal))
            {
                reason = $"Tesseract mangler språkmodellen «{language}» (Debian: tesseract-ocr-{language}); skannede sider rettes bare med tekstkorrigering.";
                return null;
            }

            orientation = languages.Contains("osd", StringComparer.Ordinal);
        }
        catch (OcrEngineException e)
        {
            reason = $"Tesseract kunne ikke startes ({e.Message}); skannede sider rettes bare med tekstkorrigering.";
            return null;
        }

        reason = null;
        return new TesseractEngine(executable, language, orientation: orientation);
    }

    /// <inheritdoc />
    public IReadOnlyList<TextBlock> Recognize(PageImage image)
    {
        var result = ExternalTool.Run(_executable, ["stdin", "stdout", "-l", _language, "--psm", PageSegmentationMode, "tsv"], _timeout,
            new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" }, image.Bytes);
        if (result.ExitCode != 0)
        {
            throw new OcrEngineException($"Tesseract stopped with code {result.ExitCode}: {result.StandardError.Trim()}");
        }

        return TesseractTsv.Parse(result.StandardOutput, image.PageWidth, image.PageHeight);
    }
}

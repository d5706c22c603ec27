using NorPreM.Ingest.Extraction;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// OCR repair stage: scores each page's text layer, re-OCRs damaged pages when an OCR engine is available,
/// and corrects damaged Norwegian letters. Returns the document with repaired lines, and
/// <see cref="ExtractedPage.Quality"/>, <see cref="ExtractedPage.OriginalText"/> and
/// <see cref="ExtractedPage.Repairs"/> set on each page.
/// </summary>
public interface IOcrRepairer
{
    ExtractedDocument Repair(ExtractedDocument document, ReadOnlyMemory<byte> pdf);
}

/// <summary>Scores how damaged a page's text is; the same score decides between a text layer and a re-OCR.</summary>
public interface IDamageScorer
{
    /// <summary>Quality of <paramref name="text"/>; <paramref name="source"/> is recorded as is ("text-layer", "ocr").</summary>
    PageQuality Score(string text, string source);
}

/// <summary>Corrects damaged Norwegian letters in lines of text, keeping the lines as they are.</summary>
public interface ITextCorrector
{
    /// <summary>
    /// Corrects the lines of one page (or one text). <paramref name="damage"/> is the page's damage score: the
    /// more damaged, the more readily a word that is valid as written is taken for a misreading.
    /// </summary>
    CorrectedText Correct(IReadOnlyList<string> lines, double damage);

    /// <summary>
    /// Corrects one page of a document, drawing on and adding to <paramref name="memory"/>, what the document's
    /// other pages said. A corrector without a document memory corrects the page on its own.
    /// </summary>
    CorrectedText Correct(IReadOnlyList<string> lines, double damage, DocumentMemory? memory) => Correct(lines, damage);
}

/// <summary>An OCR engine run on a page image.</summary>
public interface IOcrEngine
{
    /// <summary>
    /// Recognises the image and returns its text as blocks of lines, with boxes in PDF points of the page the
    /// image covers. Throws <see cref="OcrEngineException"/> when the engine fails.
    /// </summary>
    IReadOnlyList<TextBlock> Recognize(PageImage image);
}

/// <summary>Page images of one PDF, opened by the host's stage for the pages it wants to read again.</summary>
public interface IPageImageSource : IDisposable
{
    /// <summary>The image of the 1-based page (its scan or a rendering); null when there is none.</summary>
    PageImage? Get(int pageNumber);

    /// <summary>
    /// <paramref name="image"/> (from <see cref="Get"/>) made ready for OCR: a tilted scan straightened. Safe to call
    /// from several threads at once, unlike <see cref="Get"/>; the default leaves the image as it is.
    /// </summary>
    PageImage Upright(int pageNumber, PageImage image) => image;
}

/// <summary>A raster image of a whole page.</summary>
/// <param name="Bytes">Encoded image (PNG, JPEG or binary PGM).</param>
/// <param name="Extension">File extension of the encoding: "png", "jpg" or "pgm".</param>
/// <param name="PageWidth">Width of the page in PDF points.</param>
/// <param name="PageHeight">Height of the page in PDF points.</param>
public sealed record PageImage(ReadOnlyMemory<byte> Bytes, string Extension, double PageWidth, double PageHeight);

/// <summary>The OCR engine could not read a page image (not installed, crashed, timed out, bad output).</summary>
public sealed class OcrEngineException(string message, Exception? inner = null) : Exception(message, inner);

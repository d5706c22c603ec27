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

using NorPreM.Core.Model;

namespace NorPreM.Ingest.Extraction;

/// <summary>A PDF's text as the extraction stage read it: pages of blocks of lines, plus metadata and outline.</summary>
/// <param name="FileName">File name inside the corpus (no directories).</param>
/// <param name="DocumentId">Stable id: the first 16 hex digits of the file's SHA-256.</param>
public sealed record ExtractedDocument(
    string FileName,
    string DocumentId,
    PdfMetadata Metadata,
    IReadOnlyList<OutlineItem> Outline,
    IReadOnlyList<ExtractedPage> Pages);

/// <summary>The PDF's document information dictionary and XMP language, as far as present.</summary>
public sealed record PdfMetadata(
    string? Title,
    string? Author,
    string? Subject,
    string? Keywords,
    string? Creator,
    string? Producer,
    DateTimeOffset? Created,
    DateTimeOffset? Modified,
    string? Language);

/// <summary>
/// One page: body blocks in reading order, and the lines recognised as page furniture
/// (repeated headers/footers, bare page numbers, stamps) kept apart from the body.
/// </summary>
public sealed record ExtractedPage
{
    /// <summary>1-based page number.</summary>
    public required int Number { get; init; }
    public required double Width { get; init; }
    public required double Height { get; init; }
    public required IReadOnlyList<TextBlock> Blocks { get; init; }
    public IReadOnlyList<TextLine> Furniture { get; init; } = [];
    /// <summary>Number of raster images drawn on the page (a scan has one covering the page).</summary>
    public int ImageCount { get; init; }
    /// <summary>True when the text is drawn invisibly (render mode 3): an OCR layer over a scan.</summary>
    public bool InvisibleText { get; init; }
    /// <summary>Quality of the text layer, set by the OCR repair stage.</summary>
    public PageQuality? Quality { get; init; }
    /// <summary>Body text before repair, set by the OCR repair stage when it changed anything.</summary>
    public string? OriginalText { get; init; }
    /// <summary>Repairs applied to <see cref="Text"/> (offsets into it).</summary>
    public IReadOnlyList<TextRepair> Repairs { get; init; } = [];
    /// <summary>Vertical lines drawn on the page (a bordered table's cell borders), in the words' coordinates.</summary>
    public IReadOnlyList<VerticalRule> Rules { get; init; } = [];

    /// <summary>Body text: lines joined by '\n', blocks separated by a blank line.</summary>
    public string Text => string.Join("\n\n", Blocks.Select(b => b.Text));
}

/// <summary>A vertical line drawn on a page, from <paramref name="Bottom"/> to <paramref name="Top"/> at <paramref name="X"/>.</summary>
public sealed record VerticalRule(double X, double Bottom, double Top);

/// <summary>A block (paragraph, table cell group, heading) of lines.</summary>
public sealed record TextBlock(IReadOnlyList<TextLine> Lines)
{
    public string Text => string.Join("\n", Lines.Select(l => l.Text));
    public double Left => Lines.Count == 0 ? 0 : Lines.Min(l => l.Left);
    public double Top => Lines.Count == 0 ? 0 : Lines.Max(l => l.Top);
}

/// <summary>One line of words. Coordinates are PDF points, origin bottom-left.</summary>
public sealed record TextLine(
    string Text,
    IReadOnlyList<Word> Words,
    double Left,
    double Bottom,
    double Right,
    double Top,
    double FontSize,
    bool Bold);

/// <summary>A word with its box and font.</summary>
public sealed record Word(string Text, double Left, double Bottom, double Right, double Top, double FontSize, string FontName)
{
    /// <summary>The OCR engine's own confidence in the word (0..1); null for a word of the PDF's text layer.</summary>
    public double? Confidence { get; init; }
}

/// <summary>How damaged a page's text layer is, and what was done about it.</summary>
/// <param name="Score">0 (clean) .. 1 (unreadable).</param>
/// <param name="Damaged">True when the score crossed the threshold (or the page has no text).</param>
/// <param name="Source">"text-layer", "ocr" (Tesseract's text), "text-layer+ocr" (text layer with words taken from Tesseract) or "none".</param>
/// <param name="Reasons">Human-readable reasons, e.g. "unknown words 34%".</param>
public sealed record PageQuality(double Score, bool Damaged, string Source, IReadOnlyList<string> Reasons)
{
    /// <summary>Score of the PDF's own text layer before any re-OCR or correction (null: same as <see cref="Score"/>).</summary>
    public double? TextLayerScore { get; init; }

    /// <summary>Whether the PDF's own text layer was judged damaged (null: same as <see cref="Damaged"/>).</summary>
    public bool? TextLayerDamaged { get; init; }
}

/// <summary>Extraction stage: PDF bytes to pages of text.</summary>
public interface ITextExtractor
{
    /// <summary>Reads the PDF. Throws <see cref="PdfReadException"/> for corrupt, encrypted or non-PDF input.</summary>
    ExtractedDocument Extract(ReadOnlyMemory<byte> pdf, string fileName);
}

/// <summary>A PDF that cannot be read, with a message a user can act on (Norwegian).</summary>
public sealed class PdfReadException(string fileName, string message, Exception? inner = null)
    : Exception($"{fileName}: {message}", inner)
{
    public string FileName { get; } = fileName;
    public string Reason { get; } = message;
}

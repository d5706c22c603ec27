using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// Finds an image of a PDF page to OCR. A scanned page normally carries its scan as one image covering the page:
/// that image is used as stored (JPEG bytes as they are, other encodings through PdfPig's PNG conversion), so no
/// resolution is lost. Otherwise the page is rendered with poppler's pdftoppm at 300 dpi when it is installed.
/// </summary>
public sealed class PdfPageImages : IPageImageSource
{
    /// <summary>Share of the page an image must cover to count as the page's scan.</summary>
    public const double MinCoverage = 0.6;

    private readonly ReadOnlyMemory<byte> _pdf;
    private readonly string? _renderer;
    private PdfDocument? _document;

    /// <summary>Images of the pages of <paramref name="pdf"/>; <paramref name="renderer"/> is pdftoppm's path, or null.</summary>
    public PdfPageImages(ReadOnlyMemory<byte> pdf, string? renderer)
    {
        _pdf = pdf;
        _renderer = renderer;
    }

    /// <inheritdoc />
    public PageImage? Get(int pageNumber)
    {
        _document ??= PdfDocument.Open(_pdf.ToArray());
        if (pageNumber < 1 || pageNumber > _document.NumberOfPages)
        {
            return null;
        }

        var page = _document.GetPage(pageNumber);
        return Embedded(page) ?? Render(pageNumber, page.Width, page.Height);
    }

    private static PageImage? Embedded(Page page)
    {
        var pageArea = page.Width * page.Height;
        var images = page.GetImages().ToList();
        if (images.Count != 1 || pageArea <= 0)
        {
            return null;
        }

        var image = images[0];
        var bounds = image.BoundingBox;
        if (bounds.Width * bounds.Height < MinCoverage * pageArea)
        {
            return null;
        }

        var raw = image.RawMemory;
        if (raw.Length > 3 && raw.Span[0] == 0xFF && raw.Span[1] == 0xD8 && raw.Span[2] == 0xFF)
        {
            return new PageImage(raw.ToArray(), "jpg", page.Width, page.Height);
        }

        return image.TryGetPng(out var png) ? new PageImage(png, "png", page.Width, page.Height) : null;
    }

    private PageImage? Render(int pageNumber, double width, double height)
    {
        if (_renderer is null)
        {
            return null;
        }

        var number = pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            var result = ExternalTool.Run(_renderer, ["-r", "300", "-gray", "-png", "-singlefile", "-f", number, "-l", number, "-"],
                TimeSpan.FromMinutes(2), input: _pdf);
            return result.ExitCode == 0 && result.Output.Length > 0 ? new PageImage(result.Output, "png", width, height) : null;
        }
        catch (OcrEngineException)
        {
            return null;
        }
    }

    public void Dispose() => _document?.Dispose();
}

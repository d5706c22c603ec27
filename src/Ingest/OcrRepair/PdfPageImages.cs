using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// Finds an image of a PDF page to OCR. A scanned page normally carries its scan as one image covering the page:
/// that image is used as stored (JPEG bytes as they are, other encodings through PdfPig's PNG conversion), so no
/// resolution is lost, unless it is coarser than <see cref="MinScanDpi"/>. Otherwise the page is rendered with poppler's
/// pdftoppm at 300 dpi when it is installed.
/// </summary>
public sealed class PdfPageImages : IPageImageSource
{
    /// <summary>Share of the page an image must cover to count as the page's scan.</summary>
    public const double MinCoverage = 0.6;

    private readonly ReadOnlyMemory<byte> _pdf;
    private readonly string? _renderer;
    private PdfDocument? _document;
    private readonly Lock _gate = new();
    private readonly Dictionary<int, bool> _coarse = [];

    /// <summary>Images of the pages of <paramref name="pdf"/>; <paramref name="renderer"/> is pdftoppm's path, or null.</summary>
    public PdfPageImages(ReadOnlyMemory<byte> pdf, string? renderer)
    {
        _pdf = pdf;
        _renderer = renderer;
    }

    /// <inheritdoc />
    public PageImage? Get(int pageNumber)
    {
        if (Read(pageNumber) is not var (page, embedded, coarse))
        {
            return null;
        }

        if (coarse)
        {
            // A coarse scan: Tesseract reads the page rendered at 300 dpi (the image smoothed up) far better.
            return Render(pageNumber, page.Width, page.Height) ?? embedded;
        }

        return embedded ?? Render(pageNumber, page.Width, page.Height);
    }

    /// <summary>
    /// The page, its own scan and whether that scan is coarser than <see cref="MinScanDpi"/>, or null for a page
    /// number outside the document. Under one lock: <see cref="Upright"/> runs outside the caller's lock, on several
    /// pages at once, and PdfPig's document is not thread-safe. Whether a page is coarse is remembered, so straightening
    /// does not decode the page's image a second time.
    /// </summary>
    private (Page Page, PageImage? Embedded, bool Coarse)? Read(int pageNumber)
    {
        lock (_gate)
        {
            _document ??= PdfDocument.Open(_pdf.ToArray());
            if (pageNumber < 1 || pageNumber > _document.NumberOfPages)
            {
                return null;
            }

            var page = _document.GetPage(pageNumber);
            var (embedded, dpi) = Embedded(page);
            var coarse = embedded is not null && dpi < MinScanDpi;
            _coarse[pageNumber] = coarse;
            return (page, embedded, coarse);
        }
    }

    /// <summary>
    /// Resolution below which a page's own scan is rendered at 300 dpi for OCR instead of used as stored. Tesseract
    /// expects text of at least 20 pixels' capital height, about 300 dpi for 10-point text ("Improving the quality of
    /// the output", Tesseract documentation); a 72–100 dpi scan read as stored loses most æ, ø and å and the slashes of
    /// case numbers, while the same scan smoothed up to 300 dpi by poppler reads nearly clean.
    /// </summary>
    public const double MinScanDpi = 150;

    private static (PageImage? Image, double Dpi) Embedded(Page page)
    {
        var image = PageScan(page);
        if (image is null)
        {
            return (null, 0);
        }

        var dpi = image.BoundingBox.Width > 0 ? image.WidthInSamples / (image.BoundingBox.Width / 72.0) : 0;
        if (Jpeg(image) is { } jpeg)
        {
            return (new PageImage(jpeg, "jpg", page.Width, page.Height), dpi);
        }

        return (image.TryGetPng(out var png) ? new PageImage(png, "png", page.Width, page.Height) : null, dpi);
    }

    /// <summary>The one image covering most of the page, or null.</summary>
    private static IPdfImage? PageScan(Page page)
    {
        var pageArea = page.Width * page.Height;
        var images = page.GetImages().ToList();
        if (images.Count != 1 || pageArea <= 0)
        {
            return null;
        }

        var image = images[0];
        var bounds = image.BoundingBox;
        return bounds.Width * bounds.Height < MinCoverage * pageArea ? null : image;
    }

    /// <summary>
    /// The JPEG stream of a DCTDecode image, with any filters applied before it (scanners often wrap JPEG in
    /// ASCII85) undone by PdfPig's own filters. Null for other images.
    /// </summary>
    private static byte[]? Jpeg(IPdfImage image)
    {
        if (!image.ImageDictionary.TryGet(NameToken.Filter, out var filter))
        {
            return null;
        }

        var names = filter switch
        {
            NameToken name => [name],
            ArrayToken array => array.Data.OfType<NameToken>().ToList(),
            _ => [],
        };
        if (names.Count == 0 || names[^1].Data is not ("DCTDecode" or "DCT"))
        {
            return null;
        }

        var data = image.RawMemory.ToArray().AsMemory();
        var filters = DefaultFilterProvider.Instance.GetNamedFilters(names.Take(names.Count - 1).ToList());
        for (var i = 0; i < filters.Count; i++)
        {
            data = filters[i].Decode(data, image.ImageDictionary, DefaultFilterProvider.Instance, i);
        }

        var span = data.Span;
        return span.Length > 3 && span[0] == 0xFF && span[1] == 0xD8 && span[2] == 0xFF ? data.ToArray() : null;
    }

    /// <summary>
    /// Straightens a page scanned with a tilt of <see cref="SkewEstimator.StraightenFromDegrees"/> or more: the page is
    /// rendered grey at 300 dpi (unless <paramref name="image"/> already is that rendering), its skew measured and, when
    /// large enough, turned away; the straightened page goes to the OCR engine as PGM. Without pdftoppm, or when the
    /// page is level or holds too little text to measure, the image is returned as it was.
    /// </summary>
    public PageImage Upright(int pageNumber, PageImage image)
    {
        if (_renderer is null || IsCoarseScan(pageNumber))
        {
            // A coarse scan has already been smoothed up to 300 dpi from fewer samples; turning it resamples it a second
            // time and blurs the strokes that tell "/" and "ø" apart, so its small tilt is left to Tesseract's own
            // line finding, which reads it better.
            return image;
        }

        var grey = image.Extension == "png" ? GrayImage.FromPng(image.Bytes.Span) : null;
        if (grey is null && Render(pageNumber, image.PageWidth, image.PageHeight) is { } rendered)
        {
            grey = GrayImage.FromPng(rendered.Bytes.Span);
        }

        var skew = grey is null ? null : SkewEstimator.Estimate(grey);
        if (grey is null || skew is not { } degrees || Math.Abs(degrees) < SkewEstimator.StraightenFromDegrees)
        {
            return image;
        }

        return new PageImage(grey.Straighten(degrees).ToPgm(), "pgm", image.PageWidth, image.PageHeight);
    }

    private bool IsCoarseScan(int pageNumber)
    {
        lock (_gate)
        {
            if (_coarse.TryGetValue(pageNumber, out var known))
            {
                return known;
            }
        }

        return Read(pageNumber)?.Coarse ?? false;
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

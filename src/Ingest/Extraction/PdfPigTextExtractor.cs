using NorPreM.Core.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Util;
using UglyToad.PdfPig.Outline;

namespace NorPreM.Ingest.Extraction;

/// <summary>
/// Extracts pages of text with PdfPig: letters turned upright and level when a scan's text layer is tilted or turned
/// (<see cref="BaselineFrame"/>), words (PdfPig's default word extractor: letters split at spaces and gaps), grouped into lines by
/// baseline (<see cref="LineBuilder"/>), lines into blocks by vertical gaps, then page furniture separated
/// (<see cref="FurnitureDetector"/>) and end-of-line hyphens joined (<see cref="HyphenJoiner"/>).
/// Metadata and outline come from the document catalog.
/// </summary>
public sealed class PdfPigTextExtractor : ITextExtractor
{
    /// <summary>Upper bound on pages read from one file, so a hostile file cannot exhaust memory.</summary>
    public const int MaxPages = 5000;

    private readonly HyphenJoiner _hyphens;

    public PdfPigTextExtractor(HyphenJoiner? hyphens = null) => _hyphens = hyphens ?? new HyphenJoiner();

    public ExtractedDocument Extract(ReadOnlyMemory<byte> pdf, string fileName)
    {
        if (pdf.Length == 0)
        {
            throw new PdfReadException(fileName, "filen er tom");
        }

        if (!LooksLikePdf(pdf.Span))
        {
            throw new PdfReadException(fileName, "filen er ikke en PDF (mangler %PDF-signatur)");
        }

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(pdf.ToArray(), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig opens encrypted files that need no password to open; one that does throws PdfDocumentEncryptedException.
            var reason = e is UglyToad.PdfPig.Exceptions.PdfDocumentEncryptedException || e.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase)
                ? "filen er kryptert eller passordbeskyttet"
                : "filen er skadet og kan ikke leses";
            throw new PdfReadException(fileName, reason, e);
        }

        using (document)
        {
            if (document.NumberOfPages > MaxPages)
            {
                throw new PdfReadException(fileName, $"filen har {Bokmal.Pages(document.NumberOfPages)}; grensen er {MaxPages}");
            }

            var pages = new List<RawPage>(document.NumberOfPages);
            for (var n = 1; n <= document.NumberOfPages; n++)
            {
                try
                {
                    pages.Add(ReadPage(document.GetPage(n)));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    throw new PdfReadException(fileName, $"side {n} kan ikke leses", e);
                }
            }

            var withFurniture = FurnitureDetector.Separate(pages);
            var extracted = withFurniture.Select(p => p with { Blocks = _hyphens.Join(p.Blocks) }).ToList();
            return new ExtractedDocument(fileName, DocumentIds.Of(pdf.Span), ReadMetadata(document), ReadOutline(document), extracted);
        }
    }

    private static bool LooksLikePdf(ReadOnlySpan<byte> bytes)
    {
        // The header may be preceded by junk bytes (the PDF spec tolerates up to 1024).
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        return head.IndexOf("%PDF-"u8) >= 0;
    }

    private static RawPage ReadPage(Page page)
    {
        // A tilted or turned text layer (a scanner's OCR) is first turned upright and level (BaselineFrame).
        var upright = BaselineFrame.Upright(page.Letters, page.Width, page.Height);
        var found = ReferenceEquals(upright.Letters, page.Letters)
            ? page.GetWords(DefaultWordExtractor.Instance)
            : DefaultWordExtractor.Instance.GetWords(upright.Letters);
        var words = found
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .ToList();
        var invisible = words.Count > 0 && words.Count(w => w.Letters.All(l => (int)l.RenderingMode == 3)) > words.Count / 2;
        // Each column run (one for a single-column page) is cut into lines and blocks of its own.
        var blocks = ColumnLayout.ReadingOrder(words).SelectMany(run => LineBuilder.BuildBlocks(LineBuilder.BuildLines(run))).ToList();
        int images;
        try
        {
            images = page.NumberOfImages;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            images = 0;
        }

        // Drawn borders are read only on a page whose text was not turned, where they share the words' coordinates.
        var rules = ReferenceEquals(upright.Letters, page.Letters) ? DrawnRules(page) : [];
        return new RawPage(page.Number, upright.Width, upright.Height, blocks, images, invisible) { Rules = rules };
    }

    /// <summary>The page's drawn vertical lines (<see cref="RuleDetector"/>), from the bounding boxes of its stroked or filled subpaths.</summary>
    private static IReadOnlyList<VerticalRule> DrawnRules(Page page)
    {
        try
        {
            var boxes = new List<(double Left, double Bottom, double Right, double Top, bool Outline)>();
            foreach (var path in page.Paths)
            {
                if ((!path.IsStroked && !path.IsFilled) || path.IsClipping)
                {
                    continue;
                }

                foreach (var subpath in path)
                {
                    if (subpath.GetBoundingRectangle() is { } r)
                    {
                        boxes.Add((r.Left, r.Bottom, r.Right, r.Top, path.IsStroked && !path.IsFilled));
                    }
                }
            }

            return RuleDetector.Vertical(boxes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [];
        }
    }

    private static PdfMetadata ReadMetadata(PdfDocument document)
    {
        var info = document.Information;
        string? language = null;
        try
        {
            if (document.Structure.Catalog.CatalogDictionary.TryGet(UglyToad.PdfPig.Tokens.NameToken.Create("Lang"), out var token)
                && token is UglyToad.PdfPig.Tokens.StringToken s)
            {
                language = s.Data;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            language = null;
        }

        return new PdfMetadata(
            Clean(info.Title), Clean(info.Author), Clean(info.Subject), Clean(info.Keywords), Clean(info.Creator), Clean(info.Producer),
            info.GetCreatedDateTimeOffset(), info.GetModifiedDateTimeOffset(), Clean(language));
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static IReadOnlyList<OutlineItem> ReadOutline(PdfDocument document)
    {
        var items = new List<OutlineItem>();
        try
        {
            if (!document.TryGetBookmarks(out var bookmarks))
            {
                return items;
            }

            void Walk(BookmarkNode node)
            {
                int? page = node is DocumentBookmarkNode d ? d.PageNumber : null;
                items.Add(new OutlineItem(node.Title.Trim(), page, node.Level));
                foreach (var child in node.Children)
                {
                    Walk(child);
                }
            }

            foreach (var root in bookmarks.Roots)
            {
                Walk(root);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A broken outline must not cost the pages; structure falls back to headings.
            return items;
        }

        return items;
    }
}

/// <summary>A page before furniture separation and hyphen joining.</summary>
internal sealed record RawPage(int Number, double Width, double Height, IReadOnlyList<TextBlock> Blocks, int ImageCount, bool InvisibleText)
{
    public IReadOnlyList<VerticalRule> Rules { get; init; } = [];
}

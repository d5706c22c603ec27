using System.Diagnostics;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Writer;

namespace NorPreM.Bench.Scale;

/// <summary>
/// Writes <see cref="ArchiveDocument"/>s as PDFs with PdfPig's writer: text in DejaVu Serif, read at run time from the
/// system's fonts and embedded whole (PdfPig's standard 14 fonts cannot show "å"; real meeting papers embed subsets,
/// so each generated file carries ≈ 380 kB more font than theirs), an outline when the document has bookmarks, and image-only pages rendered from the same page by <c>pdftoppm</c> (poppler-utils) at 110 dpi in
/// grey, so a scan carries real glyphs for OCR and no text layer. Without <c>pdftoppm</c> such pages keep their text.
/// </summary>
public sealed class ArchiveWriter
{
    private readonly bool canRender = Exists("pdftoppm");

    /// <summary>Image-only pages actually written as pictures.</summary>
    public int ScannedPages { get; private set; }

    public byte[] Write(ArchiveDocument document)
    {
        var builder = new PdfDocumentBuilder();
        var (regular, bold) = Fonts(builder);
        foreach (var page in document.Pages)
        {
            var pdfPage = builder.AddPage(PageSize.A4);
            if (page.ImageOnly && canRender)
            {
                pdfPage.AddPng(Render(page), new PdfRectangle(0, 0, pdfPage.PageSize.Width, pdfPage.PageSize.Height));
                ScannedPages++;
            }
            else
            {
                Draw(pdfPage, page, regular, bold);
            }
        }

        if (document.Bookmarks.Count > 0)
        {
            builder.Bookmarks = new Bookmarks(document.Bookmarks
                .Select(b => (BookmarkNode)new DocumentBookmarkNode(b.Title, 0,
                    new ExplicitDestination(b.Page, ExplicitDestinationType.FitPage, ExplicitDestinationCoordinates.Empty), []))
                .ToList());
        }

        builder.DocumentInformation.Title = document.Title;
        return builder.Build();
    }

    private static void Draw(PdfPageBuilder pdfPage, ArchivePage page, PdfDocumentBuilder.AddedFont regular, PdfDocumentBuilder.AddedFont bold)
    {
        var y = 780.0;
        foreach (var line in page.Lines)
        {
            if (line.Text.Length > 0)
            {
                pdfPage.AddText(line.Text, line.Size, new PdfPoint(62 + line.Indent, y), line.Bold ? bold : regular);
            }

            y -= line.Size * 1.35;
        }
    }

    /// <summary>The page drawn alone into a one-page PDF, rendered to a grey PNG by pdftoppm.</summary>
    private static byte[] Render(ArchivePage page)
    {
        var builder = new PdfDocumentBuilder();
        var (regular, bold) = Fonts(builder);
        Draw(builder.AddPage(PageSize.A4), page, regular, bold);
        var folder = Path.Combine(Path.GetTempPath(), "norprem-scan-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var pdf = Path.Combine(folder, "page.pdf");
            File.WriteAllBytes(pdf, builder.Build());
            var start = new ProcessStartInfo("pdftoppm", ["-r", "110", "-gray", "-png", "-singlefile", pdf, Path.Combine(folder, "page")])
            {
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return File.ReadAllBytes(Path.Combine(folder, "page.png"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static readonly string[] FontFolders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF", "/usr/local/share/fonts"];

    private static readonly Lazy<byte[]> SerifFont = new(() =>
        FontFolders.Select(d => Path.Combine(d, "DejaVuSerif.ttf")).FirstOrDefault(File.Exists) is { } path
            ? File.ReadAllBytes(path)
            : throw new InvalidOperationException("Fant ikke DejaVuSerif.ttf (apt-get install fonts-dejavu-core)."));

    /// <summary>One embedded font for both weights: headings stand out by size, and each file carries one font program.</summary>
    private static (PdfDocumentBuilder.AddedFont Regular, PdfDocumentBuilder.AddedFont Bold) Fonts(PdfDocumentBuilder builder)
    {
        var font = builder.AddTrueTypeFont(SerifFont.Value);
        return (font, font);
    }

    private static bool Exists(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, tool)));
}

using System.Text.RegularExpressions;

namespace NorPreM.Ingest.Extraction;

/// <summary>
/// Separates page furniture from body text: bare page numbers ("4", "1/4", "Side 2 av 5", "- 3 -") and lines that
/// repeat in the top or bottom margin band of several pages (running headers and footers, compared with digits
/// masked so "Side 1"/"Side 2" count as one). The repeated-line rule follows the usual header/footer detection in
/// document-layout analysis (e.g. Lin, "Header and footer extraction by page association", 2003), kept simple:
/// position band plus normalised text.
/// </summary>
public static partial class FurnitureDetector
{
    /// <summary>Share of the page height at the top and at the bottom where headers, footers and page numbers sit.</summary>
    public const double MarginBand = 0.12;

    internal static IReadOnlyList<ExtractedPage> Separate(IReadOnlyList<RawPage> pages)
    {
        var repeated = pages
            .SelectMany(p => p.Blocks.SelectMany(b => b.Lines).Where(l => InMargin(l, p)).Select(l => (Page: p.Number, Key: Mask(l.Text))))
            .Where(x => x.Key.Length > 0)
            .GroupBy(x => x.Key)
            .Where(g => g.Select(x => x.Page).Distinct().Count() >= Math.Max(2, (int)Math.Ceiling(pages.Count * 0.25)))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

        return pages.Select(p =>
        {
            var furniture = new List<TextLine>();
            var blocks = new List<TextBlock>();
            foreach (var block in p.Blocks)
            {
                var body = new List<TextLine>();
                foreach (var line in block.Lines)
                {
                    var inMargin = InMargin(line, p);
                    if (inMargin && (IsPageNumber(line.Text) || repeated.Contains(Mask(line.Text))))
                    {
                        furniture.Add(line);
                    }
                    else
                    {
                        body.Add(line);
                    }
                }

                if (body.Count > 0)
                {
                    blocks.Add(new TextBlock(body));
                }
            }

            return new ExtractedPage
            {
                Number = p.Number,
                Width = p.Width,
                Height = p.Height,
                Blocks = blocks,
                Furniture = furniture,
                ImageCount = p.ImageCount,
                InvisibleText = p.InvisibleText,
            };
        }).ToList();
    }

    /// <summary>True for a bare page number: "4", "1/4", "1 / 4", "Side 2", "side 2 av 5", "- 3 -", "Page 3 of 9".</summary>
    public static bool IsPageNumber(string text) => PageNumberRegex().IsMatch(text.Trim());

    private static bool InMargin(TextLine line, RawPage page) =>
        page.Height > 0 && (line.Bottom > page.Height * (1 - MarginBand) || line.Top < page.Height * MarginBand);

    private static string Mask(string text) => DigitsRegex().Replace(text.Trim().ToLowerInvariant(), "#");

    [GeneratedRegex(@"^(?:(?:side|s\.|page)\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:/|av|of)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberRegex();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsRegex();
}

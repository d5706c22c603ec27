using System.Text.RegularExpressions;

namespace NorPreM.Ingest.Extraction;

/// <summary>
/// Separates page furniture from body text: bare page numbers ("4", "1/4", "Side 2 av 5", "- 3 -") and lines that
/// repeat in the top or bottom margin band of several pages (running headers and footers, compared with digits
/// masked so "Side 1"/"Side 2" count as one). The repeated-line rule follows the usual header/footer detection in
/// document-layout analysis (e.g. Lin, "Header and footer extraction by page association", 2003), kept simple:
/// position band plus normalised text. A running header or footer sits in the band consistently: a repeated line
/// counts only when its whole block lies in the band (a paragraph that merely begins or ends there is body text) and
/// when the same masked line seldom stands in the body of other pages (a decision line "Vedtak: … sak 10 …" that
/// recurs mid-page is text, also where it falls at the top or foot of a page), and
/// a page without images never loses all its body text to the repeated-line rule: the repeated lines that recur on the
/// fewest pages stay body (an overflow page holding only a case's last line, "Vedtak: … sak 10 …", keeps it while the
/// footer on every page goes; an image page's body is in the image and is read by OCR).
/// </summary>
public static partial class FurnitureDetector
{
    /// <summary>Share of the page height at the top and at the bottom where headers, footers and page numbers sit.</summary>
    public const double MarginBand = 0.12;

    /// <summary>
    /// A repeated line is furniture only when it stands in the margin band on at least this many times as many pages
    /// as it stands in the body (a document title that also heads the first page's text is still a running header).
    /// </summary>
    private const int BodyTolerance = 10;

    internal static IReadOnlyList<ExtractedPage> Separate(IReadOnlyList<RawPage> pages)
    {
        // Pages where each masked line stands outside the margin band: a header or footer does not recur in the body.
        var inBody = pages
            .SelectMany(p => p.Blocks.SelectMany(b => b.Lines).Where(l => !InMargin(l, p)).Select(l => (Page: p.Number, Key: Mask(l.Text))))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Page).Distinct().Count(), StringComparer.Ordinal);
        var repeated = pages
            .SelectMany(p => p.Blocks.Where(b => InMargin(b, p)).SelectMany(b => b.Lines).Select(l => (Page: p.Number, Key: Mask(l.Text), Text: l.Text.Trim())))
            .Where(x => x.Key.Length > 0)
            .GroupBy(x => x.Key)
            .Where(g => Running(g.Select(x => (x.Page, x.Text)).ToList()))
            .Select(g => (g.Key, Pages: g.Select(x => x.Page).Distinct().Count()))
            .Where(g => g.Pages >= Math.Max(2, (int)Math.Ceiling(pages.Count * 0.25))
                && inBody.GetValueOrDefault(g.Key) * BodyTolerance <= g.Pages)
            .ToDictionary(g => g.Key, g => g.Pages, StringComparer.Ordinal);

        return pages.Select(p =>
        {
            var pageNumbers = new HashSet<TextLine>(ReferenceEqualityComparer.Instance);
            var running = new HashSet<TextLine>(ReferenceEqualityComparer.Instance);
            foreach (var block in p.Blocks)
            {
                var blockInMargin = InMargin(block, p);
                foreach (var line in block.Lines.Where(l => InMargin(l, p)))
                {
                    // A footer carrying the page number ("Referat brukerutvalget 21.11.2024   Side 1 av 1", "Brukerutvalget
                    // ved Sykehuset X   Side 1" on this page 1) is furniture on any page, a one-page paper's too.
                    if (IsPageNumber(line.Text) || (blockInMargin && (PageOfRegex().IsMatch(line.Text) || EndsWithOwnPageNumber(line.Text, p.Number))))
                    {
                        pageNumbers.Add(line);
                    }
                    else if (blockInMargin && repeated.ContainsKey(Mask(line.Text)))
                    {
                        running.Add(line);
                    }
                }
            }

            var lineCount = p.Blocks.Sum(b => b.Lines.Count);
            if (p.ImageCount == 0 && running.Count > 0 && pageNumbers.Count + running.Count == lineCount)
            {
                // All text would go: the lines that recur on the fewest pages are the least like a running header.
                var rarest = running.Min(l => repeated[Mask(l.Text)]);
                running.RemoveWhere(l => repeated[Mask(l.Text)] == rarest);
            }

            var furniture = new List<TextLine>();
            var blocks = new List<TextBlock>();
            foreach (var block in p.Blocks)
            {
                var body = new List<TextLine>();
                foreach (var line in block.Lines)
                {
                    if (pageNumbers.Contains(line) || running.Contains(line))
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
                Rules = p.Rules,
            };
        }).ToList();
    }

    /// <summary>
    /// Whether lines that are alike with their digits masked run as a header or footer: the same text on two pages
    /// ("Møteprotokoll Formannskapet 13.02.2024"), or a text that carries its page's number ("Nordvåg kommune –
    /// Kommunestyret 3") or a page number ("… Side 4 av 6", counted from another first page too). A line whose number
    /// changes from page to page without being the page's number is a heading of that page's text: "Sak 41/22" over
    /// one case paper, "Sak 42/22" over the next.
    /// </summary>
    private static bool Running(IReadOnlyList<(int Page, string Text)> lines)
    {
        if (lines.Select(l => l.Text).Distinct(StringComparer.Ordinal).Count() < lines.Select(l => l.Page).Distinct().Count())
        {
            return true;
        }

        return lines.All(l => PageWordRegex().IsMatch(l.Text)
            || DigitsRegex().Matches(l.Text).Any(d => d.Value == l.Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [GeneratedRegex(@"\b(?:side|page)\s*\d{1,4}\s*(?:av|of|/)\s*\d{1,4}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageOfRegex();

    // "Side 3 av 9", "side 3", "Page 3", "s. 3" inside a longer footer line (pages counted from another first page too).
    [GeneratedRegex(@"\b(?:side|page|s\.)\s*\d{1,4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex PageWordRegex();

    private static bool EndsWithOwnPageNumber(string text, int page) =>
        PageAtEndRegex().Match(text) is { Success: true } m
        && m.Groups[1].Value == page.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // "… Side 3", "… Page 3" closing a footer line.
    [GeneratedRegex(@"\b(?:side|page)\s*(\d{1,4})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageAtEndRegex();

    /// <summary>True for a bare page number: "4", "1/4", "1 / 4", "Side 2", "side 2 av 5", "- 3 -", "Page 3 of 9".</summary>
    public static bool IsPageNumber(string text) => PageNumberRegex().IsMatch(text.Trim());

    private static bool InMargin(TextLine line, RawPage page) =>
        page.Height > 0 && (line.Bottom > page.Height * (1 - MarginBand) || line.Top < page.Height * MarginBand);

    private static bool InMargin(TextBlock block, RawPage page) => block.Lines.Count > 0 && block.Lines.All(l => InMargin(l, page));

    private static string Mask(string text) => DigitsRegex().Replace(text.Trim().ToLowerInvariant(), "#");

    [GeneratedRegex(@"^(?:(?:side|s\.|page)\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:/|av|of)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberRegex();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsRegex();
}

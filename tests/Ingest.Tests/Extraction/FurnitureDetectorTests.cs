using NorPreM.Ingest.Extraction;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NorPreM.Ingest.Tests.Extraction;

public sealed class FurnitureDetectorTests
{
    private const string Footer = "NorPreM-radet - referatarkiv";
    private const string Running = "Radet drøftet genetisk testing, helseregistre og kunstig intelligens i diagnostikk.";

    private static string Decision(int page) => $"Vedtak: Radet tar saken nummer {page * 5} til orientering.";

    /// <summary>
    /// An archive where a case's text overflows: odd pages are full of text from the top margin down, even pages
    /// hold only the decision line that did not fit, at the top.
    /// </summary>
    private static readonly Lazy<ExtractedDocument> Overflowing = new(() => Archive(n => n % 2 == 1
        ? Paragraph(760, 90)
        : [(Decision(n), 760)]));

    /// <summary>
    /// An archive where each case ends with its decision: in the middle of odd pages, alone at the foot of even pages.
    /// </summary>
    private static readonly Lazy<ExtractedDocument> DecisionsAtTheFoot = new(() => Archive(n =>
        [.. Paragraph(760, 400), (Decision(n), n % 2 == 1 ? 370 : 70)]));

    private static IEnumerable<(string Text, double Y)> Paragraph(double top, double bottom)
    {
        for (var y = top; y > bottom; y -= 12.75)
        {
            yield return (Running, y);
        }
    }

    /// <summary>Eight generated pages with the given body lines, each with a running footer and a page number.</summary>
    private static ExtractedDocument Archive(Func<int, IEnumerable<(string Text, double Y)>> body)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var n = 1; n <= 8; n++)
        {
            var page = builder.AddPage(PageSize.Letter);
            foreach (var (text, y) in body(n))
            {
                page.AddText(text, 11, new PdfPoint(72, y), font);
            }

            page.AddText(Footer, 9, new PdfPoint(72, 40), font);
            page.AddText($"{n}", 9, new PdfPoint(300, 22), font);
        }

        return new PdfPigTextExtractor().Extract(builder.Build(), "arkiv.pdf");
    }

    [Fact]
    public void APageNeverLosesItsOnlyBodyLineToFurnitureRemoval()
    {
        foreach (var page in Overflowing.Value.Pages.Where(p => p.Number % 2 == 0))
        {
            Assert.Equal(Decision(page.Number), page.Text.Trim());
        }
    }

    [Fact]
    public void BodyTextThatBeginsInTheTopMarginIsNotARunningHeader()
    {
        foreach (var page in Overflowing.Value.Pages.Where(p => p.Number % 2 == 1))
        {
            Assert.DoesNotContain(page.Furniture, l => l.Text.Contains("drøftet"));
            Assert.StartsWith(Running, page.Text);
        }
    }

    [Fact]
    public void ALineThatAlsoStandsInTheBodyOfOtherPagesIsNotARunningFooter()
    {
        foreach (var page in DecisionsAtTheFoot.Value.Pages)
        {
            Assert.EndsWith(Decision(page.Number), page.Text.Trim());
        }
    }

    [Fact]
    public void RunningFootersAndPageNumbersStayFurniture()
    {
        foreach (var page in Overflowing.Value.Pages.Concat(DecisionsAtTheFoot.Value.Pages))
        {
            Assert.DoesNotContain(Footer, page.Text);
            Assert.Contains(page.Furniture, l => l.Text == Footer);
            Assert.Contains(page.Furniture, l => l.Text == $"{page.Number}");
        }
    }
}

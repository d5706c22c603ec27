using System.Text.RegularExpressions;
using NorPreM.Ingest.Extraction;

namespace NorPreM.Ingest.Structure.Layout;

/// <summary>
/// Turns extracted lines into <see cref="LayoutRow"/>s. A cell break is a horizontal gap wider than
/// <see cref="CellGapFactor"/> times the font size: the same whitespace-gap rule pdftotext's layout mode uses to keep
/// table columns apart. Lines without word boxes (and plain text, for tests and robustness) fall back to splitting at
/// tabs or runs of two or more spaces, with a nominal character width.
/// </summary>
public static partial class LayoutReader
{
    /// <summary>Gap between words, in multiples of the font size, that separates two cells.</summary>
    public const double CellGapFactor = 1.6;

    /// <summary>Nominal width of one character when positions must be derived from plain text.</summary>
    public const double NominalCharWidth = 5.5;

    /// <summary>Rows of every page of an extracted document.</summary>
    public static IReadOnlyList<LayoutPage> Read(ExtractedDocument document) =>
        document.Pages.Select(ReadPage).ToList();

    /// <summary>Rows of one extracted page.</summary>
    public static LayoutPage ReadPage(ExtractedPage page)
    {
        var rows = Rows(page, []);
        // A table whose cells are set close together: where three or more rows open a cell at the same place, a word
        // starting there after more than a word space opens that column's cell in the other rows too ("… bestilling av
        // reiser  telefon beholdes …" under "Tema | Konklusjon").
        var columns = rows.SelectMany(r => r.Cells.Skip(1)).GroupBy(c => Math.Round(c.Left / 3))
            .Where(g => g.Count() >= 3).Select(g => g.Average(c => c.Left)).ToList();
        if (columns.Count > 0)
        {
            rows = Rows(page, columns);
        }

        var furniture = page.Furniture.Select(l => ToRow(page.Number, l, blockStart: true)).OfType<LayoutRow>().ToList();
        var width = page.Width > 0 ? page.Width : 595;
        return new LayoutPage(page.Number, width, rows, furniture);
    }

    /// <summary>
    /// Rows from plain layout text (as <c>pdftotext -layout</c> prints it): pages separated by form feeds, cells by
    /// two or more spaces or a tab, a blank line marking a block start. Used by tests and for text-only input.
    /// </summary>
    public static IReadOnlyList<LayoutPage> FromLayoutText(string text)
    {
        var pages = new List<LayoutPage>();
        var pageTexts = text.Replace("\r\n", "\n").Split('\f');
        for (var p = 0; p < pageTexts.Length; p++)
        {
            if (p == pageTexts.Length - 1 && pageTexts[p].Trim().Length == 0 && p > 0)
            {
                break;
            }

            var rows = new List<LayoutRow>();
            var blank = true;
            var lines = pageTexts[p].Split('\n');
            var top = 800.0;
            var maxLength = lines.Length == 0 ? 0 : lines.Max(l => l.Length);
            foreach (var line in lines)
            {
                top -= 14;
                if (line.Trim().Length == 0)
                {
                    blank = true;
                    top -= 6;
                    continue;
                }

                rows.Add(TextRow(p + 1, line, 0, top, 11, bold: false, blockStart: blank));
                blank = false;
            }

            pages.Add(new LayoutPage(p + 1, Math.Max(595, maxLength * NominalCharWidth), rows, []));
        }

        return pages;
    }

    private static List<LayoutRow> Rows(ExtractedPage page, IReadOnlyList<double> columns)
    {
        var rows = new List<LayoutRow>();
        foreach (var block in page.Blocks)
        {
            for (var i = 0; i < block.Lines.Count; i++)
            {
                if (ToRow(page.Number, block.Lines[i], blockStart: i == 0, columns, page.Rules) is { } row)
                {
                    rows.Add(row);
                }
            }
        }

        return rows;
    }

    /// <summary>
    /// Whether a drawn vertical line stands in the gap between two words at their height: a bordered table's cell
    /// border separates cells however narrow the padding beside it.
    /// </summary>
    private static bool Ruled(IReadOnlyList<VerticalRule>? rules, Word before, Word after)
    {
        if (rules is not { Count: > 0 })
        {
            return false;
        }

        var middle = (Math.Min(before.Bottom, after.Bottom) + Math.Max(before.Top, after.Top)) / 2;
        return rules.Any(r => r.X >= before.Right - 0.5 && r.X <= after.Left + 0.5 && r.Bottom <= middle && r.Top >= middle);
    }

    private static LayoutRow? ToRow(int page, TextLine line, bool blockStart, IReadOnlyList<double>? columns = null, IReadOnlyList<VerticalRule>? rules = null)
    {
        if (string.IsNullOrWhiteSpace(line.Text))
        {
            return null;
        }

        if (line.Words.Count == 0)
        {
            return TextRow(page, line.Text, line.Left, line.Top, line.FontSize > 0 ? line.FontSize : 11, line.Bold, blockStart, line.Bottom);
        }

        var words = line.Words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderBy(w => w.Left).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var groups = new List<List<Word>> { new() { words[0] } };
        for (var i = 1; i < words.Count; i++)
        {
            var size = Math.Max(4, Math.Max(words[i].FontSize, words[i - 1].FontSize));
            var gap = words[i].Left - words[i - 1].Right;
            if (gap > CellGapFactor * size || (columns is { Count: > 0 } && gap > 0.6 * size && columns.Any(x => Math.Abs(words[i].Left - x) <= 2))
                || (gap > 0 && Ruled(rules, words[i - 1], words[i])))
            {
                groups.Add([]);
            }

            groups[^1].Add(words[i]);
        }

        // The OCR repair stage corrects TextLine.Text and leaves the word boxes as the text layer had them, so the
        // cells take their text from the line and only their position from the boxes: token by token when the counts
        // agree, else column by column (the extractor writes a column gap as a tab), else the whole line as one cell.
        List<LayoutCell> cells;
        var tokens = line.Text.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var pieces = line.Text.Split('\t').Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
        if (tokens.Length == words.Count)
        {
            var k = 0;
            cells = groups.Select(g => new LayoutCell(string.Join(" ", g.Select(_ => tokens[k++])), g[0].Left, g[^1].Right)).ToList();
        }
        else if (pieces.Length == groups.Count)
        {
            cells = groups.Select((g, i) => new LayoutCell(Text.Paragraphs.Normalise(pieces[i]), g[0].Left, g[^1].Right)).ToList();
        }
        else
        {
            cells = [new LayoutCell(Text.Paragraphs.Normalise(line.Text), words[0].Left, words[^1].Right)];
        }

        var fontSize = line.FontSize > 0 ? line.FontSize : words.Average(w => w.FontSize);
        return new LayoutRow(page, cells, line.Top, line.Bottom, fontSize, line.Bold, blockStart);
    }

    private static LayoutRow TextRow(int page, string text, double left, double top, double fontSize, bool bold, bool blockStart, double? bottom = null)
    {
        var cells = new List<LayoutCell>();
        foreach (Match m in CellRegex().Matches(text))
        {
            var cellLeft = left + (m.Index * NominalCharWidth);
            cells.Add(new LayoutCell(m.Value.Trim(), cellLeft, cellLeft + (m.Value.Trim().Length * NominalCharWidth)));
        }

        return new LayoutRow(page, cells, top, bottom ?? top - fontSize, fontSize, bold, blockStart);
    }

    // A cell: non-space text in which single spaces may occur, ended by a tab, two spaces or the line end.
    [GeneratedRegex(@"[^\s](?:[^\t ]| (?! )(?=[^\t ]))*")]
    private static partial Regex CellRegex();
}

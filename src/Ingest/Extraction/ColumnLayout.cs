using UglyToad.PdfPig.Content;
using PdfWord = UglyToad.PdfPig.Content.Word;

namespace NorPreM.Ingest.Extraction;

/// <summary>
/// Finds pages set in two columns of running text (newsletters, reports, some annual plans) and gives their words in
/// reading order: down the left column, then down the right one, with lines that span both columns (titles,
/// full-width paragraphs) separating the column runs. A page is two-column only when a vertical gutter free of words
/// runs down the middle part of the text area and the lines on both sides fill their column, as prose does; a table
/// (labels beside values, names beside organisations) has short cells and stays read row by row, left to right.
/// This is a narrow form of the whitespace-gutter analysis of Breuel ("Two geometric algorithms for layout analysis",
/// 2002), kept to one gutter, which is what office documents use.
/// </summary>
internal static class ColumnLayout
{
    /// <summary>Fewer words than this are never split into columns.</summary>
    public const int MinWords = 40;

    /// <summary>The gutter is looked for between these shares of the text area's width.</summary>
    private const double GutterFrom = 0.3, GutterTo = 0.7;

    /// <summary>Share of a side's lines that must reach close to the gutter (left) or the right edge (right) to count as prose.</summary>
    private const double FilledShare = 0.5;

    /// <summary>The words in reading order, as runs to be cut into lines separately; one run when the page has one column.</summary>
    public static IReadOnlyList<IReadOnlyList<PdfWord>> ReadingOrder(IReadOnlyList<PdfWord> words)
    {
        var horizontal = words.Where(w => w.TextOrientation is TextOrientation.Horizontal).ToList();
        if (horizontal.Count < MinWords || FindGutter(horizontal) is not var (from, to))
        {
            return [words];
        }

        // The gutter's line: the middle of its stretch crossed by the fewest words (a long column line may reach into
        // the band, never across it). Words that cross that line, and every word on their line, span both columns.
        var gutter = GutterLine(horizontal, from, to);
        (from, to) = (gutter, gutter);
        var crossing = horizontal.Where(w => w.BoundingBox.Left < gutter && w.BoundingBox.Right > gutter).ToList();
        var spans = Merge(crossing.Select(w => (Top: w.BoundingBox.Top, Bottom: w.BoundingBox.Bottom)));
        bool Spanning(PdfWord w) => spans.Any(s => Overlap(w, s) > 0.5 * Math.Min(w.BoundingBox.Height, s.Top - s.Bottom));

        var columnWords = horizontal.Where(w => !Spanning(w)).ToList();
        var left = columnWords.Where(w => w.BoundingBox.Right <= from).ToList();
        var right = columnWords.Where(w => w.BoundingBox.Left >= to).ToList();
        var textLeft = horizontal.Min(w => w.BoundingBox.Left);
        var textRight = horizontal.Max(w => w.BoundingBox.Right);
        if (!IsProse(left, edge: from, width: from - textLeft)
            || !IsProse(right, edge: textRight, width: textRight - to))
        {
            return [words];
        }

        // Slices of the page between spanning lines, top down: left column, right column, then the spanning line.
        var runs = new List<IReadOnlyList<PdfWord>>();
        for (var k = 0; k <= spans.Count; k++)
        {
            double upper = k == 0 ? double.MaxValue : spans[k - 1].Bottom, lower = k == spans.Count ? double.MinValue : spans[k].Top;
            bool InSlice(PdfWord w) => w.BoundingBox.Top <= upper + 0.1 && w.BoundingBox.Bottom >= lower - 0.1;
            runs.Add(left.Where(InSlice).ToList());
            runs.Add(right.Where(InSlice).ToList());
            if (k < spans.Count)
            {
                var span = spans[k];
                runs.Add(horizontal.Where(w => Spanning(w) && Overlap(w, span) > 0).ToList());
            }
        }

        var rotated = words.Where(w => w.TextOrientation is not TextOrientation.Horizontal).ToList();
        if (rotated.Count > 0)
        {
            runs.Add(rotated);
        }

        return runs.Where(r => r.Count > 0).ToList();
    }

    /// <summary>The widest band of x free of words in the middle part of the text area, when wider than the font size.</summary>
    private static (double From, double To)? FindGutter(IReadOnlyList<PdfWord> words)
    {
        var textLeft = words.Min(w => w.BoundingBox.Left);
        var textRight = words.Max(w => w.BoundingBox.Right);
        var width = textRight - textLeft;
        var size = Median(words.Select(w => w.Letters.Count > 0 ? w.Letters[0].PointSize : w.BoundingBox.Height));
        // A few words may cross: the title or a full-width paragraph.
        var allowed = Math.Max(1, words.Count / 40);
        (double From, double To)? best = null;
        double? runStart = null;
        for (var x = textLeft + GutterFrom * width; x <= textLeft + GutterTo * width + 1; x += 1)
        {
            var free = x <= textLeft + GutterTo * width && words.Count(w => w.BoundingBox.Left < x && w.BoundingBox.Right > x) <= allowed;
            if (free)
            {
                runStart ??= x;
                continue;
            }

            if (runStart is { } start && x - start > (best is { } b ? b.To - b.From : 0))
            {
                best = (start, x - 1);
            }

            runStart = null;
        }

        return best is { } g && g.To - g.From >= Math.Max(6, 0.8 * size) ? g : null;
    }

    private static double GutterLine(IReadOnlyList<PdfWord> words, double from, double to)
    {
        int Crossing(double x) => words.Count(w => w.BoundingBox.Left < x && w.BoundingBox.Right > x);
        var xs = Enumerable.Range(0, (int)(to - from) + 1).Select(i => from + i).ToList();
        var counts = xs.Select(Crossing).ToList();
        var fewest = counts.Min();
        var (bestStart, bestLength, start) = (0, 0, -1);
        for (var i = 0; i <= xs.Count; i++)
        {
            if (i < xs.Count && counts[i] == fewest)
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0 && i - start > bestLength)
            {
                (bestStart, bestLength) = (start, i - start);
            }

            start = -1;
        }

        return xs[bestStart] + (bestLength - 1) / 2.0;
    }

    /// <summary>
    /// True when a side holds running text: at least five lines, and most of them reach within a quarter of the
    /// column's width of its right edge (prose fills its column; table cells mostly do not).
    /// </summary>
    private static bool IsProse(IReadOnlyList<PdfWord> side, double edge, double width)
    {
        if (side.Count < MinWords / 4 || width <= 0)
        {
            return false;
        }

        var lines = LineBuilder.BuildLines(side);
        if (lines.Count < 5)
        {
            return false;
        }

        var filled = lines.Count(l => l.Right >= edge - 0.25 * width);
        return filled >= FilledShare * lines.Count;
    }

    private static List<(double Top, double Bottom)> Merge(IEnumerable<(double Top, double Bottom)> spans)
    {
        var merged = new List<(double Top, double Bottom)>();
        foreach (var s in spans.OrderByDescending(s => s.Top))
        {
            if (merged.Count > 0 && s.Top >= merged[^1].Bottom)
            {
                merged[^1] = (merged[^1].Top, Math.Min(merged[^1].Bottom, s.Bottom));
            }
            else
            {
                merged.Add(s);
            }
        }

        return merged;
    }

    private static double Overlap(PdfWord w, (double Top, double Bottom) span) =>
        Math.Min(w.BoundingBox.Top, span.Top) - Math.Max(w.BoundingBox.Bottom, span.Bottom);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => v > 0).OrderBy(v => v).ToList();
        return sorted.Count == 0 ? 10 : sorted[sorted.Count / 2];
    }
}

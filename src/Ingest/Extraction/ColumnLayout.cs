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
        if (horizontal.Count < MinWords || FindGutter(horizontal) is not { } gutter)
        {
            return [words];
        }

        // Words that cross the gutter line, and every word on their line, span both columns; so do two words of one line
        // that face each other across the gutter at less than a column gap (a full-width heading whose word space
        // happens to fall on the gutter line: "Årsmelding 2024 for det | regionale NorPreM-rådet").
        var crossing = horizontal.Where(w => w.BoundingBox.Left < gutter && w.BoundingBox.Right > gutter)
            .Concat(WordsJoinedAcross(horizontal, gutter))
            .ToList();
        // A title that wraps goes on below its spanning line in the same larger size ("… NorPreM-" / "rådet i Helse Nord").
        var bodySize = Median(horizontal.Select(FontSize));
        var continued = crossing.Where(w => FontSize(w) > bodySize + 1).SelectMany(w => horizontal.Where(v =>
            Math.Abs(FontSize(v) - FontSize(w)) < 0.5 && v.BoundingBox.Top < w.BoundingBox.Bottom
            && w.BoundingBox.Bottom - v.BoundingBox.Top < 0.8 * w.BoundingBox.Height)).ToList();
        crossing.AddRange(continued);
        var spans = Merge(crossing.Select(w => (Top: w.BoundingBox.Top, Bottom: w.BoundingBox.Bottom)));
        bool Spanning(PdfWord w) => spans.Any(s => Overlap(w, s) > 0.5 * Math.Min(w.BoundingBox.Height, s.Top - s.Bottom));

        var columnWords = horizontal.Where(w => !Spanning(w)).ToList();
        var left = columnWords.Where(w => w.BoundingBox.Right <= gutter).ToList();
        var right = columnWords.Where(w => w.BoundingBox.Left >= gutter).ToList();
        var textLeft = horizontal.Min(w => w.BoundingBox.Left);
        var textRight = horizontal.Max(w => w.BoundingBox.Right);
        if (!IsProse(left, edge: gutter, width: gutter - textLeft)
            || !IsProse(right, edge: textRight, width: textRight - gutter)
            || RowsAligned(left, right))
        {
            return [words];
        }

        // Slices of the page between spanning lines, top down: left column, right column, then the spanning line.
        var runs = new List<IReadOnlyList<PdfWord>>();
        for (var k = 0; k <= spans.Count; k++)
        {
            double upper = k == 0 ? double.MaxValue : spans[k - 1].Bottom, lower = k == spans.Count ? double.MinValue : spans[k].Top;
            bool InSlice(PdfWord w) => w.BoundingBox.Top <= upper + 0.1 && w.BoundingBox.Bottom >= lower - 0.1;
            var leftSlice = left.Where(InSlice).ToList();
            var rightSlice = right.Where(InSlice).ToList();
            runs.Add(leftSlice);
            runs.Add(rightSlice);
            if (k < spans.Count)
            {
                var span = spans[k];
                var spanning = horizontal.Where(w => Spanning(w) && Overlap(w, span) > 0).ToList();
                // Spanning lines with no column text between them (a title over two lines) are one run, so one block.
                if (k > 0 && leftSlice.Count == 0 && rightSlice.Count == 0 && runs.Count >= 3 && runs[^3] is List<PdfWord> above)
                {
                    above.AddRange(spanning);
                }
                else
                {
                    runs.Add(spanning);
                }
            }
        }

        var rotated = words.Where(w => w.TextOrientation is not TextOrientation.Horizontal).ToList();
        if (rotated.Count > 0)
        {
            runs.Add(rotated);
        }

        return runs.Where(r => r.Count > 0).ToList();
    }

    /// <summary>
    /// Words on either side of the gutter line that belong to one line of text: on the same baseline, and nearer to each
    /// other than the narrowest gutter <see cref="FindGutter"/> accepts (a word space rather than a column gap).
    /// </summary>
    private static IEnumerable<PdfWord> WordsJoinedAcross(IReadOnlyList<PdfWord> words, double gutter)
    {
        foreach (var left in words.Where(w => w.BoundingBox.Right <= gutter))
        {
            var size = FontSize(left);
            if (gutter - left.BoundingBox.Right > MinGutter(size))
            {
                continue;
            }

            foreach (var right in words.Where(w => w.BoundingBox.Left >= gutter && w.BoundingBox.Left - left.BoundingBox.Right < MinGutter(size)))
            {
                var overlap = Math.Min(left.BoundingBox.Top, right.BoundingBox.Top) - Math.Max(left.BoundingBox.Bottom, right.BoundingBox.Bottom);
                if (overlap > 0.5 * Math.Min(left.BoundingBox.Height, right.BoundingBox.Height))
                {
                    yield return left;
                    yield return right;
                }
            }
        }
    }

    /// <summary>The narrowest gap between columns: wider than a word space of the font, and at least 6 points.</summary>
    private static double MinGutter(double fontSize) => Math.Max(6, 0.8 * fontSize);

    private static double FontSize(PdfWord w) => w.Letters.Count > 0 ? w.Letters[0].PointSize : w.BoundingBox.Height;

    /// <summary>
    /// The gutter line, when there is one: the widest band of x (in the middle part of the text area, wider than the
    /// font size) that at most a few words cross (a title or a full-width paragraph), and inside it the middle of the
    /// stretch crossed by the fewest words (a long column line may reach into the band, never across it).
    /// </summary>
    private static double? FindGutter(IReadOnlyList<PdfWord> words)
    {
        var textLeft = words.Min(w => w.BoundingBox.Left);
        var width = words.Max(w => w.BoundingBox.Right) - textLeft;
        var size = Median(words.Select(FontSize));
        var from = textLeft + GutterFrom * width;
        var crossings = Crossings(words, from, (int)((GutterTo - GutterFrom) * width) + 1);
        var allowed = Math.Max(1, words.Count / 40);
        var (bandStart, bandLength) = LongestRun(crossings, 0, crossings.Length, c => c <= allowed);
        if (bandLength == 0 || bandLength - 1 < MinGutter(size))
        {
            return null;
        }

        var fewest = crossings.Skip(bandStart).Take(bandLength).Min();
        var (start, length) = LongestRun(crossings, bandStart, bandLength, c => c == fewest);
        return from + start + (length - 1) / 2.0;
    }

    /// <summary>
    /// For each x = <paramref name="from"/> + i (i below <paramref name="count"/>), how many words lie across it (left
    /// edge before x, right edge after it). Each word adds one to the range of x it covers and the counts are a running
    /// sum, so the cost is words plus positions, not their product; the range ends are found with the same comparisons.
    /// </summary>
    private static int[] Crossings(IReadOnlyList<PdfWord> words, double from, int count)
    {
        var steps = new int[count + 1];
        foreach (var w in words)
        {
            var (left, right) = (w.BoundingBox.Left, w.BoundingBox.Right);
            var first = (int)Math.Clamp(Math.Floor(left - from), 0, count);
            while (first < count && !(from + first > left))
            {
                first++;
            }

            while (first > 0 && from + (first - 1) > left)
            {
                first--;
            }

            var end = (int)Math.Clamp(Math.Ceiling(right - from), first, count);
            while (end > first && !(from + (end - 1) < right))
            {
                end--;
            }

            while (end < count && from + end < right)
            {
                end++;
            }

            if (end > first)
            {
                steps[first]++;
                steps[end]--;
            }
        }

        var crossings = new int[count];
        var running = 0;
        for (var i = 0; i < count; i++)
        {
            running += steps[i];
            crossings[i] = running;
        }

        return crossings;
    }

    /// <summary>The first longest run of consecutive values within [from, from + count) that satisfy the test.</summary>
    private static (int Start, int Length) LongestRun(int[] values, int from, int count, Func<int, bool> test)
    {
        var (bestStart, bestLength, start) = (from, 0, -1);
        for (var i = from; i <= from + count; i++)
        {
            if (i < from + count && test(values[i]))
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

        return (bestStart, bestLength);
    }

    /// <summary>
    /// True when a side holds running text: at least five lines in its body size, and most of them reach within a
    /// quarter of the column's width of its right edge (prose fills its column; table cells mostly do not).
    /// </summary>
    private static bool IsProse(IReadOnlyList<PdfWord> side, double edge, double width)
    {
        if (side.Count < MinWords / 4 || width <= 0)
        {
            return false;
        }

        // Only lines in the side's body size count: headings (and the wrapped rest of a full-width title) are short by nature.
        var all = LineBuilder.BuildLines(side);
        var bodySize = all.Count == 0 ? 0 : all.GroupBy(l => Math.Round(l.FontSize)).OrderByDescending(g => g.Sum(l => l.Words.Count)).First().Key;
        var lines = all.Where(l => Math.Abs(l.FontSize - bodySize) <= 1).ToList();
        if (lines.Count < 5)
        {
            return false;
        }

        var filled = lines.Count(l => l.Right >= edge - 0.25 * width);
        return filled >= FilledShare * lines.Count;
    }

    /// <summary>
    /// True when the two sides are the columns of one table whose cells wrap like prose (an item and its decision, "46/24
    /// Ny ordning … | Brukerutvalget ber om …"): the right side's paragraphs begin on the baselines where paragraphs of the
    /// left side begin, row by row. Two columns of running text break their paragraphs independently.
    /// </summary>
    private static bool RowsAligned(IReadOnlyList<PdfWord> left, IReadOnlyList<PdfWord> right)
    {
        var leftStarts = ParagraphStarts(LineBuilder.BuildLines(left));
        var rightStarts = ParagraphStarts(LineBuilder.BuildLines(right));
        if (rightStarts.Count < 3)
        {
            return false;
        }

        var aligned = rightStarts.Count(r => leftStarts.Any(l => Math.Abs(l - r) <= 1.5));
        return aligned >= 0.75 * rightStarts.Count;
    }

    /// <summary>The baselines of lines that open a paragraph: the first line, and a line set well below the one above it.</summary>
    private static List<double> ParagraphStarts(IReadOnlyList<TextLine> lines)
    {
        var ordered = lines.OrderByDescending(l => l.Bottom).ToList();
        var starts = new List<double>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var height = Math.Max(1, ordered[i].FontSize);
            if (i == 0 || ordered[i - 1].Bottom - ordered[i].Bottom > 1.5 * 1.2 * height)
            {
                starts.Add(ordered[i].Bottom);
            }
        }

        return starts;
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

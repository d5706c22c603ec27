using UglyToad.PdfPig.Content;

namespace NorPreM.Ingest.Extraction;

/// <summary>
/// Groups words into lines and lines into blocks. Lines: words whose vertical extents overlap by more than half the
/// smaller height share a line, read left to right (so table rows read left to right, as the corpus README asks).
/// Blocks: a new block starts where the gap to the previous line exceeds <see cref="BlockGapFactor"/> line heights,
/// or the font size changes markedly (headings). This is the classic whitespace-gap heuristic used by
/// pdftotext and by PdfPig's own XY-cut segmenter, simplified for office documents; a two-column page is first cut
/// into column runs by <see cref="ColumnLayout"/>, each built into lines and blocks on its own.
/// </summary>
public static class LineBuilder
{
    /// <summary>Vertical gap, in multiples of the line height, that separates two blocks.</summary>
    public const double BlockGapFactor = 0.9;

    /// <summary>Horizontal gap, in multiples of the font size, rendered as a column break (two spaces are kept as one tab).</summary>
    public const double ColumnGapFactor = 2.5;

    internal static IReadOnlyList<TextLine> BuildLines(IReadOnlyList<UglyToad.PdfPig.Content.Word> words)
    {
        var sorted = words
            .Where(w => w.TextOrientation is TextOrientation.Horizontal)
            .OrderByDescending(w => w.BoundingBox.Top)
            .ThenBy(w => w.BoundingBox.Left)
            .ToList();
        var lines = new List<LineAccumulator>();
        foreach (var word in sorted)
        {
            // Words come top-down, so only the most recent lines can still overlap this word vertically.
            LineAccumulator? target = null;
            for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - 4; i--)
            {
                if (lines[i].Overlaps(word))
                {
                    target = lines[i];
                    break;
                }
            }

            if (target is null)
            {
                lines.Add(new LineAccumulator(word));
            }
            else
            {
                target.Add(word);
            }
        }

        // Rotated words (stamps, margin notes) become lines of their own, after the horizontal text.
        var rotated = words.Where(w => w.TextOrientation is not TextOrientation.Horizontal)
            .GroupBy(w => (w.TextOrientation, Math.Round(w.BoundingBox.Left / 5)))
            .Select(g => g.ToList());

        return lines
            .Select(l => ToLine(l.Words.OrderBy(w => w.BoundingBox.Left).ToList()))
            .OrderByDescending(l => l.Top)
            .ThenBy(l => l.Left)
            .Concat(rotated.Select(r => ToLine(r)))
            .ToList();
    }

    /// <summary>A line being built, with its running vertical extent.</summary>
    private sealed class LineAccumulator(UglyToad.PdfPig.Content.Word first)
    {
        public List<UglyToad.PdfPig.Content.Word> Words { get; } = [first];
        private double _top = first.BoundingBox.Top;
        private double _bottom = first.BoundingBox.Bottom;

        public void Add(UglyToad.PdfPig.Content.Word word)
        {
            Words.Add(word);
            _top = Math.Max(_top, word.BoundingBox.Top);
            _bottom = Math.Min(_bottom, word.BoundingBox.Bottom);
        }

        /// <summary>True when the word overlaps the line by more than half the smaller height.</summary>
        public bool Overlaps(UglyToad.PdfPig.Content.Word word)
        {
            var overlap = Math.Min(_top, word.BoundingBox.Top) - Math.Max(_bottom, word.BoundingBox.Bottom);
            var smaller = Math.Min(_top - _bottom, word.BoundingBox.Height);
            return smaller > 0 && overlap > 0.5 * smaller;
        }
    }

    /// <summary>
    /// Writes the typographic ligatures of the Unicode block "Alphabetic Presentation Forms" (U+FB00–FB06: ﬀ, ﬁ, ﬂ, ﬃ,
    /// ﬄ, ﬅ, ﬆ) as their letters. Word processors and browsers set "fi", "fl", "ff" as one glyph and many fonts map the
    /// glyph to the ligature character, so without this "ﬂere", "eﬀektiv" and "ﬁnansiering" could not be found as
    /// "flere", "effektiv" and "finansiering".
    /// </summary>
    public static string ExpandLigatures(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uFB00', '\uFB06') < 0)
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }

    private static TextLine ToLine(IReadOnlyList<UglyToad.PdfPig.Content.Word> words)
    {
        var mapped = words.Select(w =>
        {
            var letter = w.Letters.Count > 0 ? w.Letters[0] : null;
            return new Word(
                ExpandLigatures(w.Text),
                w.BoundingBox.Left,
                w.BoundingBox.Bottom,
                w.BoundingBox.Right,
                w.BoundingBox.Top,
                letter?.PointSize ?? w.BoundingBox.Height,
                letter?.FontName ?? "");
        }).ToList();
        var text = TextOf(mapped);
        var fontSize = mapped.Count == 0 ? 0 : mapped.GroupBy(w => Math.Round(w.FontSize, 1)).OrderByDescending(g => g.Count()).First().Key;
        var bold = mapped.Count > 0 && mapped.All(w => w.FontName.Contains("Bold", StringComparison.OrdinalIgnoreCase));
        return new TextLine(
            text,
            mapped,
            mapped.Count == 0 ? 0 : mapped.Min(w => w.Left),
            mapped.Count == 0 ? 0 : mapped.Min(w => w.Bottom),
            mapped.Count == 0 ? 0 : mapped.Max(w => w.Right),
            mapped.Count == 0 ? 0 : mapped.Max(w => w.Top),
            fontSize,
            bold);
    }

    /// <summary>Whether the gap between two words of a line is a column break (a table cell boundary), not a space.</summary>
    internal static bool IsColumnGap(Word left, Word right) =>
        right.Left - left.Right > ColumnGapFactor * Math.Max(4, right.FontSize);

    /// <summary>A line's text from its words in reading order: a tab at a column break, a space elsewhere.</summary>
    internal static string TextOf(IReadOnlyList<Word> words)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                text.Append(IsColumnGap(words[i - 1], words[i]) ? '\t' : ' ');
            }

            text.Append(words[i].Text);
        }

        return text.ToString();
    }

    /// <summary>Splits lines (already in reading order) into blocks at large vertical gaps or font-size changes.</summary>
    public static IReadOnlyList<TextBlock> BuildBlocks(IReadOnlyList<TextLine> lines)
    {
        var blocks = new List<TextBlock>();
        var current = new List<TextLine>();
        TextLine? previous = null;
        foreach (var line in lines)
        {
            if (previous is not null && StartsNewBlock(previous, line))
            {
                blocks.Add(new TextBlock(current));
                current = [];
            }

            current.Add(line);
            previous = line;
        }

        if (current.Count > 0)
        {
            blocks.Add(new TextBlock(current));
        }

        return blocks.Select(UnstretchJustifiedLines).ToList();
    }

    /// <summary>
    /// In a justified column a short line is stretched to the right margin, and its widened spaces can exceed
    /// <see cref="ColumnGapFactor"/>, so <see cref="TextOf"/> took them for cell boundaries ("NorPreM\tarrangerer\tkurs").
    /// Three signs of justification, taken together, turn such a line's tabs back into spaces: the block is set
    /// justified (besides this line, another line that is not the block's last ends at the same right edge); the line
    /// is stretched evenly (justification widens every space of a line by the same amount, whereas a table row's cell
    /// gap stands out from the spaces inside its cells); and the stretch is smaller than the next line's first word
    /// (had that word fitted, the line would have held it: this is how a line breaker fills justified lines, Knuth and
    /// Plass 1981). Label/value rows ("Saksbehandler:\tKari Nordmann") fail at least one of these and keep their tabs.
    /// </summary>
    private static TextBlock UnstretchJustifiedLines(TextBlock block)
    {
        var lines = block.Lines;
        if (lines.Count < 3 || !lines.Any(l => l.Text.Contains('\t')))
        {
            return block;
        }

        var right = lines.Max(l => l.Right);
        var tolerance = Math.Max(1.0, 0.15 * lines.Max(l => l.FontSize));
        bool ReachesMargin(TextLine line) => right - line.Right <= tolerance;
        var flushLines = lines.Take(lines.Count - 1).Count(ReachesMargin);
        if (flushLines < 2)
        {
            return block;
        }

        var result = new List<TextLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var stretched = i < lines.Count - 1 && line.Text.Contains('\t') && ReachesMargin(line)
                            && IsEvenlyStretched(line.Words, lines[i + 1].Words);
            result.Add(stretched ? line with { Text = string.Join(' ', line.Words.Select(w => w.Text)) } : line);
        }

        return new TextBlock(result);
    }

    /// <summary>
    /// Whether a line's gaps are all about equally wide and their total widening over a normal space is less than
    /// the next line's first word and a space.
    /// </summary>
    private static bool IsEvenlyStretched(IReadOnlyList<Word> words, IReadOnlyList<Word> next)
    {
        if (words.Count < 2 || next.Count == 0)
        {
            return false;
        }

        var gaps = words.Zip(words.Skip(1), (a, b) => b.Left - a.Right).ToList();
        if (gaps.Min() <= 0 || gaps.Max() > 1.5 * gaps.Min())
        {
            return false;
        }

        var space = NormalSpaceFactor * words.Average(w => w.FontSize);
        var stretch = gaps.Sum(g => g - space);
        var nextWord = next[0].Right - next[0].Left;
        return stretch < nextWord + space;
    }

    /// <summary>Width of a normal word space in multiples of the font size (0.25–0.33 in common text fonts; the upper end, so stretch is not overstated).</summary>
    private const double NormalSpaceFactor = 0.33;

    private static bool StartsNewBlock(TextLine previous, TextLine line)
    {
        var height = Math.Max(previous.Top - previous.Bottom, line.Top - line.Bottom);
        var gap = previous.Bottom - line.Top;
        if (gap < -height)
        {
            return true; // went back up the page: a new column or a rotated stamp
        }

        var sizeChange = previous.FontSize > 0 && line.FontSize > 0 && Math.Abs(previous.FontSize - line.FontSize) > 1.5;
        return gap > BlockGapFactor * height || sizeChange || previous.Bold != line.Bold;
    }
}

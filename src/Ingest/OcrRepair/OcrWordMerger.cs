using NorPreM.Ingest.Extraction;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// Takes the letters from a re-OCR and keeps the layout of the text layer. For each text-layer line, the OCR
/// lines lying on it (by their boxes) are lined up with it word by word, and a text-layer word is replaced by
/// the OCR word when the two differ only by confusions of the <see cref="ConfusionModel"/> ("fagdirektgrmgte" and
/// "fagdirektørmøte"). Everything else (line breaks, blocks, numbers, bullets, footnote marks) stays as the text
/// layer had it, so downstream parsing sees the same lines whether or not an OCR engine was there.
/// </summary>
public sealed class OcrWordMerger(ConfusionModel confusions)
{
    /// <summary>Confidence recorded for a word taken from the OCR.</summary>
    public const double OcrConfidence = 0.95;

    /// <summary>
    /// Replaces confusable words of <paramref name="lines"/> by their OCR readings from <paramref name="ocr"/>.
    /// Returns the new line texts (same count) and the replacements.
    /// </summary>
    public CorrectedText Merge(IReadOnlyList<TextLine> lines, IReadOnlyList<TextBlock> ocr)
    {
        var ocrLines = ocr.SelectMany(b => b.Lines).ToList();
        var result = new string[lines.Count];
        var repairs = new List<LineRepair>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            result[i] = line.Text;
            var over = ocrLines.Where(o => Overlaps(line, o)).OrderBy(o => o.Left).ToList();
            if (over.Count == 0)
            {
                continue;
            }

            var ocrWords = over.SelectMany(o => WordTokenizer.Tokenize(o.Text)).Select(t => t.Text).ToList();
            var tokens = WordTokenizer.Tokenize(line.Text);
            var match = Align(tokens.Select(t => t.Text).ToList(), ocrWords);
            var builder = new System.Text.StringBuilder(line.Text.Length + 8);
            var position = 0;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (match[k] < 0)
                {
                    continue;
                }

                var before = tokens[k].Text;
                var after = ocrWords[match[k]];
                if (before == after || !Confusable(before, after))
                {
                    continue;
                }

                builder.Append(line.Text, position, tokens[k].Start - position);
                repairs.Add(new LineRepair(i, builder.Length, before, after, OcrConfidence));
                builder.Append(after);
                position = tokens[k].End;
            }

            builder.Append(line.Text, position, line.Text.Length - position);
            result[i] = builder.ToString();
        }

        return new CorrectedText(result, repairs);
    }

    /// <summary>True when the OCR line lies on the text-layer line: most of the smaller height overlaps.</summary>
    private static bool Overlaps(TextLine a, TextLine b)
    {
        var vertical = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
        var horizontal = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
        var height = Math.Min(a.Top - a.Bottom, b.Top - b.Bottom);
        return height > 0 && vertical >= 0.5 * height && horizontal > 0;
    }

    /// <summary>
    /// True when <paramref name="written"/> turns into <paramref name="read"/> by undoing at least one confusion and
    /// nothing else (letters compared without case).
    /// </summary>
    public bool Confusable(string written, string read)
    {
        var w = written.ToLowerInvariant();
        var r = read.ToLowerInvariant();
        return Match(w, 0, r, 0, 0);
    }

    private bool Match(string w, int i, string r, int j, int edits)
    {
        if (i == w.Length || j == r.Length)
        {
            return i == w.Length && j == r.Length && edits > 0;
        }

        if (w[i] == r[j] && Match(w, i + 1, r, j + 1, edits))
        {
            return true;
        }

        foreach (var c in confusions.StartingWith(w[i]))
        {
            if (c.Intended == r[j] && w.AsSpan(i).StartsWith(c.Observed, StringComparison.Ordinal)
                && Match(w, i + c.Observed.Length, r, j + 1, edits + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Word alignment by edit distance (a word matches when equal or confusable); -1 for unmatched.</summary>
    private int[] Align(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var n = a.Count;
        var m = b.Count;
        var cost = new int[n + 1, m + 1];
        for (var x = 0; x <= n; x++)
        {
            cost[x, 0] = x;
        }

        for (var y = 0; y <= m; y++)
        {
            cost[0, y] = y;
        }

        for (var x = 1; x <= n; x++)
        {
            for (var y = 1; y <= m; y++)
            {
                var same = Same(a[x - 1], b[y - 1]) ? 0 : 2;
                cost[x, y] = Math.Min(cost[x - 1, y - 1] + same, Math.Min(cost[x - 1, y] + 1, cost[x, y - 1] + 1));
            }
        }

        var match = Enumerable.Repeat(-1, n).ToArray();
        int p = n, q = m;
        while (p > 0 && q > 0)
        {
            var same = Same(a[p - 1], b[q - 1]);
            if (same && cost[p, q] == cost[p - 1, q - 1])
            {
                match[p - 1] = q - 1;
                p--;
                q--;
            }
            else if (cost[p, q] == cost[p - 1, q] + 1)
            {
                p--;
            }
            else if (cost[p, q] == cost[p, q - 1] + 1)
            {
                q--;
            }
            else
            {
                p--;
                q--;
            }
        }

        return match;
    }

    private bool Same(string x, string y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase) || Confusable(x, y);
}

using NorPreM.Core.Lexicon;
using NorPreM.Ingest.Extraction;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// Takes the letters from a re-OCR and keeps the layout of the text layer. For each text-layer line, the OCR
/// lines lying on it (by their boxes) are lined up with it word by word, and a text-layer word is replaced by
/// the OCR word when the two differ only by confusions of the <see cref="ConfusionModel"/> ("fagdirektgrmgte" and
/// "fagdirektørmøte"), or when the OCR read a lexicon word close to a layer word no lexicon knows ("Sr" and "år",
/// "dregftet" and "drøftet", "0g" and "og"). Everything else (line breaks, blocks, numbers, bullets, footnote marks)
/// stays as the text layer had it, so downstream parsing sees the same lines whether or not an OCR engine was there.
/// </summary>
/// <param name="confusions">The misreadings of Norwegian letters an English-configured OCR makes.</param>
/// <param name="isWord">
/// Whether a lower-cased word is a lexicon word or compound (bokmål or nynorsk); null: no lexicon, and only confusable
/// words are taken.
/// </param>
public sealed class OcrWordMerger(ConfusionModel confusions, Func<string, bool>? isWord = null)
{
    /// <summary>Confidence recorded for a word taken from an OCR that gave no confidence of its own.</summary>
    public const double OcrConfidence = 0.95;

    /// <summary>
    /// Highest confidence of a taken word no lexicon knows (a name: "Øvrebø" for "Ovrebg@", but also "Håkkinen" for
    /// "Hakkinen", where the Norwegian model read a Finnish "ä" as "å"). Same cap as the corrector's
    /// <see cref="NoisyChannelCorrector.UnlistedRepairConfidence"/>.
    /// </summary>
    public const double UnlistedConfidence = NoisyChannelCorrector.UnlistedRepairConfidence;

    /// <summary>
    /// Least OCR confidence (0..1) for taking a lexicon word that is not a plain confusion of the layer's word; below
    /// it the OCR is as unsure as the layer.
    /// </summary>
    public const double MinCloseWordConfidence = 0.6;

    /// <summary>
    /// Replaces confusable words of <paramref name="lines"/> by their OCR readings from <paramref name="ocr"/>.
    /// Returns the new line texts (same count) and the replacements, each with the OCR's confidence in the word it
    /// read (capped at <see cref="UnlistedConfidence"/> for a word no lexicon knows).
    /// </summary>
    public CorrectedText Merge(IReadOnlyList<TextLine> lines, IReadOnlyList<TextBlock> ocr)
    {
        var ocrLines = ocr.SelectMany(b => b.Lines).ToList();
        var result = new string[lines.Count];
        var repairs = new List<LineRepair>();
        var unread = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            result[i] = line.Text;
            var over = ocrLines.Where(o => Overlaps(line, o)).OrderBy(o => o.Left).ToList();
            if (over.Count == 0)
            {
                unread.Add(i);
                continue;
            }

            var ocrWords = over.SelectMany(OcrTokens).ToList();
            var tokens = WordTokenizer.Tokenize(line.Text);
            var match = Align(tokens.Select(t => t.Text).ToList(), ocrWords.Select(w => w.Text).ToList());
            var builder = new System.Text.StringBuilder(line.Text.Length + 8);
            var position = 0;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (match[k] < 0)
                {
                    continue;
                }

                var before = tokens[k].Text;
                var (after, read) = ocrWords[match[k]];
                if (before == after || Take(before, after, read) is not { } confidence)
                {
                    continue;
                }

                builder.Append(line.Text, position, tokens[k].Start - position);
                repairs.Add(new LineRepair(i, builder.Length, before, after, confidence));
                builder.Append(after);
                position = tokens[k].End;
            }

            builder.Append(line.Text, position, line.Text.Length - position);
            result[i] = builder.ToString();
        }

        return new CorrectedText(result, repairs) { Unread = unread };
    }

    /// <summary>
    /// The confidence with which the OCR's <paramref name="read"/> word replaces the layer's <paramref name="written"/>,
    /// or null to keep the layer's word. <paramref name="ocrConfidence"/> is the OCR's own confidence in the word.
    /// </summary>
    public double? Take(string written, string read, double ocrConfidence)
    {
        if (!read.Any(char.IsLetter) || read.Any(char.IsDigit))
        {
            return null;
        }

        var readLower = read.ToLowerInvariant();
        var readValid = isWord?.Invoke(readLower);
        if (Confusable(written, read))
        {
            // The OCR saw the letter on the page; a reading no lexicon knows (a name: "Sørå", "Grønbæk") is taken
            // too, but may be the engine's own guess at a foreign letter ("Håkkinen" for "Häkkinen").
            return readValid == false ? Math.Min(ocrConfidence, UnlistedConfidence) : ocrConfidence;
        }

        if (readValid != true || ocrConfidence < MinCloseWordConfidence || !Close(written, read))
        {
            return null;
        }

        var writtenLower = written.ToLowerInvariant();
        if (isWord!(writtenLower) || !writtenLower.Any(char.IsLetter) || NumberedLabel(writtenLower))
        {
            return null; // a word or a number of its own ("1a", "4"), not a misreading
        }

        return ocrConfidence;
    }

    /// <summary>
    /// True when the two words are a few letter edits apart: at most two, or a third of the OCR word's length
    /// ("Sr"/"år", "R&amp;dsmediem"/"Rådsmedlem", "Iann"/"lønn").
    /// </summary>
    private static bool Close(string written, string read)
    {
        var limit = Math.Max(2, read.Length / 3);
        return Math.Abs(written.Length - read.Length) <= limit
            && EditDistance.Levenshtein(written.ToLowerInvariant(), read.ToLowerInvariant()) <= limit;
    }

    /// <summary>
    /// A number with a letter ("12a", "3b"): an item or paragraph label, not a misread word. Nothing is numbered from
    /// zero, so "0g" is the "og" an English OCR misread.
    /// </summary>
    private static bool NumberedLabel(string lower) =>
        lower.Length >= 2 && lower[0] != '0' && char.IsLetter(lower[^1]) && lower[..^1].All(char.IsDigit);

    /// <summary>The word runs of an OCR line, each with the confidence of the OCR word it comes from.</summary>
    private static IEnumerable<(string Text, double Confidence)> OcrTokens(TextLine line)
    {
        if (line.Words.Count == 0)
        {
            return WordTokenizer.Tokenize(line.Text).Select(t => (t.Text, OcrConfidence));
        }

        return line.Words.SelectMany(w => WordTokenizer.Tokenize(w.Text).Select(t => (t.Text, w.Confidence ?? OcrConfidence)));
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

    /// <summary>
    /// Word alignment by edit distance: equal or confusable words line up for free, words a few letters apart at a
    /// cost below a deletion and an insertion, others not at all; -1 for an unmatched word.
    /// </summary>
    private int[] Align(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var n = a.Count;
        var m = b.Count;
        var cost = new int[n + 1, m + 1];
        var pair = new int[n + 1, m + 1];
        for (var x = 0; x <= n; x++)
        {
            cost[x, 0] = 2 * x;
        }

        for (var y = 0; y <= m; y++)
        {
            cost[0, y] = 2 * y;
        }

        for (var x = 1; x <= n; x++)
        {
            for (var y = 1; y <= m; y++)
            {
                pair[x, y] = Same(a[x - 1], b[y - 1]) ? 0 : Close(a[x - 1], b[y - 1]) ? 3 : 5;
                cost[x, y] = Math.Min(cost[x - 1, y - 1] + pair[x, y], Math.Min(cost[x - 1, y] + 2, cost[x, y - 1] + 2));
            }
        }

        var match = Enumerable.Repeat(-1, n).ToArray();
        int p = n, q = m;
        while (p > 0 && q > 0)
        {
            if (pair[p, q] < 5 && cost[p, q] == cost[p - 1, q - 1] + pair[p, q])
            {
                match[p - 1] = q - 1;
                p--;
                q--;
            }
            else if (cost[p, q] == cost[p - 1, q] + 2)
            {
                p--;
            }
            else
            {
                q--;
            }
        }

        return match;
    }

    private bool Same(string x, string y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase) || Confusable(x, y);
}

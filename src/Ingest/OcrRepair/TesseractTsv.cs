using System.Globalization;
using NorPreM.Ingest.Extraction;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// Turns Tesseract's TSV output (one row per page, block, paragraph, line and word, with pixel boxes and per-word
/// confidence; see the Tesseract manual, "tsv" config) into blocks of lines in PDF points. A Tesseract paragraph
/// becomes a <see cref="TextBlock"/>, a Tesseract line a <see cref="TextLine"/>. Words read with confidence below
/// <see cref="MinConfidence"/> that hold no letter or digit (specks read as "®" or "~") are dropped.
/// </summary>
public static class TesseractTsv
{
    /// <summary>Words below this confidence (0..100) are dropped unless they contain a letter or digit.</summary>
    public const double MinConfidence = 30;

    /// <summary>Parses TSV text; the page row gives the image size used to scale boxes to the page.</summary>
    public static IReadOnlyList<TextBlock> Parse(string tsv, double pageWidth, double pageHeight)
    {
        var rows = tsv.Split('\n');
        double imageWidth = 0, imageHeight = 0;
        var lines = new List<(int Block, int Par, int Line, List<(string Text, double L, double T, double W, double H, double C)> Words)>();
        foreach (var raw in rows)
        {
            var row = raw.TrimEnd('\r');
            var cols = row.Split('\t');
            if (cols.Length < 12 || !int.TryParse(cols[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
            {
                continue; // header or blank
            }

            var left = Number(cols[6]);
            var top = Number(cols[7]);
            var width = Number(cols[8]);
            var height = Number(cols[9]);
            if (level == 1)
            {
                imageWidth = width;
                imageHeight = height;
                continue;
            }

            if (level != 5)
            {
                continue;
            }

            var text = string.Join('\t', cols.Skip(11)).Trim();
            var confidence = Number(cols[10]);
            if (text.Length == 0 || (confidence < MinConfidence && !text.Any(char.IsLetterOrDigit)))
            {
                continue;
            }

            var key = ((int)Number(cols[2]), (int)Number(cols[3]), (int)Number(cols[4]));
            if (lines.Count == 0 || (lines[^1].Block, lines[^1].Par, lines[^1].Line) != key)
            {
                lines.Add((key.Item1, key.Item2, key.Item3, []));
            }

            lines[^1].Words.Add((text, left, top, width, height, Math.Clamp(confidence / 100.0, 0, 1)));
        }

        if (imageWidth <= 0 || imageHeight <= 0)
        {
            throw new OcrEngineException("Tesseract returned no page row in its TSV output.");
        }

        var sx = pageWidth / imageWidth;
        var sy = pageHeight / imageHeight;
        var blocks = new List<TextBlock>();
        var current = new List<TextLine>();
        (int, int)? currentKey = null;
        foreach (var line in lines)
        {
            if (currentKey != (line.Block, line.Par) && current.Count > 0)
            {
                blocks.Add(new TextBlock(current));
                current = [];
            }

            currentKey = (line.Block, line.Par);
            var words = line.Words.Select(w => new Word(
                w.Text,
                w.L * sx,
                pageHeight - (w.T + w.H) * sy,
                (w.L + w.W) * sx,
                pageHeight - w.T * sy,
                w.H * sy,
                "ocr") { Confidence = w.C }).ToList();
            var lineHeight = line.Words.Max(w => w.H) * sy;
            current.Add(new TextLine(
                string.Join(' ', words.Select(w => w.Text)),
                words,
                words.Min(w => w.Left),
                words.Min(w => w.Bottom),
                words.Max(w => w.Right),
                words.Max(w => w.Top),
                Math.Round(lineHeight, 1),
                false));
        }

        if (current.Count > 0)
        {
            blocks.Add(new TextBlock(current));
        }

        return blocks;
    }

    private static double Number(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
}

using System.Text.RegularExpressions;
using NorPreM.Ingest.Extraction;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// Footnote reference marks misread by OCR. A superscript "1" or "2" is small and raised, and OCR engines without a
/// superscript model read it as the punctuation it resembles: "!" for 1, "?" for 2 ("etablert på oppdrag fra Helse-
/// og omsorgsdepartementet! og skal ha …", "Det etableres NorPreM-råd? i hver helseregion"). The text layer of such a
/// scan gives the mark the word's own box and size, so geometry cannot tell it; the text can, when three things hold
/// together: the mark is glued to a word, the sentence goes on in lower case after it (a real "!" or "?" ends a
/// sentence), and the page has a footnote of that number (a row set clearly smaller than the body text that starts
/// with the number). Such marks are removed from the text, so the word is found as written ("omsorgsdepartementet");
/// the footnote itself stays where the page has it. Each removal is a <see cref="LineRepair"/> from the mark to "".
/// </summary>
public static partial class FootnoteMarks
{
    /// <summary>Confidence given to a removed mark: the three conditions rarely hold by chance.</summary>
    public const double Confidence = 0.9;

    /// <summary>A footnote row is set at most this share of the page's body font size.</summary>
    private const double FootnoteSizeRatio = 0.85;

    [GeneratedRegex(@"^(?<n>[1-9])\s+\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteRow();

    // A mark glued to a word of at least two lower-case letters, followed by a lower-case word or by the line's end.
    [GeneratedRegex(@"(?<=\p{Ll}{2})(?<mark>[!?])(?=\s+\p{Ll}|$)", RegexOptions.CultureInvariant)]
    private static partial Regex GluedMark();

    /// <summary>The footnote number an OCR misreading of a superscript stands for, or 0.</summary>
    private static int NumberOf(char mark) => mark switch
    {
        '!' => 1,
        '?' => 2,
        _ => 0,
    };

    /// <summary>
    /// Removes footnote marks from <paramref name="lines"/> (the page's lines in order, as repaired so far, parallel
    /// to <paramref name="layout"/>, which gives their font sizes). Repairs already made on a line are moved to the
    /// left when a mark before them is removed; the removals are added to them.
    /// </summary>
    public static (IReadOnlyList<string> Lines, IReadOnlyList<LineRepair> Repairs) Remove(
        IReadOnlyList<TextLine> layout, IReadOnlyList<string> lines, IReadOnlyList<LineRepair> repairs)
    {
        if (layout.Count != lines.Count || lines.Count == 0)
        {
            return (lines, repairs);
        }

        var bodySize = BodyFontSize(layout, lines);
        if (bodySize <= 0)
        {
            return (lines, repairs);
        }

        var footnotes = new HashSet<int>();
        var footnoteLines = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var match = FootnoteRow().Match(lines[i]);
            if (match.Success && layout[i].FontSize > 0 && layout[i].FontSize <= FootnoteSizeRatio * bodySize)
            {
                footnotes.Add(match.Groups["n"].Value[0] - '0');
                footnoteLines.Add(i);
            }
        }

        if (footnotes.Count == 0)
        {
            return (lines, repairs);
        }

        var newLines = lines.ToList();
        var newRepairs = repairs.ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (footnoteLines.Contains(i) || layout[i].FontSize <= FootnoteSizeRatio * bodySize)
            {
                continue;
            }

            var marks = GluedMark().Matches(lines[i])
                .Where(m => footnotes.Contains(NumberOf(m.Value[0])))
                .Where(m => m.Index + 1 < lines[i].Length || ContinuesInLowerCase(lines, footnoteLines, i))
                .Select(m => m.Index)
                .ToList();
            if (marks.Count == 0)
            {
                continue;
            }

            // Right to left, so the offsets of the marks still to remove stay valid.
            var text = lines[i];
            foreach (var at in marks.OrderDescending())
            {
                var mark = text[at].ToString();
                text = text.Remove(at, 1);
                for (var r = 0; r < newRepairs.Count; r++)
                {
                    if (newRepairs[r].Line == i && newRepairs[r].Start > at)
                    {
                        newRepairs[r] = newRepairs[r] with { Start = newRepairs[r].Start - 1 };
                    }
                }

                newRepairs.Add(new LineRepair(i, at, mark, "", Confidence));
            }

            newLines[i] = text;
        }

        return (newLines, newRepairs.OrderBy(r => r.Line).ThenBy(r => r.Start).ToList());
    }

    /// <summary>Whether the next body line starts with a lower-case letter (the sentence goes on).</summary>
    private static bool ContinuesInLowerCase(IReadOnlyList<string> lines, HashSet<int> footnoteLines, int line)
    {
        var next = line + 1;
        if (next >= lines.Count || footnoteLines.Contains(next))
        {
            return false;
        }

        var text = lines[next].TrimStart();
        return text.Length > 0 && char.IsLower(text[0]);
    }

    /// <summary>The font size that most of the page's characters are set in.</summary>
    private static double BodyFontSize(IReadOnlyList<TextLine> layout, IReadOnlyList<string> lines) =>
        layout.Select((l, i) => (Size: Math.Round(l.FontSize, 1), Chars: lines[i].Length))
            .Where(x => x.Size > 0)
            .GroupBy(x => x.Size)
            .Select(g => (Size: g.Key, Chars: g.Sum(x => x.Chars)))
            .OrderByDescending(x => x.Chars)
            .Select(x => x.Size)
            .FirstOrDefault();
}

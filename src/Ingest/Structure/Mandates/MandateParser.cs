using System.Text.RegularExpressions;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Recognition;
using NorPreM.Ingest.Structure.Splitting;
using NorPreM.Ingest.Structure.Text;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Mandates;

/// <summary>Parses one mandate part.</summary>
public interface IMandateParser
{
    /// <summary>The mandate, with warnings; null when the part has no text.</summary>
    (MandateRecord Mandate, IReadOnlyList<string> Warnings)? Parse(SplitPart part, IReadOnlyList<LayoutRow> rows, string documentId, string? council);
}

/// <summary>
/// Reads a mandate: the title block (the rows at the top of the first page set larger than the body), section headings
/// (single short rows set larger than the body, or bold; known mandate headings also in plain text), numbered and
/// bulleted points with their continuation rows (indented further than the marker), footnotes (small rows at the foot
/// of a page starting with their number), the approval sentence ("Mandatet er godkjent i det interregionale
/// fagdirektørmøtet 18 mars 2024") and the reporting lines (<see cref="ReportingLineExtractor"/>). Scanned mandates
/// carry an OCR layer: bullets read as "e"/"o" are recognised as bullets, and specks read as lone characters are dropped.
/// </summary>
public sealed partial class MandateParser : IMandateParser
{
    /// <summary>Headings mandates commonly use, recognised even where font sizes are unknown.</summary>
    public static readonly IReadOnlySet<string> KnownHeadings = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Bakgrunn", "Formål", "Mandat", "Oppgaver", "Organisering", "Organisering og rapportering", "Sammensetning",
        "Informasjon", "Finansiering", "Rapportering", "Godkjenning", "Godkjenning av mandat", "Varighet", "Møter",
        "Sekretariat", "Nettverksoppgaver", "Ansvar og oppgaver",
    };

    /// <inheritdoc />
    public (MandateRecord Mandate, IReadOnlyList<string> Warnings)? Parse(SplitPart part, IReadOnlyList<LayoutRow> rows, string documentId, string? council)
    {
        var warnings = new List<string>();
        var body = rows.Where(r => !IsSpeck(r)).ToList();
        if (body.Count == 0)
        {
            return null;
        }

        var bodySize = Median(body.Select(r => r.FontSize));
        var titleRows = new List<LayoutRow>();
        var index = 0;
        while (index < body.Count && index < 6 && body[index].Page == body[0].Page && bodySize > 0 && body[index].FontSize >= 1.25 * bodySize)
        {
            titleRows.Add(body[index]);
            index++;
        }

        var title = titleRows.Count switch
        {
            0 => part.Part.Title,
            1 => titleRows[0].Text,
            _ => titleRows[0].Text + " – " + Paragraphs.Join(titleRows.Skip(1).Select(r => r.Text)),
        };

        // Footnotes: the run of rows set clearly smaller than the body at the foot of a page.
        var footnoteRows = new HashSet<LayoutRow>();
        foreach (var pageRows in body.Skip(index).GroupBy(r => r.Page))
        {
            foreach (var row in pageRows.Reverse())
            {
                if (bodySize <= 0 || row.FontSize >= 0.85 * bodySize)
                {
                    break;
                }

                footnoteRows.Add(row);
            }
        }

        var content = body.Skip(index).Where(r => !footnoteRows.Contains(r)).ToList();
        var footnotes = body.Where(footnoteRows.Contains).ToList();
        var sections = new List<(string Heading, int Page, List<LayoutRow> Rows)>();
        for (var i = 0; i < content.Count; i++)
        {
            var row = content[i];
            if (IsHeading(content, i, bodySize))
            {
                sections.Add((row.Text.Trim().TrimEnd(':'), row.Page, []));
                continue;
            }

            if (sections.Count == 0)
            {
                sections.Add(("", row.Page, []));
            }

            sections[^1].Rows.Add(row);
        }

        var records = sections.Select(s => ToSection(s.Heading, s.Page, s.Rows)).ToList();
        var allText = string.Join("\n", records.Select(s => s.Text));
        var sentences = records.SelectMany(s => s.Text.Split('\n').SelectMany(ReportingLineExtractor.Sentences))
            .Distinct()
            .ToList();

        var (approval, approvedBy, approvedOn) = FindApproval(records);
        var record = new MandateRecord
        {
            DocumentId = documentId,
            Title = title,
            Council = CouncilRecogniser.Recognise(title, allText) ?? council,
            Approval = approval,
            ApprovedBy = approvedBy,
            ApprovedByCouncil = CouncilRecogniser.FromTitle(approvedBy),
            ApprovedOn = approvedOn,
            Body = string.Join("\n\n", records.Select(s => s.Heading.Length > 0 ? s.Heading + "\n" + s.Text : s.Text)),
            Sections = records,
            ReportingLines = ReportingLineExtractor.Extract(sentences),
            Footnotes = footnotes.Select(r => r.Text).ToList(),
            Pages = Enumerable.Range(part.Part.FirstPage, part.Part.LastPage - part.Part.FirstPage + 1).ToList(),
        };
        if (approval is null)
        {
            warnings.Add("Fant ingen setning om når og av hvem mandatet ble godkjent.");
        }

        return (record, warnings);
    }

    private static MandateSection ToSection(string heading, int page, List<LayoutRow> rows)
    {
        var points = new List<(string Label, double Left, List<string> Lines)>();
        var paragraphs = new List<List<string>>();
        double? paragraphLeft = rows.Count == 0 ? null : rows.Where(r => MarkerRegex().Match(r.Text) is not { Success: true }).Select(r => r.Left).DefaultIfEmpty(rows[0].Left).Min();
        var inPoint = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var marker = MarkerRegex().Match(row.Text);
            if (!marker.Success && inPoint && points.Count > 0 && points[^1].Label == "•" && Math.Abs(row.Left - points[^1].Left) < 4)
            {
                // An OCR bullet ("e", "o") before a word in lower case, aligned with the bullets above it.
                marker = OcrBulletRegex().Match(row.Text);
            }

            if (marker.Success && (marker.Groups["n"].Success || marker.Groups["b"].Success || (paragraphLeft is { } pl && row.Left > pl + 6)))
            {
                var label = marker.Groups["n"].Success ? marker.Groups["n"].Value : "•";
                points.Add((label, row.Left, [row.Text[marker.Length..].Trim()]));
                paragraphs.Add([$"{(label == "•" ? "•" : label + ".")} {row.Text[marker.Length..].Trim()}"]);
                inPoint = true;
                continue;
            }

            if (inPoint && points.Count > 0 && row.Left > points[^1].Left + 6)
            {
                points[^1].Lines.Add(row.Text);
                paragraphs[^1].Add(row.Text);
                continue;
            }

            if (inPoint && points.Count > 0 && i > 0 && rows[i - 1].Page != row.Page && !EndsSentence(points[^1].Lines[^1]) && !row.BlockStart)
            {
                // A point running over a page break.
                points[^1].Lines.Add(row.Text);
                paragraphs[^1].Add(row.Text);
                continue;
            }

            inPoint = false;
            var startsParagraph = paragraphs.Count == 0 || (row.BlockStart && EndsSentence(rows[i - 1].Text)) || MarkerRegex().IsMatch(rows[i - 1].Text) && row.Left <= (paragraphLeft ?? 0) + 2;
            if (startsParagraph)
            {
                paragraphs.Add([]);
            }

            paragraphs[^1].Add(row.Text);
        }

        var text = string.Join("\n", paragraphs.Select(Paragraphs.Join).Where(p => p.Length > 0));
        return new MandateSection(heading, text, points.Select(p => new MandatePoint(p.Label, Paragraphs.Join(p.Lines))).ToList(), page);
    }

    private static (string? Approval, string? By, DateOnly? On) FindApproval(IReadOnlyList<MandateSection> sections)
    {
        var ordered = sections.OrderByDescending(s => s.Heading.Contains("godkjenning", StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var section in ordered)
        {
            foreach (var sentence in section.Text.Split('\n').SelectMany(ReportingLineExtractor.Sentences))
            {
                var m = ApprovalRegex().Match(sentence);
                if (!m.Success)
                {
                    continue;
                }

                var isMandate = m.Groups["subject"].Value.Contains("mandat", StringComparison.OrdinalIgnoreCase)
                                || section.Heading.Contains("godkjenning", StringComparison.OrdinalIgnoreCase);
                if (!isMandate)
                {
                    continue;
                }

                var date = NorwegianDates.FindDate(m.Groups["rest"].Value);
                var by = date is { } d ? m.Groups["rest"].Value[..d.Index] : m.Groups["rest"].Value;
                by = DeterminerRegex().Replace(by.Trim().TrimEnd('.', ','), "");
                return (sentence.TrimEnd('.') + (sentence.EndsWith('.') ? "." : ""), by.Length > 0 ? by : null, date?.Date);
            }
        }

        return (null, null, null);
    }

    /// <summary>
    /// A heading is a short single row that starts with a capital, has no closing punctuation, is no list item, stands
    /// after a finished sentence and before a new one, and is marked as a heading: a known mandate heading, bold, or
    /// set larger than the body. The context test matters on re-OCR'd scans, whose line heights vary a lot.
    /// </summary>
    private static bool IsHeading(IReadOnlyList<LayoutRow> rows, int index, double bodySize)
    {
        var row = rows[index];
        if (row.Cells.Count != 1)
        {
            return false;
        }

        var text = row.Text.Trim();
        if (text.Length < 3 || !char.IsUpper(text[0]) || text[^1] is '.' or ',' or ';' or ':' || text.Split(' ').Length > 10 || MarkerRegex().IsMatch(text))
        {
            return false;
        }

        var previous = index > 0 ? rows[index - 1] : null;
        var previousEnds = previous is null || EndsSentence(previous.Text) || previous.Text.TrimEnd().EndsWith('?')
                           || MarkerRegex().IsMatch(previous.Text) || previous.Left > row.Left + 6;
        var next = index + 1 < rows.Count ? rows[index + 1].Text.TrimStart() : "";
        var nextStarts = next.Length == 0 || char.IsUpper(next[0]) || char.IsDigit(next[0]) || MarkerRegex().IsMatch(next);
        if (!previousEnds || !nextStarts)
        {
            return false;
        }

        var larger = bodySize > 0 && row.FontSize >= 1.1 * bodySize;
        return KnownHeadings.Contains(text) || row.Bold || larger;
    }

    private static bool IsSpeck(LayoutRow row)
    {
        // Specks on a scan come out of OCR as a lone mark or a letter or two ("®", "o", "Q)", "Oo").
        var t = row.Text.Trim();
        return !t.Any(char.IsDigit) && !SpeckWordRegex().IsMatch(t) && t.Length <= 4;
    }

    private static bool EndsSentence(string text) => text.TrimEnd().EndsWith('.') || text.TrimEnd().EndsWith(':');

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => v > 0).OrderBy(v => v).ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    // "1. ", "2) ", a bullet, or the OCR forms of a bullet ("e ", "o " before a capital or a digit).
    [GeneratedRegex(@"^\s*(?:(?<n>\d{1,2})[.)]\s+|(?<b>[•▪●◦\-–\uF0B7])\s+|[eo»](?:\s+[—–\-])?(?=\s+[\p{Lu}\d])\s+)")]
    private static partial Regex MarkerRegex();

    [GeneratedRegex(@"^\s*[*'`.,·]?[eo•]\s+(?=\S)")]
    private static partial Regex OcrBulletRegex();

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex SpeckWordRegex();

    [GeneratedRegex(@"^(?<subject>.*?)\b(?:er|ble|blir)\s+(?:godkjent|vedtatt)\s+(?:i|av)\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ApprovalRegex();

    [GeneratedRegex(@"^(?:det|den|de)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerRegex();
}

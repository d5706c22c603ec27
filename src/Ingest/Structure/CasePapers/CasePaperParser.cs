using System.Text.RegularExpressions;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Recognition;
using NorPreM.Ingest.Structure.Splitting;
using NorPreM.Ingest.Structure.Text;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.CasePapers;

/// <summary>An attachment as listed in a case paper's "Vedlegg" cell: its number (when numbered) and title.</summary>
public sealed record ListedAttachment(int? Number, string Title);

/// <summary>A parsed case paper: the case, the attachments it lists (not yet linked to parts), and warnings.</summary>
public sealed record ParsedCasePaper(CaseRecord Case, IReadOnlyList<ListedAttachment> Attachments, IReadOnlyList<string> Warnings);

/// <summary>Parses one case paper (saksframlegg) part.</summary>
public interface ICasePaperParser
{
    /// <summary>The case, or null when neither page nor bookmark names a case number.</summary>
    ParsedCasePaper? Parse(SplitPart part, IReadOnlyList<LayoutRow> rows, string documentId, string? council);
}

/// <summary>
/// Reads a saksframlegg: the heading block ("Saksframlegg | Møte 3/2022", "Sak 28/3/2022", title), the two-column
/// header table (Type sak, Til, Fra, Saksbehandler(e), Vedlegg, Tidligere behandlet), the body sections and
/// "Forslag til vedtak". Table values that wrap continue on rows that start in the value column; the table ends at the
/// first row that is neither a label nor aligned with the values. When the heading block is missing from the text layer
/// the bookmark supplies number and title, and the meeting follows from the case number itself (case N of meeting M).
/// </summary>
public sealed partial class CasePaperParser : ICasePaperParser
{
    /// <summary>How far apart, in points, two rows may start and still count as one table column.</summary>
    private const double ColumnTolerance = 4;

    private static readonly (Regex Label, string Field)[] HeaderLabels =
    [
        (new Regex(@"^(Type\s+sak|Sakstype)\s*:?$", RegexOptions.IgnoreCase), "type"),
        (new Regex(@"^Til\s*:?$", RegexOptions.IgnoreCase), "to"),
        (new Regex(@"^Fra\s*:?$", RegexOptions.IgnoreCase), "from"),
        (new Regex(@"^(Saksbehandler(e|\(e\))?|Saksbehandlar(ar|\(ar\))?)\s*:?$", RegexOptions.IgnoreCase), "officers"),
        (new Regex(@"^Vedlegg\s*:?$", RegexOptions.IgnoreCase), "attachments"),
        (new Regex(@"^(Tidligere\s+(behandlet|behandling)|Tidlegare\s+(handsama|handsaming|behandla|behandling))\s*:?$", RegexOptions.IgnoreCase), "previous"),
        // Case number and meeting date in the table, as secretariats that number cases by year write them.
        (new Regex(@"^(Saksnr\.?|Saksnummer|Sak\s+nr\.?)\s*:?$", RegexOptions.IgnoreCase), "number"),
        (new Regex(@"^(Møtedato|Dato\s+for\s+møtet)\s*:?$", RegexOptions.IgnoreCase), "date"),
        // The paper's reference in the health authority's archive ("Arkivsak 22/01234", "Vår ref. 2022/1234-3").
        (new Regex(@"^(Arkivsak(snr\.?|snummer|\s+nr\.?)?|Arkivnr\.?|Arkivnummer|Vår\s+ref(\.|eranse)?|Vår\s+saksnr\.?)\s*:?$", RegexOptions.IgnoreCase), "archive"),
        // Rows other secretariats put in the same table; kept out of the body, not interpreted.
        (new Regex(@"^(Dato|Ansvarlig|Utvalg|Behandling|Møte|Deres\s+ref\.?|Arkivkode)\s*:?$", RegexOptions.IgnoreCase), "other"),
    ];

    /// <summary>Section headings council case papers use. Bold short rows count as headings too.</summary>
    public static readonly IReadOnlySet<string> KnownHeadings = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Bakgrunn", "Hvorfor saken fremmes", "Hovedpunkter", "Saksopplysninger", "Vurdering", "Vurderinger",
        "Konklusjon", "Sammendrag", "Oppsummering", "Videre prosess", "Videre arbeid", "Økonomiske konsekvenser",
        "Administrative konsekvenser", "Saken gjelder", "Problemstilling", "Formål", "Innledning", "Anbefaling",
        "Saksbeskrivelse", "Forslag til vedtak", "Forslag til beslutning", "Forslag til konklusjon", "Innstilling",
    };

    private static readonly IReadOnlySet<string> DecisionHeadings = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Forslag til vedtak", "Forslag til beslutning", "Forslag til konklusjon", "Innstilling",
    };

    /// <inheritdoc />
    public ParsedCasePaper? Parse(SplitPart part, IReadOnlyList<LayoutRow> rows, string documentId, string? council)
    {
        var warnings = new List<string>();
        var headerStart = -1;
        for (var i = 0; i < rows.Count && i < 12; i++)
        {
            if (LabelOf(rows[i]) is not null || InlineLabelOf(rows[i]) is not null)
            {
                headerStart = i;
                break;
            }

            if (IsKnownHeading(rows[i]))
            {
                break;
            }
        }

        // The table may open with a row whose label is the column's longest and so stands in one cell with its value.
        while (headerStart > 0 && PrefixLabelOf(rows[headerStart - 1]) is not null
               && Math.Abs(rows[headerStart - 1].Left - rows[headerStart].Left) <= ColumnTolerance)
        {
            headerStart--;
        }

        // Heading block: rows before the header table (or before the first known section heading). It counts only
        // when it names the paper ("Saksframlegg") or the case; otherwise those rows are body text.
        var headingEnd = headerStart >= 0 ? headerStart : FirstKnownHeadingIndex(rows);
        var heading = rows.Take(Math.Max(0, headingEnd)).ToList();
        string? meeting = null;
        CaseNumber? pageNumber = null;
        var titleRows = new List<string>();
        var afterNumber = false;
        var namesPaper = false;
        foreach (var row in heading)
        {
            meeting ??= CaseNumber.FindMeeting(row.Text);
            namesPaper |= row.Text.StartsWith("Saksframlegg", StringComparison.OrdinalIgnoreCase) || row.Text.StartsWith("Saksfremlegg", StringComparison.OrdinalIgnoreCase);
            var found = CaseNumber.FindAll(row.Text);
            if (pageNumber is null && found.Count > 0 && found[0].Index == 0)
            {
                pageNumber = found[0].Number;
                afterNumber = true;
                var rest = row.Text[(found[0].Index + found[0].Length)..].Trim();
                if (rest.Length > 0)
                {
                    titleRows.Add(rest);
                }

                continue;
            }

            if (afterNumber && ArchiveRowRegex().IsMatch(Cells(row)))
            {
                continue; // "Vår ref.: 2022/1234-3" under the case heading is no part of the title
            }

            if (afterNumber)
            {
                titleRows.Add(row.Text);
            }
        }

        if (pageNumber is null && !namesPaper)
        {
            headingEnd = headerStart >= 0 ? headerStart : 0;
            if (headerStart < 0)
            {
                heading.Clear();
            }
        }

        // Header table.
        var fields = new Dictionary<string, List<string>>();
        var bodyStart = Math.Max(0, headingEnd);
        if (headerStart >= 0)
        {
            string? current = null;
            double? valueColumn = null;
            var i = headerStart;
            for (; i < rows.Count; i++)
            {
                var row = rows[i];
                if (LabelOf(row) is { } label)
                {
                    current = label;
                    var list = fields.TryGetValue(label, out var l) ? l : fields[label] = [];
                    if (row.Cells.Count > 1)
                    {
                        valueColumn ??= row.Cells[1].Left;
                        list.Add(string.Join(" ", row.Cells.Skip(1).Select(c => c.Text)));
                    }

                    continue;
                }

                // A label wrapped over two rows of its cell ("Tidligere" over "behandlet:") beside a value that wraps too.
                if (i + 1 < rows.Count && WrappedLabelOf(row, rows[i + 1]) is { } wrapped)
                {
                    current = wrapped;
                    valueColumn ??= row.Cells[1].Left;
                    var list = fields.TryGetValue(wrapped, out var l) ? l : fields[wrapped] = [];
                    list.Add(string.Join(" ", row.Cells.Skip(1).Select(c => c.Text)));
                    if (rows[i + 1].Cells.Count > 1)
                    {
                        list.Add(string.Join(" ", rows[i + 1].Cells.Skip(1).Select(c => c.Text)));
                    }

                    i++;
                    continue;
                }

                // "Saksnummer: 34/23" in one cell, where the gap after the label is too narrow for a column; or
                // "Saksbehandler(e) Kari Nordmann" without a colon, in the label column: the column's longest label
                // leaves only the cell padding before its value, which is narrower than a column gap.
                var inLabelColumn = Math.Abs(row.Left - rows[headerStart].Left) <= ColumnTolerance
                                    && (valueColumn is not { } vc || row.Left < vc - ColumnTolerance);
                if ((InlineLabelOf(row) ?? (inLabelColumn ? PrefixLabelOf(row) : null)) is { } inline)
                {
                    current = inline.Field;
                    (fields.TryGetValue(inline.Field, out var l) ? l : fields[inline.Field] = []).Add(inline.Value);
                    continue;
                }

                var column = valueColumn ?? (rows[headerStart].Left + 60);
                if (current is not null && row.Left >= column - ColumnTolerance && !IsHeading(row, rows, i))
                {
                    fields[current].Add(row.Text);
                    continue;
                }

                break;
            }

            bodyStart = i;
        }

        // Papers that give the number in the table print the case heading ("Sak 34/23 Title") after it.
        if (pageNumber is null && bodyStart < rows.Count && CaseHeadings.Read(rows[bodyStart].Text) is ({ } bodyNumber, { } bodyTitle))
        {
            pageNumber = bodyNumber;
            if (bodyTitle.Length > 0 && titleRows.Count == 0)
            {
                titleRows.Add(bodyTitle);
            }

            bodyStart++;
            while (bodyStart < rows.Count && !rows[bodyStart].BlockStart && !IsHeading(rows[bodyStart], rows, bodyStart))
            {
                titleRows.Add(rows[bodyStart++].Text);
            }
        }

        // Some papers list the attachments and the earlier handling under the case heading, outside the table
        // ("Vedlegg:" over a numbered list, "Tidligere behandlet: Sak 22/24").
        bodyStart = ReadLabelsUnderHeading(rows, bodyStart, fields);

        var tableNumber = JoinField(fields, "number") is { } written && CaseNumber.TryParse("sak " + written.Trim(), out var n) ? n : null;
        var number = pageNumber ?? part.Case ?? tableNumber;
        if (number is null)
        {
            return null;
        }

        if (pageNumber is { } p && part.Case is { } o && p != o)
        {
            warnings.Add($"Saksframlegget på side {part.Part.FirstPage} har nummer {p}, men bokmerket sier {o}; sidens nummer er brukt.");
        }

        var meetingDate = JoinField(fields, "date") is { } dateText ? NorwegianDates.FindDate(dateText)?.Date : null;
        // A case numbered by year belongs to the meeting the paper names, or else to the meeting on its date.
        meeting ??= number.Value.HasMeeting || meetingDate is not { } d ? null : MeetingKeys.FromDate(d);
        var title = titleRows.Count > 0 ? Paragraphs.Join(titleRows) : part.OutlineTitle ?? part.Part.Title;
        if (meeting is not null && number.Value.MeetingKey is { } own && meeting != own)
        {
            warnings.Add($"Sak {number} står i et saksframlegg for møte {meeting}.");
        }

        // The archive reference: from the table ("Arkivsak", "Vår ref.", or a "Saksnr." that is no council case
        // number), else from a letterhead row above it ("Vår ref.: 2022/1234-3   Dato: 12.03.2024").
        var archive = new[] { JoinField(fields, "archive"), tableNumber is null ? JoinField(fields, "number") : null }
            .Select(ArchiveReference.Find)
            .Concat(rows.Take(Math.Max(0, headerStart >= 0 ? headerStart : headingEnd)).Select(r => ArchiveRowRegex().Match(Cells(r))).Where(m => m.Success)
                .Select(m => ArchiveReference.Find(m.Groups["v"].Value)))
            .FirstOrDefault(a => a is not null);
        var body = rows.Skip(bodyStart).ToList();
        var (sections, proposal) = ReadSections(body);
        var attachments = ParseAttachments(fields.GetValueOrDefault("attachments"));
        var to = JoinField(fields, "to");
        var record = new CaseRecord
        {
            Number = number.Value.ToString(),
            Title = title,
            Council = CouncilRecogniser.FromTitle(to) ?? council,
            Meeting = number.Value.MeetingKey ?? meeting,
            MeetingDate = meetingDate,
            CaseTypes = ParseCaseTypes(JoinField(fields, "type")),
            To = to,
            From = JoinField(fields, "from"),
            ArchiveReference = archive,
            CaseOfficers = SplitNames(JoinField(fields, "officers")),
            Attachments = attachments.Select(a => new AttachmentRef(a.Title, null, null)).ToList(),
            PreviouslyHandled = CaseReferences.PreviousFrom(JoinField(fields, "previous"), number.Value)
                .Concat(CaseReferences.InText(sections.Select(s => s.Text), number.Value))
                .Distinct().ToList(),
            Sections = sections,
            ProposedDecision = proposal,
            DocumentId = documentId,
            Pages = Enumerable.Range(part.Part.FirstPage, part.Part.LastPage - part.Part.FirstPage + 1).ToList(),
        };
        return new ParsedCasePaper(record, attachments, warnings);
    }

    /// <summary>Case types from a "Type sak" value: "Diskusjonssak/Vedtakssak" → both, each a word ending in "sak".</summary>
    public static IReadOnlyList<string> ParseCaseTypes(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        return CaseTypeSplitRegex().Split(value)
            .Select(t => t.Trim().TrimEnd('.'))
            .Where(t => CaseTypeRegex().IsMatch(t))
            .Select(t => char.ToUpperInvariant(t[0]) + t[1..])
            .Distinct()
            .ToList();
    }

    /// <summary>Numbered attachment items ("1. Utkast referat …", continued on the next rows) from the "Vedlegg" cell rows.</summary>
    public static IReadOnlyList<ListedAttachment> ParseAttachments(IReadOnlyList<string>? lines)
    {
        var items = new List<(int? Number, List<string> Lines)>();
        foreach (var line in lines ?? [])
        {
            var m = NumberedItemRegex().Match(line);
            if (m.Success)
            {
                items.Add((int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), [line[m.Length..]]));
            }
            else if (items.Count == 0)
            {
                items.Add((null, [line]));
            }
            else
            {
                items[^1].Lines.Add(line);
            }
        }

        return items.Select(i => new ListedAttachment(i.Number, Paragraphs.Join(i.Lines)))
            .Where(a => a.Title.Length > 0 && !NoneRegex().IsMatch(a.Title))
            .ToList();
    }

    /// <summary>
    /// Reads "label: value" paragraphs that open the body ("Vedlegg:" with its list indented or numbered below it,
    /// "Tidligere behandlet: Sak 22/24") into the header fields; returns the index of the first body row after them.
    /// </summary>
    private static int ReadLabelsUnderHeading(IReadOnlyList<LayoutRow> rows, int start, Dictionary<string, List<string>> fields)
    {
        string? current = null;
        double labelLeft = 0;
        var i = start;
        for (; i < rows.Count; i++)
        {
            var row = rows[i];
            if (LabelOf(row) is { } label)
            {
                current = label;
                labelLeft = row.Left;
                var list = fields.TryGetValue(label, out var l) ? l : fields[label] = [];
                list.AddRange(row.Cells.Skip(1).Select(c => c.Text));
                continue;
            }

            if (InlineLabelOf(row) is { } inline)
            {
                current = inline.Field;
                labelLeft = row.Left;
                (fields.TryGetValue(inline.Field, out var l) ? l : fields[inline.Field] = []).Add(inline.Value);
                continue;
            }

            // The label's paragraph wrapping, or an item of the attachment list below "Vedlegg:".
            var wraps = !row.BlockStart && row.Left >= labelLeft - ColumnTolerance;
            var listItem = current == "attachments" && row.Left >= labelLeft - ColumnTolerance && Paragraphs.IsListItem(row.Text);
            if (current is not null && (wraps || listItem) && !IsHeading(row, rows, i))
            {
                fields[current].Add(row.Text);
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>The row's cells joined by tabs, so a label can be told at the start of a cell.</summary>
    private static string Cells(LayoutRow row) => string.Join("\t", row.Cells.Select(c => c.Text.Trim()));

    private static string? JoinField(Dictionary<string, List<string>> fields, string name) =>
        fields.TryGetValue(name, out var lines) && Paragraphs.Join(lines) is { Length: > 0 } v ? v : null;

    private static IReadOnlyList<string> SplitNames(string? value) =>
        value is null ? [] : NameSplitRegex().Split(value).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    private static string? LabelOf(LayoutRow row) => LabelOf(row.Cells[0].Text.Trim());

    private static string? LabelOf(string first)
    {
        foreach (var (label, field) in HeaderLabels)
        {
            if (label.IsMatch(first))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>
    /// A header label wrapped over two rows of its cell ("Tidligere" over "behandlet:"): the row has a value cell and a
    /// first cell without a colon, the next row starts in the same column with a cell that ends with one, and together
    /// they are a label. Returns the field.
    /// </summary>
    private static string? WrappedLabelOf(LayoutRow row, LayoutRow next)
    {
        if (row.Cells.Count < 2 || row.Cells[0].Text.Contains(':') || Math.Abs(next.Left - row.Left) > ColumnTolerance
            || !next.Cells[0].Text.TrimEnd().EndsWith(':'))
        {
            return null;
        }

        return LabelOf(row.Cells[0].Text.Trim() + " " + next.Cells[0].Text.Trim());
    }

    /// <summary>A label and its value in one cell ("Tidligere behandlet: Sak 12/23"): the colon is then required.</summary>
    private static (string Field, string Value)? InlineLabelOf(LayoutRow row)
    {
        var first = row.Cells[0].Text.Trim();
        var colon = first.IndexOf(':');
        if (colon <= 0 || colon == first.Length - 1)
        {
            return null;
        }

        var value = (first[(colon + 1)..].Trim() + " " + string.Join(" ", row.Cells.Skip(1).Select(c => c.Text))).Trim();
        return LabelOf(first[..(colon + 1)]) is { } field ? (field, value) : null;
    }

    /// <summary>
    /// A label written without a colon before its value in one cell ("Tidligere behandlet Sak 28/3/2022"): the longest
    /// run of the row's first one to three words that is a header label, with a non-empty value after it.
    /// </summary>
    private static (string Field, string Value)? PrefixLabelOf(LayoutRow row)
    {
        if (row.Cells.Count != 1)
        {
            return null;
        }

        var words = row.Cells[0].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = Math.Min(3, words.Length - 1); k >= 1; k--)
        {
            if (LabelOf(string.Join(' ', words[..k])) is { } field)
            {
                return (field, string.Join(' ', words[k..]));
            }
        }

        return null;
    }

    private static bool IsKnownHeading(LayoutRow row) =>
        row.Cells.Count == 1 && KnownHeadings.Contains(row.Text.Trim().TrimEnd(':').Trim());

    private static int FirstKnownHeadingIndex(IReadOnlyList<LayoutRow> rows)
    {
        for (var i = 0; i < rows.Count && i < 12; i++)
        {
            if (IsKnownHeading(rows[i]))
            {
                return i;
            }
        }

        // No heading near the top: the heading block is at most the rows naming the paper, the case and its title.
        var end = 0;
        for (var i = 0; i < rows.Count && i < 4; i++)
        {
            if (rows[i].Text.StartsWith("Saksframlegg", StringComparison.OrdinalIgnoreCase) || CaseNumber.FindAll(rows[i].Text) is [{ Index: 0 }, ..])
            {
                end = i + 1;
            }
        }

        if (end > 0 && end < rows.Count && CaseNumber.FindAll(rows[end - 1].Text) is [{ Index: 0, Length: var l }] && rows[end - 1].Text.Trim().Length == l)
        {
            end++; // the title row under a number-only row
        }

        return end;
    }

    /// <summary>
    /// A section heading: a known heading text (optionally with a colon), or a short bold row that opens a block
    /// and is not a list item or a sentence.
    /// </summary>
    public static bool IsHeading(LayoutRow row, IReadOnlyList<LayoutRow> rows, int index)
    {
        if (row.Cells.Count != 1)
        {
            return false;
        }

        var text = row.Text.Trim().TrimEnd(':').Trim();
        if (KnownHeadings.Contains(text))
        {
            return true;
        }

        if (!row.Bold || text.Length < 3 || Paragraphs.IsListItem(text) || text.Split(' ').Length > 12 || !char.IsUpper(text[0]))
        {
            return false;
        }

        var previousBold = index > 0 && rows[index - 1].Bold && rows[index - 1].Page == row.Page;
        return row.BlockStart || !previousBold;
    }

    private static (IReadOnlyList<SectionRecord> Sections, string? Proposal) ReadSections(IReadOnlyList<LayoutRow> body)
    {
        var sections = new List<(string Heading, int? Page, List<LayoutRow> Rows)>();
        var footnotes = new List<LayoutRow>();
        var bodySize = body.Count == 0 ? 0 : body.Select(r => r.FontSize).OrderBy(s => s).ElementAt(body.Count / 2);
        for (var i = 0; i < body.Count; i++)
        {
            var row = body[i];
            if (IsHeading(row, body, i))
            {
                sections.Add((row.Text.Trim().TrimEnd(':').Trim(), row.Page, []));
                continue;
            }

            if (bodySize > 0 && row.FontSize < 0.85 * bodySize && FootnoteRegex().IsMatch(row.Text))
            {
                footnotes.Add(row);
                continue;
            }

            if (footnotes.Count > 0 && footnotes[^1].Page == row.Page && bodySize > 0 && row.FontSize < 0.85 * bodySize)
            {
                footnotes.Add(row);
                continue;
            }

            if (sections.Count == 0)
            {
                sections.Add(("", row.Page, []));
            }

            sections[^1].Rows.Add(row);
        }

        string? proposal = null;
        var records = new List<SectionRecord>();
        foreach (var (heading, page, rows) in sections)
        {
            var text = RowText.Join(rows);
            if (DecisionHeadings.Contains(heading))
            {
                proposal = text.Length > 0 ? text : null;
                continue;
            }

            if (heading.Length == 0 && text.Length == 0)
            {
                continue;
            }

            records.Add(new SectionRecord(heading, text, page));
        }

        if (footnotes.Count > 0)
        {
            var text = Paragraphs.JoinParagraphs(footnotes, r => r.Text, (r, i) => i > 0 && FootnoteRegex().IsMatch(r.Text));
            records.Add(new SectionRecord("Fotnoter", text, footnotes[0].Page));
        }

        return (records, proposal);
    }

    [GeneratedRegex(@"\s*(?:/|,|;|\bog\b)\s*")]
    private static partial Regex CaseTypeSplitRegex();

    /// <summary>A letterhead row naming the archive reference: "Vår ref.: 2022/1234-3", "Arkivsak 22/01234", "Saksnr. 2022/1234".</summary>
    [GeneratedRegex(@"(?:^|\t)(?:Arkivsak(?:snr\.?|snummer|\s+nr\.?)?|Arkivnr\.?|Vår\s+ref(?:\.|eranse)?|Vår\s+saksnr\.?|Saksnr\.?)\s*:?\s*(?<v>\d{2,4}\s?/\s?\d{1,6}(?:\s?-\s?\d{1,4})?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArchiveRowRegex();

    [GeneratedRegex(@"^\p{L}\p{Ll}{2,}sak$")]
    private static partial Regex CaseTypeRegex();

    [GeneratedRegex(@"^\s*(?<n>\d{1,2})[.)]\s+")]
    private static partial Regex NumberedItemRegex();

    [GeneratedRegex(@"^(ingen|-|–|ikke relevant)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoneRegex();

    [GeneratedRegex(@"\s*(?:,|;|\bog\b)\s*")]
    private static partial Regex NameSplitRegex();

    [GeneratedRegex(@"^\d{1,2}\s+\S")]
    private static partial Regex FootnoteRegex();
}

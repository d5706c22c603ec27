using System.Text.RegularExpressions;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Text;

namespace NorPreM.Ingest.Structure.CasePapers;

/// <summary>
/// Reads the header table of a case paper: the field labels councils and health authorities use (Type sak, Til, Fra,
/// Saksbehandler(e), Vedlegg, Tidligere behandlet, Saksnummer, Møtedato, Arkivsak/Vår ref.) with wrapped values in the
/// value column, labels wrapped over two rows ("Tidligere" / "behandlet:"), "label: value" in one cell, a label and its
/// value in one cell without a colon when the row starts in the label column, and "label: value" paragraphs that open
/// the body under the case heading ("Vedlegg:" over a numbered list).
/// </summary>
public static partial class HeaderTableReader
{
    /// <summary>How far apart, in points, two rows may start and still count as one table column.</summary>
    public const double ColumnTolerance = 4;

    private static readonly (Regex Label, string Field)[] HeaderLabels =
    [
        (new Regex(@"^(Type\s+sak|Sakstype)\s*:?$", RegexOptions.IgnoreCase), "type"),
        (new Regex(@"^Til\s*:?$", RegexOptions.IgnoreCase), "to"),
        (new Regex(@"^Fra\s*:?$", RegexOptions.IgnoreCase), "from"),
        (new Regex(@"^(Saksbehandler(e|\(e\))?|Saksbehandlar(ar|\(ar\))?)\s*:?$", RegexOptions.IgnoreCase), "officers"),
        (new Regex(@"^Vedlegg\s*:?$", RegexOptions.IgnoreCase), "attachments"),
        (new Regex(@"^(Tidligere\s+(behandlet|behandling)|Tidlegare\s+(handsama|handsaming|behandla|behandling))\s*:?$", RegexOptions.IgnoreCase), "previous"),
        // Case number and meeting date in the table, as secretariats that number cases by year write them.
        (new Regex(@"^(Saksnr\.?|Saksnummer|Sak\s+nr\.?|(?:Styre|Utvalgs|Utvals)sak\s*(?:nr\.?)?)\s*:?$", RegexOptions.IgnoreCase), "number"),
        (new Regex(@"^(Møtedato|Dato\s+for\s+møtet|Styremøte|Møte\s+dato)\s*:?$", RegexOptions.IgnoreCase), "date"),
        // The subject of a paper whose table carries its title ("Vedrørende: Tertialrapport 2/2023", "Gjelder:").
        (new Regex(@"^(Vedrørende|Vedr\.|Gjelder|Emne|Sakstittel|Tittel|Navn\s+på\s+sak|Namn\s+på\s+sak)\s*:?$", RegexOptions.IgnoreCase), "subject"),
        // The paper's reference in the health authority's archive ("Arkivsak 22/01234", "Vår ref. 2022/1234-3").
        (new Regex(@"^(Arkivsak(snr\.?|snummer|\s+nr\.?)?|Arkivnr\.?|Arkivnummer|Vår\s+ref(\.|eranse)?|Vår\s+saksnr\.?)\s*:?$", RegexOptions.IgnoreCase), "archive"),
        // Rows other secretariats put in the same table; kept out of the body, not interpreted.
        (new Regex(@"^(Dato|Dato\s+skrevet|Skrevet|Utskriftsdato|Ansvarlig|Utvalg|Behandling|Møte|Deres\s+ref\.?|Dykkar\s+ref\.?|Arkivkode|Arkiv|Saksmappe|Saksgang|Behandlingsrekkefølge)\s*:?$", RegexOptions.IgnoreCase), "other"),
    ];

    /// <summary>
    /// The handling table of a municipal paper, a header row of column names over a row per body that handles the case
    /// ("Saksnr.: | Utvalg | Møtedato" over "38/22 | Formannskapet | 24.05.2022" and "42/22 | Kommunestyret |
    /// 09.06.2022"): the last row is the handling the paper is written for, its number and meeting date the paper's.
    /// Returns the first row after the table, or null when <paramref name="start"/> opens none.
    /// </summary>
    private static int? HandlingTable(IReadOnlyList<LayoutRow> rows, int start, Dictionary<string, List<string>> fields)
    {
        var header = rows[start].Cells.Select(c => c.Text.Trim()).ToList();
        if (header.Count < 2 || !header.All(h => HandlingHeaderRegex().IsMatch(h)))
        {
            return null;
        }

        var numberColumn = header.FindIndex(h => h.StartsWith("Sak", StringComparison.OrdinalIgnoreCase) || h.Contains("saksnr", StringComparison.OrdinalIgnoreCase)
            || h.TrimEnd(':', '.').EndsWith("sak", StringComparison.OrdinalIgnoreCase));
        var dateColumn = header.FindIndex(h => h.Contains("dato", StringComparison.OrdinalIgnoreCase));
        var end = start + 1;
        while (end < rows.Count && rows[end].Cells.Count == header.Count && rows[end].Cells.Any(c => HandlingValueRegex().IsMatch(c.Text.Trim())))
        {
            end++;
        }

        if (end == start + 1)
        {
            return null;
        }

        var last = rows[end - 1].Cells.Select(c => c.Text.Trim()).ToList();
        // The bodies that will handle the case later, listed without number or date yet ("Hovedutvalg for helse og
        // omsorg", "Kommunestyret"): rows of the table, not the paper's title or text.
        var left = rows[start + 1].Left;
        while (end < rows.Count && Math.Abs(rows[end].Left - left) <= ColumnTolerance && rows[end].Cells.Count < header.Count && !rows[end].Bold
               && !rows[end].Text.Any(char.IsDigit) && rows[end].Text.Split(' ').Length <= 8 && OrganRowRegex().IsMatch(rows[end].Text.Trim()))
        {
            end++;
        }

        if (numberColumn >= 0)
        {
            (fields.TryGetValue("number", out var l) ? l : fields["number"] = []).Add(last[numberColumn]);
        }

        if (dateColumn >= 0)
        {
            (fields.TryGetValue("date", out var l) ? l : fields["date"] = []).Add(last[dateColumn]);
        }

        return end;
    }

    [GeneratedRegex(@"^(?:Saksnr\.?|Sak\s*nr\.?|Utvalg?s?saksnr\.?|Utvalssaksnr\.?|Utvalgssak|Utvalssak|Utvalg|Utval|Møtedato|Saksgang|Dato)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HandlingHeaderRegex();

    // A body named in a handling row, in ordinary case and by an organ word: "Hovedutvalg for helse og omsorg",
    // "Kommunestyret", "Eldrerådet" (not a title in capitals, not a sentence).
    [GeneratedRegex(@"^(?=\p{Lu}\p{Ll}[\p{Ll}\-]*(?:\s+[\p{Ll}\-]+){0,7}$).*(?:utvalg|utval|råd|styre|skap|komit|nemnd|ting|forum)", RegexOptions.CultureInvariant)]
    private static partial Regex OrganRowRegex();

    // A cell of a handling row: a case number "42/22", "PS 42/22", "042/2022", or a date "09.06.2022".
    [GeneratedRegex(@"^(?:\p{Lu}{1,4}\s*)?\d{1,4}/\d{2,4}$|^\d{1,2}\.\d{1,2}\.\d{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex HandlingValueRegex();

    /// <summary>The first row of the header table among the first rows of the paper, or -1 when it has none.</summary>
    public static int FindStart(IReadOnlyList<LayoutRow> rows)
    {
        var headerStart = -1;
        for (var i = 0; i < rows.Count && i < 12; i++)
        {
            if (LabelOf(rows[i]) is not null || InlineLabelOf(rows[i]) is not null)
            {
                headerStart = i;
                break;
            }

            if (SectionReader.IsKnownHeading(rows[i]))
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

        return headerStart;
    }

    /// <summary>Reads the table from <paramref name="headerStart"/> into <paramref name="fields"/>; returns the first row after it.</summary>
    public static int Read(IReadOnlyList<LayoutRow> rows, int headerStart, Dictionary<string, List<string>> fields)
    {
        var i = headerStart;
        string? current = null;
        double? valueColumn = null;
        for (; i < rows.Count; i++)
        {
            var row = rows[i];
            if (HandlingTable(rows, i, fields) is { } after)
            {
                i = after - 1;
                continue;
            }

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
            if (current is not null && row.Left >= column - ColumnTolerance && !SectionReader.IsHeading(row, rows, i))
            {
                fields[current].Add(row.Text);
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>
    /// Reads "label: value" paragraphs that open the body ("Vedlegg:" with its list indented or numbered below it,
    /// "Tidligere behandlet: Sak 22/24") into the header fields; returns the index of the first body row after them.
    /// </summary>
    public static int ReadLabelsUnderHeading(IReadOnlyList<LayoutRow> rows, int start, Dictionary<string, List<string>> fields)
    {
        string? current = null;
        double labelLeft = 0;
        var i = start;
        for (; i < rows.Count; i++)
        {
            var row = rows[i];
            if (HandlingTable(rows, i, fields) is { } after)
            {
                i = after - 1;
                continue;
            }

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
            if (current is not null && (wraps || listItem) && !SectionReader.IsHeading(row, rows, i))
            {
                fields[current].Add(row.Text);
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>The row's cells joined by tabs, so a label can be told at the start of a cell.</summary>
    public static string Cells(LayoutRow row) => string.Join("\t", row.Cells.Select(c => c.Text.Trim()));

    /// <summary>A field's rows joined as one value, or null when the table has no such field.</summary>
    public static string? Field(Dictionary<string, List<string>> fields, string name) =>
        fields.TryGetValue(name, out var lines) && Paragraphs.Join(lines) is { Length: > 0 } v ? v : null;

    /// <summary>The field a row's first cell labels, or null.</summary>
    public static string? LabelOf(LayoutRow row) => LabelOf(row.Cells[0].Text.Trim());

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
    public static (string Field, string Value)? InlineLabelOf(LayoutRow row)
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
    public static (string Field, string Value)? PrefixLabelOf(LayoutRow row)
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


    /// <summary>
    /// The archive reference: from the table ("Arkivsak", "Vår ref.", or a "Saksnr." that is no council case number),
    /// else from a letterhead row above it ("Vår ref.: 2022/1234-3   Dato: 12.03.2024"); null when none.
    /// </summary>
    public static string? ArchiveReferenceOf(Dictionary<string, List<string>> fields, bool numberIsCase, IEnumerable<LayoutRow> letterhead) =>
        new[] { Field(fields, "archive"), numberIsCase ? null : Field(fields, "number") }
            .Select(NorPreM.Core.Model.ArchiveReference.Find)
            .Concat(letterhead.Select(ArchiveValue).OfType<string>().Select(NorPreM.Core.Model.ArchiveReference.Find))
            .FirstOrDefault(a => a is not null);

    /// <summary>The archive reference a letterhead row names ("Vår ref.: 2022/1234-3", "Arkivsak 22/01234"), as written, or null.</summary>
    public static string? ArchiveValue(LayoutRow row) =>
        ArchiveRowRegex().Match(Cells(row)) is { Success: true } m ? m.Groups["v"].Value : null;

    /// <summary>A letterhead row naming the archive reference: "Vår ref.: 2022/1234-3", "Arkivsak 22/01234", "Saksnr. 2022/1234".</summary>
    [GeneratedRegex(@"(?:^|\t)(?:Arkivsak(?:snr\.?|snummer|\s+nr\.?)?|Arkivnr\.?|Vår\s+ref(?:\.|eranse)?|Vår\s+saksnr\.?|Saksnr\.?)\s*:?\s*(?<v>\d{2,4}\s?/\s?\d{1,6}(?:\s?-\s?\d{1,4})?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArchiveRowRegex();

}

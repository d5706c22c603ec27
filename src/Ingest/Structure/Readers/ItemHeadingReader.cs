using System.Text.RegularExpressions;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Text;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Readers;

/// <summary>
/// An item heading of minutes, a protocol or an agenda: the number as printed (<see cref="PrintedCaseNumber"/>; null for
/// the unnumbered "Eventuelt"), the title after it, whether the item is a case (or an item of a series outside the
/// cases: referatsaker "RS 3/24", delegated "DS", "OS"), its series, and the case type a letter before "sak" gives.
/// </summary>
public sealed record ItemHeading(PrintedCaseNumber? Number, string Title, bool IsCase, string Series, string? CaseType);

/// <summary>
/// Reads item headings in every common Norwegian form: "Sak 28/3/2022", "Styresak 45-2023", "Styresak 045/23", "PS 12/23",
/// "FS 3/24", "KST-sak 006/19", "S-sak 12/24", "O-sak 3/24", "Sak 5", "Sak 1 – Title", "Pkt. 1 Title", a numbered or bulleted list item
/// before "Sak" ("1. Sak 01-2025 …"), a row of an agenda table ("PS 41/23 | Title"), and — only where the row is set as a
/// heading (bold or larger than the body, opening its block) — a bare place "5.", "5)", an outline number "13.1.3" or a
/// case number by year "5/2023", "56/23".
/// The number scheme and its normal form come from <see cref="CaseNumber.ReadPrinted"/>, the one home of case numbers.
/// </summary>
public static partial class ItemHeadingReader
{
    /// <summary>The heading a row opens, or null. <paramref name="headingStyle"/> says whether the row is set as a heading.</summary>
    public static ItemHeading? Read(LayoutRow row, bool headingStyle = false) => Read(row.Text, headingStyle) ?? TableRow(row);

    /// <summary>
    /// A row of an agenda or minutes table that opens with a case number by year in its first column, set in no heading
    /// style because the table's columns say what it is: "41/22 | 22/310 | GODKJENNING AV PROTOKOLL" (item number,
    /// archive number, title, as municipal case systems print a saksliste) or "45/24 Godkjenning … | Godkjent." (number
    /// and title run together in the first cell, the outcome in a later column). A date ("12/05") stays a date.
    /// </summary>
    private static ItemHeading? TableRow(LayoutRow row)
    {
        if (row.Cells.Count < 2)
        {
            return null;
        }

        var first = row.Cells[0].Text.Trim();
        var text = CaseNumber.ReadPrinted(first, bare: true) is { Title.Length: > 0 }
            ? first
            : row.Cells.Skip(1).Select(c => c.Text.Trim()).SkipWhile(c => ArchiveCellRegex().IsMatch(c)).FirstOrDefault() is { } title
                ? first + " " + title
                : null;
        return text is not null && CaseNumber.ReadPrinted(text, bare: true) is { Series: null, Scheme: CaseNumberSchemes.ByYear }
            ? Read(text, headingStyle: true)
            : null;
    }

    /// <summary>The heading a text line opens, or null.</summary>
    public static ItemHeading? Read(string row, bool headingStyle = false)
    {
        var text = row.Trim();
        if (EventueltRegex().IsMatch(text))
        {
            return new ItemHeading(null, "Eventuelt", false, "Eventuelt", null);
        }

        // A list marker counts only before a series word, so "1. 12/05" stays a date in a list.
        var marker = ListMarker().Match(text);
        if (marker.Success && CaseNumber.ReadPrinted(text[marker.Length..]) is { } listed && !SentenceRegex().IsMatch(listed.Title))
        {
            return FromPrinted(listed, text[marker.Length..]);
        }

        if (CaseNumber.ReadPrinted(text, bare: headingStyle) is not { } printed || SentenceRegex().IsMatch(printed.Title))
        {
            return null;
        }

        // "KST-006/19 Vedtak:", "PS 12/23 Innstilling:": the item's number before a label opens its decision or proposal, not a new item.
        if (printed.Title.Length > 0 && DecisionReader.ReadLabel(printed.Title) is not null)
        {
            return null;
        }

        // A bare number heads an item only as a short title, not as a numbered sentence of a decision; so does a point
        // ("Pkt. 3 Økonomi", not "Punkt 3 i avtalen sier at …").
        if ((printed.Series is null || PointRegex().IsMatch(printed.Series))
            && (printed.Title.Length == 0 || !char.IsUpper(printed.Title[0]) || printed.Title.EndsWith('.') || printed.Title.Split(' ').Length > 14))
        {
            return null;
        }

        return FromPrinted(printed, text);
    }

    /// <summary>Whether a row is set as a heading: bold, or clearly larger than the body text, and opening its block.</summary>
    public static bool IsHeadingStyle(LayoutRow row, double bodySize) =>
        row.BlockStart && (row.Bold || (bodySize > 0 && row.FontSize >= 1.08 * bodySize));

    private static ItemHeading FromPrinted(PrintedCaseNumber printed, string text)
    {
        var isItem = CaseNumber.IsItemSeries(printed.Series);
        return new ItemHeading(printed, printed.Title, !isItem, printed.Series ?? "", isItem ? null : CaseHeadings.Kind(text));
    }

    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]|[•▪–-])\s+(?=\p{L}{1,4}-?[Ss]ak|[Ss]ak|\p{Lu}{2,4}\s+\d)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?:Pkt|PKT|Punkt|PUNKT)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex PointRegex();

    // "Sak 22/24 ble flyttet fram …", "Sak 5 vart utsett": a sentence about an item, its number followed by a verb, heads nothing.
    [GeneratedRegex(@"^(?:ble|blei|vart|er|var|blir|vert|skal|må|kan|vil|har|hadde|gjelder|tas|takast|behandles|behandlast|utsettes|utgår|fikk|får)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceRegex();

    // An archive case number in its own column: "22/310", "2022/01234", "21/904-3".
    [GeneratedRegex(@"^\d{2,4}/\d{1,6}(?:-\d{1,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex ArchiveCellRegex();

    [GeneratedRegex(@"^Eventuelt\s*:?$", RegexOptions.CultureInvariant)]
    private static partial Regex EventueltRegex();
}

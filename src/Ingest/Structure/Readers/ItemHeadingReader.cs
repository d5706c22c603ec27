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
    public static ItemHeading? Read(LayoutRow row, bool headingStyle = false) => Read(row.Text, headingStyle);

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
        if (marker.Success && CaseNumber.ReadPrinted(text[marker.Length..]) is { } listed)
        {
            return FromPrinted(listed, text[marker.Length..]);
        }

        if (CaseNumber.ReadPrinted(text, bare: headingStyle) is not { } printed)
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

    [GeneratedRegex(@"^Eventuelt\s*:?$", RegexOptions.CultureInvariant)]
    private static partial Regex EventueltRegex();
}

using System.Text.RegularExpressions;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Readers;

/// <summary>A "label: value" field of a minutes or protocol header: which field, and its value.</summary>
public sealed record HeaderField(HeaderFieldKind Kind, string Label, string Value)
{
    /// <summary>The page the field stands on.</summary>
    public int Page { get; init; }
}

/// <summary>The header fields the structure stage reads.</summary>
public enum HeaderFieldKind
{
    /// <summary>"Dato", "Tid", "Tidspunkt", "Møtetid".</summary>
    Date,
    /// <summary>"Møtedato", "Dato for møtet": the day the meeting was held, outranking a plain "Dato".</summary>
    MeetingDate,
    /// <summary>"Sted", "Møtested", "Stad", "Møtestad".</summary>
    Place,
    /// <summary>"Utvalg", "Organ", "Styre", "Råd": the body the meeting is of.</summary>
    Body,
}

/// <summary>
/// Reads the key fields of a minutes or protocol header — date, meeting date, place and the body ("Utvalg: Kommunestyret
/// i Bodø") — written as "label: value" in one cell, as a label cell and a value cell, or as a label wrapped over two
/// rows of its cell ("Fra" / "administrasjonen:"), and the meeting number as a field ("Møte: 2/2024", "Møtenummer:
/// 2/2024", also as an English OCR reads "Møte": "Mete: 4/2024").
/// </summary>
public static partial class HeaderFieldReader
{
    /// <summary>The field a label cell and its value cells hold, or null.</summary>
    public static HeaderField? Read(string first, string value)
    {
        if (KeyRegex().Match(first) is not { Success: true } key)
        {
            return null;
        }

        var label = key.Groups["k"].Value;
        var v = (key.Groups["rest"].Value + " " + value).Trim();
        var kind = PlaceKeyRegex().IsMatch(label) ? HeaderFieldKind.Place
            : BodyKeyRegex().IsMatch(label) ? HeaderFieldKind.Body
            : label.StartsWith("Møtedato", StringComparison.OrdinalIgnoreCase) || label.StartsWith("Dato for", StringComparison.OrdinalIgnoreCase) ? HeaderFieldKind.MeetingDate
            : HeaderFieldKind.Date;
        return new HeaderField(kind, label, v);
    }

    /// <summary>True when a cell is a header field label (so a row that opens with it is no attendee or case text).</summary>
    public static bool IsLabel(string first) => KeyRegex().IsMatch(first);

    /// <summary>The row's text with a meeting-number label ("Møte: 2/2024") written as "Møte 2/2024", for <see cref="CaseNumber.FindMeeting"/>.</summary>
    public static string MeetingNumberText(string row) => MeetingLabelRegex().Replace(row, "Møte ");

    /// <summary>
    /// A header label wrapped over two rows of its cell ("Fra" over "administrasjonen:"): the row's first cell has no
    /// colon, the next row starts in the same column with a cell that ends with one, and together they are a label
    /// (<paramref name="isLabel"/>). Returns the label and the next row's value cells.
    /// </summary>
    public static (string Label, string Value)? WrappedLabel(LayoutRow row, LayoutRow? next, Func<string, bool> isLabel)
    {
        if (next is null || row.Cells.Count < 2 || row.Cells[0].Text.Contains(':') || Math.Abs(next.Left - row.Left) >= 3
            || !next.Cells[0].Text.TrimEnd().EndsWith(':'))
        {
            return null;
        }

        var label = row.Cells[0].Text.Trim() + " " + next.Cells[0].Text.Trim();
        return isLabel(label) ? (label, string.Join(" ", next.Cells.Skip(1).Select(c => c.Text))) : null;
    }

    [GeneratedRegex(@"^(?:(?<k>Dato\s+for\s+møtet|Dato|Møtedato|Tid|Tidspunkt|Møtetid|Sted|Møtested|Stad|Møtestad)\s*:?|(?<k>Utvalg|Organ)\s*:)\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyRegex();

    [GeneratedRegex(@"^\s*(?:M[øoge@0a]te(?:nummer)?|M[øoge@0a]te\s+nr\.?)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingLabelRegex();

    [GeneratedRegex(@"^(?:Møte)?st[ea]d$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceKeyRegex();

    [GeneratedRegex(@"^(?:Utvalg|Organ)$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyKeyRegex();
}

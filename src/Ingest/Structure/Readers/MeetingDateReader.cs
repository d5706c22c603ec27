using System.Text.RegularExpressions;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Text;

namespace NorPreM.Ingest.Structure.Readers;

/// <summary>The date a meeting was held, the last day of a meeting over several days, and the page it was read on.</summary>
public sealed record HeldDate(DateOnly Date, DateOnly? EndDate, int Page);

/// <summary>
/// The date a meeting was held, as opposed to the date its paper was written or printed: a "Møtedato" field first, then
/// "Dato"/"Tid" fields, then the first date in the header's other rows, skipping rows that date the paper itself
/// ("Protokollen er skrevet 20. juni 2023", "Utskriftsdato", "Sendt"). Dates in every common form are read by
/// <see cref="NorwegianDates"/>: "03.05.2016", "9/6-2021", "14. Mars 2019", "onsdag 8. februar 2023", "2023-05-12",
/// "12.–13. juni 2023" (held from the 12th to the 13th).
/// </summary>
public static partial class MeetingDateReader
{
    /// <summary>The held date from a header's fields and rows, or null.</summary>
    public static HeldDate? Held(IReadOnlyList<HeaderField> fields, IReadOnlyList<LayoutRow> header)
    {
        foreach (var kind in new[] { HeaderFieldKind.MeetingDate, HeaderFieldKind.Date })
        {
            var ofKind = fields.Where(f => f.Kind == kind && f.Value.Length > 0).ToList();
            if (ofKind.Count > 0 && From(string.Join(" ", ofKind.Select(f => f.Value)), ofKind[0].Page) is { } fromField)
            {
                return fromField;
            }
        }

        // A sentence that calls or records the meeting ("Det innkalles til styremøte torsdag 13. mars 2025 …", "Møtet ble
        // holdt 29. mai 2024 …") dates it, even below a dateline that dates the notice ("Vestfjord, 27. februar 2025").
        foreach (var row in header.Take(8))
        {
            if (HeldSentenceRegex().IsMatch(row.Text) && From(row.Text, row.Page) is { } announced)
            {
                return announced;
            }
        }

        foreach (var row in header.Take(4))
        {
            if (!PrintedRegex().IsMatch(row.Text) && From(row.Text, row.Page) is { } fromRow)
            {
                return fromRow;
            }
        }

        return null;
    }

    /// <summary>The first date (or range of days) in a text, as a held date on <paramref name="page"/>.</summary>
    public static HeldDate? From(string text, int page) =>
        NorwegianDates.FindRange(text) is { } range
            ? new HeldDate(range.Start, range.End, page)
            : NorwegianDates.FindDate(text) is { } found ? new HeldDate(found.Date, null, page) : null;

    /// <summary>
    /// The date of the meeting a case paper is written for, when its heading names it ("Orienteringssak til møte i
    /// arbeidsgruppen tirsdag 7. november 2023", "Sak til styremøtet 12.06.2023"), or null.
    /// </summary>
    public static DateOnly? ForMeeting(string heading) =>
        ForMeetingRegex().Match(heading) is { Success: true } m ? NorwegianDates.FindDate(heading[m.Index..])?.Date : null;

    [GeneratedRegex(@"\b(?:skrevet|utskrift\w*|utskriftsdato|printet|sendt|utsendt|publisert|dato\s+skrevet|godkjent\s+av)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrintedRegex();

    [GeneratedRegex(@"\b(?:innkalles|innkallast|kalles\s+inn|vert\s+kalla\s+inn|avholdes|avholdt|ble\s+holdt|vart\s+halde|blir\s+halde|holdes|haldast)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeldSentenceRegex();

    [GeneratedRegex(@"\b(?:til|for)\s+(?:\p{L}*møte\w*|møtet)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForMeetingRegex();
}

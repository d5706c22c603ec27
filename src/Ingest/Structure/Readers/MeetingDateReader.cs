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
        // A letterhead's "Dato:" beside "Vår ref." dates the letter (a notice sent weeks before); a sentence that calls the
        // meeting ("Representantskapet innkalles til møte onsdag 23. april 2025 …") then says when it is held.
        var letterhead = header.Take(8).Any(r => ReferenceLabelRegex().IsMatch(r.Text));
        if (letterhead && !fields.Any(f => f.Kind == HeaderFieldKind.MeetingDate) && Announced(header) is { } called)
        {
            return called;
        }

        foreach (var kind in new[] { HeaderFieldKind.MeetingDate, HeaderFieldKind.Date })
        {
            var ofKind = fields.Where(f => f.Kind == kind && f.Value.Length > 0).ToList();
            if (ofKind.Count > 0 && From(string.Join(" ", ofKind.Select(f => f.Value)), ofKind[0].Page) is { } fromField)
            {
                return fromField;
            }
        }

        // A table of labels over values ("Møtedato | Møtested | Møtetid" over "22.01.2025 | Rådhuset | 13:00"): the value
        // printed under the date's label.
        if (UnderLabel(header) is { } underLabel)
        {
            return underLabel;
        }

        // A sentence that calls or records the meeting ("Det innkalles til styremøte torsdag 13. mars 2025 …", "Møtet ble
        // holdt 29. mai 2024 …") dates it, even below a dateline that dates the notice ("Vestfjord, 27. februar 2025").
        if (Announced(header) is { } announced)
        {
            return announced;
        }

        // "Fra styremøte den 4. ds.": the day of the month the paper's dateline is in ("dennes", this month's).
        var reference = header.Take(8).Select(r => NorwegianDates.FindDate(r.Text)).FirstOrDefault(d => d is not null);
        foreach (var row in header.Take(8))
        {
            if (ThisMonthRegex().Match(row.Text) is { Success: true } ds && reference is { } r
                && int.Parse(ds.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture) is var day && day <= DateTime.DaysInMonth(r.Date.Year, r.Date.Month))
            {
                return new HeldDate(new DateOnly(r.Date.Year, r.Date.Month, day), null, row.Page);
            }
        }

        // The date nearest the meeting's words ("Referat fra møte 12. mai 2023", "Samling 4.–5. mars"), not a previous or
        // next meeting's ("Godkjenning av protokoll fra møtet 18. mars"), then any other row's; a dateline ("Nesbygd,
        // 25.04.2025") dates the paper, not the meeting, and is read last.
        foreach (var row in header.Take(6))
        {
            if (MeetingWordRegex().IsMatch(row.Text) && !OtherMeetingRegex().IsMatch(row.Text) && !PrintedRegex().IsMatch(row.Text)
                && !DatelineRegex().IsMatch(row.Text.Trim()) && From(row.Text, row.Page) is { } named)
            {
                return named;
            }
        }

        foreach (var datelines in new[] { false, true })
        {
            foreach (var row in header.Take(4))
            {
                if (!PrintedRegex().IsMatch(row.Text) && DatelineRegex().IsMatch(row.Text.Trim()) == datelines && From(row.Text, row.Page) is { } fromRow)
                {
                    return fromRow;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A day and month printed without a year ("Tidspunkt: tirsdag 10. juni kl. 17.30") completed with the year of the
    /// meeting's number ("6/2024") or else of the first full date the header prints (a dateline, "Sendt: 2. juni 2025"),
    /// the next year when the day would fall more than two months before that date. Null when no year is printed.
    /// </summary>
    public static HeldDate? WithoutYear(IReadOnlyList<HeaderField> fields, IReadOnlyList<LayoutRow> header, int? meetingYear)
    {
        if (fields.FirstOrDefault(f => f.Kind is HeaderFieldKind.Date or HeaderFieldKind.MeetingDate && f.Value.Length > 0) is not { } dated)
        {
            return null;
        }

        if (meetingYear is { } year)
        {
            return NorwegianDates.FindDayMonth(dated.Value, year) is { } inYear ? new HeldDate(inYear, null, dated.Page) : null;
        }

        if (header.Take(12).Select(r => NorwegianDates.FindDate(r.Text)).FirstOrDefault(d => d is not null) is not { } reference
            || NorwegianDates.FindDayMonth(dated.Value, reference.Date.Year) is not { } day)
        {
            return null;
        }

        return new HeldDate(day < reference.Date.AddMonths(-2) ? day.AddYears(1) : day, null, dated.Page);
    }

    /// <summary>
    /// The date of a sentence that calls or records the meeting ("Det innkalles til styremøte torsdag 13. mars 2025 …",
    /// "Møtet ble holdt torsdag 9. oktober …"). A day and month without a year take the year of the first full date the
    /// header prints (the dateline "Hagevik, 20.10.2025"), the year before when the day would fall more than ten months
    /// after it, since minutes are written after the meeting and notices a few weeks before it.
    /// </summary>
    private static HeldDate? Announced(IReadOnlyList<LayoutRow> header)
    {
        foreach (var row in header.Take(8))
        {
            if (!HeldSentenceRegex().IsMatch(row.Text))
            {
                continue;
            }

            if (From(row.Text, row.Page) is { } announced)
            {
                return announced;
            }

            if (header.Take(12).Select(r => NorwegianDates.FindDate(r.Text)).FirstOrDefault(d => d is not null) is { } reference
                && NorwegianDates.FindDayMonth(row.Text, reference.Date.Year) is { } day)
            {
                return new HeldDate(day > reference.Date.AddMonths(10) ? day.AddYears(-1) : day, null, row.Page);
            }
        }

        return null;
    }

    private static HeldDate? UnderLabel(IReadOnlyList<LayoutRow> header)
    {
        for (var i = 0; i + 1 < header.Count && i < 12; i++)
        {
            var labels = header[i].Cells;
            if (labels.Count < 2 || labels.FirstOrDefault(c => DateLabelRegex().IsMatch(c.Text.Trim())) is not { } label)
            {
                continue;
            }

            var under = header[i + 1].Cells.FirstOrDefault(c => c.Left < label.Right && c.Right > label.Left);
            if (under is not null && From(under.Text, header[i + 1].Page) is { } held)
            {
                return held;
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

    // A letterhead's references: "Vår ref.", "Deres ref.", "Dykkar ref.", "Arkivsak", "Saksnr." beside its "Dato:".
    [GeneratedRegex(@"\b(?:Vår|Deres|Dykkar|Dykk|Var)\s+ref\b|\bArkivsak", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceLabelRegex();

    [GeneratedRegex(@"\b(?:skrevet|utskrift\w*|utskriftsdato|printet|sendt|utsendt|publisert|dato\s+skrevet|godkjent\s+av)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrintedRegex();

    [GeneratedRegex(@"^(?:Møtedato|Dato|Dato\s+for\s+møtet)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLabelRegex();

    // "den 4. ds.", "den 4. d.m.": a day of this month.
    [GeneratedRegex(@"\bden\s+(?<d>\d{1,2})\.\s*(?:ds|d\.\s*m)\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisMonthRegex();

    [GeneratedRegex(@"\b(?:\p{L}*møte[t]?|samling(?:a|en)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingWordRegex();

    // A previous or next meeting named in the header: "fra møtet 18. mars", "neste møte", "forrige møte".
    [GeneratedRegex(@"\b(?:fra|frå|neste|forrige|førre|siste|etter)\s+(?:\p{L}*møte[t]?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherMeetingRegex();

    // "Nesbygd, 25.04.2025", "Fjellby, 11. mars 2025", "Oslo, den 3. mai 2024": a place and the date the paper was written.
    [GeneratedRegex(@"^\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?,\s*(?:den\s+)?\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{2,4}|\p{L}+\s+\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineRegex();

    [GeneratedRegex(@"\b(?:innkalles|innkallast|kalles\s+inn|vert\s+kalla\s+inn|avholdes|avholdt|ble\s+holdt|vart\s+halde|blir\s+halde|holdes|haldast)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeldSentenceRegex();

    [GeneratedRegex(@"\b(?:til|for)\s+(?:\p{L}*møte\w*|møtet)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForMeetingRegex();
}

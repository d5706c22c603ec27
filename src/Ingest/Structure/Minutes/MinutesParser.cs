using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Readers;
using NorPreM.Ingest.Structure.Recognition;
using NorPreM.Ingest.Structure.Splitting;
using NorPreM.Ingest.Structure.Text;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Minutes;

/// <summary>Parsed minutes: the meeting, the cases it handled (with discussion and decision), and warnings.</summary>
public sealed record ParsedMinutes(MeetingRecord Meeting, IReadOnlyList<CaseRecord> Cases, IReadOnlyList<string> Warnings);

/// <summary>Parses one minutes (referat, protokoll) part.</summary>
public interface IMinutesParser
{
    /// <summary>The meeting and its cases, or null when the part names no meeting.</summary>
    ParsedMinutes? Parse(SplitPart part, IReadOnlyList<LayoutRow> rows, string documentId, string? council);
}

/// <summary>
/// Reads minutes and protocols as a composition of readers, one per concern: the header before the first item —
/// meeting number, key fields (<see cref="HeaderFieldReader"/>), attendance (<see cref="AttendanceReader"/>) and the date
/// the meeting was held (<see cref="MeetingDateReader"/>) — then the items (<see cref="ItemReader"/>, with
/// <see cref="ItemHeadingReader"/> and <see cref="DecisionReader"/>). A meeting without a number is keyed by its date.
/// </summary>
public sealed partial class MinutesParser : IMinutesParser
{
    /// <inheritdoc />
    public ParsedMinutes? Parse(SplitPart part, IReadOnlyList<LayoutRow> rows, string documentId, string? council)
    {
        var warnings = new List<string>();
        var firstItem = ItemReader.FirstItem(rows);
        var header = firstItem < 0 ? rows : rows.Take(firstItem).ToList();
        var meeting = header.Take(4).Select(r => CaseNumber.FindMeeting(HeaderFieldReader.MeetingNumberText(r.Text))).FirstOrDefault(k => k is not null)
                      ?? (part.OutlineTitle is { } t ? CaseNumber.FindMeeting(t) : null);
        var headerText = string.Join("\n", header.Take(4).Select(r => r.Text));
        var (fields, attendance) = ReadHeader(header);
        var meetingCouncil = CouncilRecogniser.Recognise(null, headerText) ?? council;
        var dateText = fields.Where(f => f.Kind is HeaderFieldKind.Date or HeaderFieldKind.MeetingDate).Select(f => f.Value).Where(v => v.Length > 0).ToList();
        var held = MeetingDateReader.Held(fields, header);
        // "Møte: 6/2024" with "Tid: Fredag 8. november kl. 09:00": a date printed without its year is in the meeting's year.
        if (held is null)
        {
            int? meetingYear = meeting is not null && MeetingYearRegex().Match(meeting) is { Success: true } year
                ? int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            held = MeetingDateReader.WithoutYear(fields, header, meetingYear);
        }

        var time = dateText.Count == 0 ? null : NorwegianDates.FindTimeRange(string.Join(" ", dateText));

        // Many councils number cases by year ("Sak 10/23") and name a meeting only by its date ("Referat fra møte
        // 12. mai 2023"): the date is then the meeting's key.
        meeting ??= held?.Date is { } d ? MeetingKeys.FromDate(d) : null;
        if (meeting is null)
        {
            return null;
        }

        var (read, items) = ItemReader.Read(rows, Math.Max(0, firstItem), meeting, warnings);
        var cases = read.Select(c => c with { Council = meetingCouncil, MeetingDate = held?.Date, MinutesDocumentId = documentId }).ToList();
        var record = new MeetingRecord
        {
            Council = meetingCouncil ?? "",
            Number = meeting,
            Date = held?.Date,
            DateAt = held is { } h ? new SourceSpan(h.Page, -1, 0) : null,
            EndDate = held?.EndDate,
            DateText = dateText.Count == 0 ? null : string.Join(" ", dateText),
            StartTime = time?.Start,
            EndTime = time?.End,
            Place = fields.FirstOrDefault(f => f.Kind == HeaderFieldKind.Place && f.Value.Length > 0)?.Value,
            Present = attendance.Present,
            Absent = attendance.Absent,
            Observers = attendance.Observers,
            Secretariat = attendance.Secretariat,
            VotingMembers = attendance.VotingMembers,
            Chair = attendance.Chair,
            Recorder = attendance.Recorder,
            CaseNumbers = cases.Select(c => c.Number).ToList(),
            Items = items,
            MinutesDocumentId = documentId,
            MinutesPages = Enumerable.Range(part.Part.FirstPage, part.Part.LastPage - part.Part.FirstPage + 1).ToList(),
        };
        return new ParsedMinutes(record, cases, warnings);
    }

    /// <summary>
    /// The header rows read by the field and attendance readers in turn: a field closes the open list; a row neither
    /// reader takes closes it too.
    /// </summary>
    private static (IReadOnlyList<HeaderField> Fields, Attendance Attendance) ReadHeader(IReadOnlyList<LayoutRow> header)
    {
        var fields = new List<HeaderField>();
        var attendance = new AttendanceReader();
        double? valueColumn = null;
        for (var h = 0; h < header.Count; h++)
        {
            var row = header[h];
            var first = row.Cells[0].Text.Trim();
            var value = string.Join(" ", row.Cells.Skip(1).Select(c => c.Text));
            // A label that wraps in its table cell ("Fra" / "administrasjonen:") beside a value that wraps too.
            if (!HeaderFieldReader.IsLabel(first) && !AttendanceReader.IsLabel(first)
                && HeaderFieldReader.WrappedLabel(row, h + 1 < header.Count ? header[h + 1] : null, l => HeaderFieldReader.IsLabel(l) || AttendanceReader.IsLabel(l)) is { } wrapped)
            {
                first = wrapped.Label;
                value = Paragraphs.Join([value, wrapped.Value]);
                h++;
            }

            if (HeaderFieldReader.Read(first, value) is { } field)
            {
                attendance.Close();
                fields.Add(field with { Page = row.Page });
                if (row.Cells.Count > 1)
                {
                    valueColumn ??= row.Cells[1].Left;
                }

                continue;
            }

            var wasLabel = AttendanceReader.IsLabel(first);
            if (attendance.Read(row, first, value, valueColumn))
            {
                if (wasLabel && row.Cells.Count > 1)
                {
                    valueColumn ??= row.Cells[1].Left;
                }

                continue;
            }

            attendance.Close();
        }

        return (fields, attendance.Result());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^\d{1,3}/)(?:19|20)\d{2}$")]
    private static partial System.Text.RegularExpressions.Regex MeetingYearRegex();
}

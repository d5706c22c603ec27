using System.Text.RegularExpressions;
using NorPreM.Ingest.Structure.Entities;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Recognition;
using NorPreM.Ingest.Structure.Splitting;
using NorPreM.Ingest.Structure.Text;
using NorPreM.Search.Model;

namespace NorPreM.Ingest.Structure.Minutes;

/// <summary>Parsed minutes: the meeting, the cases it handled (with discussion and decision), and warnings.</summary>
public sealed record ParsedMinutes(MeetingRecord Meeting, IReadOnlyList<CaseRecord> Cases, IReadOnlyList<string> Warnings);

/// <summary>Parses one minutes (referat) part.</summary>
public interface IMinutesParser
{
    /// <summary>The meeting and its cases, or null when the part names no meeting.</summary>
    ParsedMinutes? Parse(SplitPart part, IReadOnlyList<LayoutRow> rows, string documentId, string? council);
}

/// <summary>
/// Reads council minutes: the heading ("Referat Møte 2/2022", council name), the key-value header (Dato, Sted), the
/// attendee lists (Til stede, Forfall, Observatører, the secretariat, "Til stede fra …"), then each case from its
/// "Sak 13/2/22 Title" row: title rows at the case column, discussion rows indented, and the decision from the
/// "Vedtak:" row to the next case. A case number whose meeting matches the minutes but whose year does not, and which
/// sits in the running sequence of case numbers, is a misprint ("Sak 14/2/21" between 13/2/22 and 15/2/22): it is read
/// as the minutes' meeting, the printed form kept and a warning given.
/// </summary>
public sealed partial class MinutesParser : IMinutesParser
{
    private enum ListKind { Present, Absent, Observers, Secretariat }

    /// <inheritdoc />
    public ParsedMinutes? Parse(SplitPart part, IReadOnlyList<LayoutRow> rows, string documentId, string? council)
    {
        var warnings = new List<string>();
        var firstCase = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            if (CaseRowNumber(rows[i]) is not null)
            {
                firstCase = i;
                break;
            }
        }

        var header = firstCase < 0 ? rows : rows.Take(firstCase).ToList();
        string? meeting = null;
        foreach (var row in header.Take(4))
        {
            meeting ??= CaseNumber.FindMeeting(row.Text);
        }

        meeting ??= part.OutlineTitle is { } t ? CaseNumber.FindMeeting(t) : null;
        var headerText = string.Join("\n", header.Take(4).Select(r => r.Text));
        var meetingCouncil = CouncilRecogniser.Recognise(null, headerText) ?? council;

        string? dateText = null, place = null;
        var lists = new Dictionary<ListKind, List<Attendee>>
        {
            [ListKind.Present] = [], [ListKind.Absent] = [], [ListKind.Observers] = [], [ListKind.Secretariat] = [],
        };
        ListKind? currentList = null;
        string? currentAffiliation = null;
        double? valueColumn = null;
        // The entry being read: a line that wraps inside a paragraph ("…; Anne" / "Berg, Universitetet i Bergen") continues it.
        string? pending = null;
        void Flush()
        {
            if (pending is not null && currentList is { } kind)
            {
                lists[kind].AddRange(PersonNames.ParseAttendees(pending, currentAffiliation));
            }

            pending = null;
        }

        foreach (var row in header)
        {
            var first = row.Cells[0].Text.Trim();
            var value = string.Join(" ", row.Cells.Skip(1).Select(c => c.Text));
            if (KeyRegex().Match(first) is { Success: true } key)
            {
                Flush();
                var v = (key.Groups["rest"].Value + " " + value).Trim();
                if (key.Groups["k"].Value.StartsWith("Sted", StringComparison.OrdinalIgnoreCase) || key.Groups["k"].Value.StartsWith("Møtested", StringComparison.OrdinalIgnoreCase))
                {
                    place = v.Length > 0 ? v : null;
                }
                else
                {
                    dateText = v.Length > 0 ? (dateText is null ? v : dateText + " " + v) : dateText;
                }

                currentList = null;
                if (row.Cells.Count > 1)
                {
                    valueColumn ??= row.Cells[1].Left;
                }

                continue;
            }

            if (ListLabelRegex().Match(first) is { Success: true } label)
            {
                Flush();
                (currentList, currentAffiliation) = Classify(label);
                foreach (var entry in new[] { label.Groups["rest"].Value, value }.Where(s => !string.IsNullOrWhiteSpace(s)))
                {
                    Flush();
                    pending = entry;
                }

                if (row.Cells.Count > 1)
                {
                    valueColumn ??= row.Cells[1].Left;
                }

                continue;
            }

            if (currentList is not null && valueColumn is { } col && row.Left >= col - 4)
            {
                Flush();
                pending = row.Text;
                continue;
            }

            // Rows of the label's paragraph (or the first row under a bare label, often in another font): a person a row
            // ("Deltakere:" above a list), or one entry wrapping ("…; Anne" /
            // "Berg, Universitetet i Bergen"), told apart by whether the entry read so far is a person on its own.
            if (currentList is not null && (!row.BlockStart || pending is null))
            {
                var last = pending?.Split(';')[^1] ?? "";
                if (pending is null || (PersonNames.ParseAttendees(last, currentAffiliation).Count > 0 && PersonNames.ParseAttendees(row.Text, currentAffiliation).Count > 0))
                {
                    Flush();
                    pending = row.Text;
                }
                else
                {
                    pending += " " + row.Text;
                }

                continue;
            }

            Flush();
            currentList = null;
        }

        Flush();
        var date = (dateText is null ? null : NorwegianDates.FindDate(dateText)?.Date) ?? NorwegianDates.FindDate(headerText)?.Date;
        var time = dateText is null ? null : NorwegianDates.FindTimeRange(dateText);

        // Many councils number cases by year ("Sak 10/23") and name a meeting only by its date ("Referat fra møte
        // 12. mai 2023"): the date is then the meeting's key.
        meeting ??= date is { } d ? MeetingKeys.FromDate(d) : null;
        if (meeting is null)
        {
            return null;
        }

        var cases = ReadCases(rows, Math.Max(0, firstCase), meeting, warnings)
            .Select(c => c with
            {
                Council = meetingCouncil,
                MeetingDate = date,
                MinutesDocumentId = documentId,
            })
            .ToList();

        var pages = Enumerable.Range(part.Part.FirstPage, part.Part.LastPage - part.Part.FirstPage + 1).ToList();
        var record = new MeetingRecord
        {
            Council = meetingCouncil ?? "",
            Number = meeting,
            Date = date,
            DateText = dateText,
            StartTime = time?.Start,
            EndTime = time?.End,
            Place = place,
            Present = lists[ListKind.Present],
            Absent = lists[ListKind.Absent],
            Observers = lists[ListKind.Observers],
            Secretariat = lists[ListKind.Secretariat],
            CaseNumbers = cases.Select(c => c.Number).ToList(),
            MinutesDocumentId = documentId,
            MinutesPages = pages,
        };
        return new ParsedMinutes(record, cases, warnings);
    }

    private static (ListKind Kind, string? Affiliation) Classify(Match label)
    {
        var name = label.Groups["k"].Value.ToLowerInvariant();
        var org = label.Groups["org"].Success ? label.Groups["org"].Value.Trim() : null;
        if (name.StartsWith("forfall", StringComparison.Ordinal) || name.StartsWith("fravær", StringComparison.Ordinal) || name.StartsWith("meldt forfall", StringComparison.Ordinal))
        {
            return (ListKind.Absent, null);
        }

        if (name.StartsWith("observatør", StringComparison.Ordinal) || name.StartsWith("gjest", StringComparison.Ordinal))
        {
            return (ListKind.Observers, null);
        }

        if (name.Contains("sekretariat", StringComparison.Ordinal) || name.StartsWith("referent", StringComparison.Ordinal))
        {
            return (ListKind.Secretariat, org);
        }

        // "Til stede fra Innovasjon Norge": present, but not a member; listed with the observers, affiliated to the body named.
        return org is not null ? (ListKind.Observers, org) : (ListKind.Present, null);
    }

    private static CaseNumber? CaseRowNumber(LayoutRow row) => CaseHeadings.Read(row.Text)?.Number;

    private static IReadOnlyList<CaseRecord> ReadCases(IReadOnlyList<LayoutRow> rows, int start, string meeting, List<string> warnings)
    {
        var entries = new List<(CaseNumber Printed, List<string> Title, List<LayoutRow> Discussion, List<string> Decision, SortedSet<int> Pages, List<string> Previous)>();
        var state = 0; // 0 title, 1 discussion, 2 decision, 3 closing (greeting, place and date, signature)
        double caseColumn = 0;
        for (var i = start; i < rows.Count; i++)
        {
            var row = rows[i];
            if (CaseHeadings.Read(row.Text) is ({ } number, { } title))
            {
                entries.Add((number, title.Length > 0 ? [title] : [], [], [], [row.Page], []));
                state = 0;
                caseColumn = row.Left;
                continue;
            }

            if (entries.Count == 0)
            {
                continue;
            }

            // The closing ("Med vennlig hilsen", "Bergen, 20. mars 2024 Kari Nordmann, referent") belongs to no case;
            // only a new case heading ends it.
            if (state == 3 || ClosingRegex().IsMatch(row.Text))
            {
                state = 3;
                continue;
            }

            var entry = entries[^1];
            entry.Pages.Add(row.Page);
            var first = row.Cells[0].Text.Trim();
            if (DecisionLabelRegex().Match(first) is { Success: true } d)
            {
                state = 2;
                var value = (d.Groups["rest"].Value + " " + string.Join(" ", row.Cells.Skip(1).Select(c => c.Text))).Trim();
                if (value.Length > 0)
                {
                    entry.Decision.Add(value);
                }

                continue;
            }

            if (PreviousLabelRegex().Match(row.Text) is { Success: true } previous)
            {
                entry.Previous.Add(previous.Groups["rest"].Value);
                continue;
            }

            // A long title wraps onto rows of the same block; a paragraph after it (same column in flush-left minutes) is discussion.
            // A case row with the number alone ("Sak 41/23") has its title on the next row.
            var titleLeft = entry.Title.Count == 0 ? Math.Abs(row.Left - caseColumn) < 3 : Math.Abs(row.Left - caseColumn) < 3 && !row.BlockStart;
            if (state == 0 && entry.Discussion.Count == 0 && titleLeft)
            {
                entry.Title.Add(row.Text);
                continue;
            }

            if (state == 2)
            {
                entry.Decision.Add(row.Text);
            }
            else
            {
                state = 1;
                entry.Discussion.Add(row);
            }
        }

        var meetingKey = CaseNumber.TryParse("1/" + meeting, out var m) ? m.Value : (CaseNumber?)null;
        var result = new List<CaseRecord>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var number = e.Printed;
            string? printed = null;
            if (meetingKey is { } mk && number.MeetingKey != meeting && number.Meeting == mk.Meeting)
            {
                var previousFits = i > 0 && entries[i - 1].Printed.MeetingKey == meeting && entries[i - 1].Printed.Case == number.Case - 1;
                var nextFits = i + 1 < entries.Count && entries[i + 1].Printed.MeetingKey == meeting && entries[i + 1].Printed.Case == number.Case + 1;
                if (previousFits || nextFits)
                {
                    var corrected = new CaseNumber(number.Case, mk.Meeting, mk.Year);
                    warnings.Add($"Referatet for møte {meeting} skriver «Sak {Raw(rows, number)}»; tolket som sak {corrected} ut fra møtenummer og rekkefølge.");
                    printed = Raw(rows, number);
                    number = corrected;
                }
            }

            var discussion = RowText.Join(e.Discussion);
            result.Add(new CaseRecord
            {
                Number = number.ToString(),
                NumberAsPrinted = printed,
                Title = Paragraphs.Join(e.Title),
                Meeting = number.MeetingKey ?? meeting,
                Discussion = discussion.Length > 0 ? discussion : null,
                Decision = e.Decision.Count > 0 ? Paragraphs.Join(e.Decision) : null,
                MinutesPages = e.Pages.ToList(),
                PreviouslyHandled = e.Previous.SelectMany(p => CaseReferences.PreviousFrom(p, number))
                    .Concat(CaseReferences.InText([discussion, .. e.Decision], number))
                    .Distinct(StringComparer.Ordinal).ToList(),
            });
        }

        return result;
    }

    private static string Raw(IReadOnlyList<LayoutRow> rows, CaseNumber number)
    {
        foreach (var row in rows)
        {
            var found = CaseNumber.FindAll(row.Text);
            if (found.Count > 0 && found[0].Index == 0 && found[0].Number == number)
            {
                var text = row.Text.Substring(found[0].Index, found[0].Length);
                return SakPrefixRegex().Replace(text, "");
            }
        }

        return number.ToString();
    }

    [GeneratedRegex(@"^(?<k>Dato|Møtedato|Tid|Tidspunkt|Møtetid|Sted|Møtested)\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyRegex();

    [GeneratedRegex(@"^(?<k>Til\s*stede\s+fra\s+(?<org>[^:]+)|Til\s*stede|Tilstede|Deltakere|Møtt|Forfall|Meldt\s+forfall|Fravær|Fraværende|Observatører|Observatør|Gjester|Gjest|Sekretariat\w*|Fra\s+sekretariatet|Referent)\s*:\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListLabelRegex();

    [GeneratedRegex(@"^\s*Tidligere\s+behandlet\s*(?:i\s+)?:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousLabelRegex();

    [GeneratedRegex(@"^(?:Vedtak|Beslutning|Konklusjon)\s*:\s*(?<rest>.*)$|^(?:Vedtak|Beslutning|Konklusjon)$", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionLabelRegex();

    [GeneratedRegex(@"^(?:Med\s+vennlig\s+hilsen|Vennlig\s+hilsen|Mvh\.?)(?:\s|,|$)|^(?-i:\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+)?),\s*(?:den\s+)?(?:\d{1,2}\.\s*(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})\b|^(?:Referent|Protokollfører|Referatet\s+er\s+skrevet\s+av)\s*:|,\s*(?:referent|protokollfører)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingRegex();

    [GeneratedRegex(@"^[Ss]ak\w*\s*(?:nr\.?\s*)?")]
    private static partial Regex SakPrefixRegex();
}

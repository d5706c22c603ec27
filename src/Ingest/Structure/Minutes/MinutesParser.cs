using System.Text.RegularExpressions;
using NorPreM.Ingest.Structure.Entities;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Recognition;
using NorPreM.Ingest.Structure.Splitting;
using NorPreM.Ingest.Structure.Text;
using NorPreM.Core.Model;

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
            if (CaseRowNumber(rows[i]) is not null || SeriesHeading(rows[i]) is not null)
            {
                firstCase = i;
                break;
            }
        }

        var header = firstCase < 0 ? rows : rows.Take(firstCase).ToList();
        string? meeting = null;
        foreach (var row in header.Take(4))
        {
            meeting ??= CaseNumber.FindMeeting(MeetingLabelRegex().Replace(row.Text, "Møte "));
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

        double? listLeft = null;
        for (var h = 0; h < header.Count; h++)
        {
            var row = header[h];
            var first = row.Cells[0].Text.Trim();
            var value = string.Join(" ", row.Cells.Skip(1).Select(c => c.Text));
            // A label that wraps in its table cell ("Fra" / "administrasjonen:") beside a value that wraps too.
            if (!KeyRegex().IsMatch(first) && !ListLabelRegex().IsMatch(first) && WrappedLabel(row, h + 1 < header.Count ? header[h + 1] : null) is { } wrapped)
            {
                first = wrapped.Label;
                value = Paragraphs.Join([value, wrapped.Value]);
                h++;
            }

            if (KeyRegex().Match(first) is { Success: true } key)
            {
                Flush();
                var v = (key.Groups["rest"].Value + " " + value).Trim();
                if (PlaceKeyRegex().IsMatch(key.Groups["k"].Value))
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
                listLeft = null;
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

            // Rows in the value column: a person a row, or an entry that wraps ("…; Baard-Christian" / "Schem, Helse Vest RHF; …").
            if (currentList is not null && valueColumn is { } col && row.Left >= col - 4)
            {
                if (pending is not null && !pending.TrimEnd().EndsWith(';') && (pending.Contains(';') || IsBrokenEntry(pending, row.Text, currentAffiliation)))
                {
                    pending += " " + row.Text;
                    continue;
                }

                Flush();
                pending = row.Text;
                continue;
            }

            // Rows of the label's paragraph (or the first row under a bare label, often in another font): a person a row
            // ("Deltakere:" above a list), or one entry wrapping ("…; Anne" /
            // "Berg, Universitetet i Bergen"), told apart by whether the entry read so far is a person on its own.
            if (currentList is not null && (!row.BlockStart || pending is null))
            {
                if (pending is null || StartsNewEntry(pending, row.Text, currentAffiliation))
                {
                    Flush();
                    pending = row.Text;
                    listLeft ??= row.Left;
                }
                else
                {
                    pending += " " + row.Text;
                }

                continue;
            }

            // One person a paragraph under a bare label ("Til stades:" / "Sigrid Haugland, Helse Bergen (leiar)" /
            // "Ragnhild Aarø, Helse Stavanger"): each further paragraph at the list's left edge that is a person.
            if (currentList is not null && listLeft is { } left && Math.Abs(row.Left - left) < 3
                && row.Cells.Count == 1 && PersonNames.ParseAttendees(row.Text, currentAffiliation).Count > 0)
            {
                Flush();
                pending = row.Text;
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

        var (read, items) = ReadCases(rows, Math.Max(0, firstCase), meeting, warnings);
        var cases = read
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
            Items = items,
            MinutesDocumentId = documentId,
            MinutesPages = pages,
        };
        return new ParsedMinutes(record, cases, warnings);
    }

    private static (ListKind Kind, string? Affiliation) Classify(Match label)
    {
        var name = label.Groups["k"].Value.ToLowerInvariant();
        var org = label.Groups["org"].Success ? label.Groups["org"].Value.Trim() : null;
        if (name.StartsWith("forfall", StringComparison.Ordinal) || name.StartsWith("fravær", StringComparison.Ordinal) || name.StartsWith("fråvær", StringComparison.Ordinal)
            || name.StartsWith("fråverande", StringComparison.Ordinal) || name.StartsWith("meldt forfall", StringComparison.Ordinal))
        {
            return (ListKind.Absent, null);
        }

        if (name.StartsWith("observatør", StringComparison.Ordinal) || name.StartsWith("gjest", StringComparison.Ordinal))
        {
            return (ListKind.Observers, null);
        }

        if (name.Contains("sekretariat", StringComparison.Ordinal) || name.Contains("administrasjon", StringComparison.Ordinal) || name.StartsWith("referent", StringComparison.Ordinal))
        {
            return (ListKind.Secretariat, org);
        }

        // "Til stede fra Innovasjon Norge": present, but not a member; listed with the observers, affiliated to the body named.
        return org is not null ? (ListKind.Observers, org) : (ListKind.Present, null);
    }

    /// <summary>
    /// Whether a row of an attendee list starts a new entry rather than continuing the one read so far: the entry's last
    /// person is whole on its own, and the row's first person is too ("…; Anne" / "Berg, Universitetet i Bergen" continues).
    /// </summary>
    private static bool StartsNewEntry(string pending, string row, string? affiliation) =>
        // An entry that ends its row with a comma waits for what the comma announces, the person's affiliation or
        // title ("…; Jørn Kråkenes," / "Universitetssykehuset Nord-Norge; …"), which is shaped like a name itself.
        !pending.TrimEnd().EndsWith(',')
        && PersonNames.ParseAttendees(pending.Split(';')[^1], affiliation).Count > 0
        && PersonNames.ParseAttendees(row.Split(';')[0], affiliation).Count > 0;

    /// <summary>
    /// Whether a value row continues an entry broken inside a name (a semicolon list that does not end its row with a
    /// semicolon continues in any case: "…; Per Ivar" / "Kvåle, NTNU", where "Per Ivar" alone reads as a person): neither the entry's last part nor the row's first
    /// part is a person on its own ("…; Baard-Christian" / "Schem, Helse Vest RHF; …").
    /// </summary>
    private static bool IsBrokenEntry(string pending, string row, string? affiliation) =>
        PersonNames.ParseAttendees(pending.Split(';')[^1], affiliation).Count == 0
        && PersonNames.ParseAttendees(row.Split(';')[0], affiliation).Count == 0
        && PersonNames.ParseAttendees(pending.Split(';')[^1] + " " + row.Split(';')[0], affiliation).Count > 0;

    /// <summary>
    /// A header label wrapped over two rows of its cell ("Fra" over "administrasjonen:"): the row's first cell has no
    /// colon, the next row starts in the same column with a cell that ends with one, and together they are a label.
    /// Returns the label and the next row's value cells.
    /// </summary>
    private static (string Label, string Value)? WrappedLabel(LayoutRow row, LayoutRow? next)
    {
        if (next is null || row.Cells.Count < 2 || row.Cells[0].Text.Contains(':') || Math.Abs(next.Left - row.Left) >= 3
            || !next.Cells[0].Text.TrimEnd().EndsWith(':'))
        {
            return null;
        }

        var label = row.Cells[0].Text.Trim() + " " + next.Cells[0].Text.Trim();
        return KeyRegex().IsMatch(label) || ListLabelRegex().IsMatch(label)
            ? (label, string.Join(" ", next.Cells.Skip(1).Select(c => c.Text)))
            : null;
    }

    /// <summary>
    /// Whether <paramref name="row"/> can be the wrapped rest of the title row above it: a title wraps only when its
    /// row is full, that is, when the next row's first word would not have fitted before the right edge of the text.
    /// A short heading ("Sak 10/24 Eventuelt") does not wrap, so the row after it is discussion even where the page
    /// gives no vertical gap or font change between them (OCR output, flush-left minutes).
    /// </summary>
    private static bool Wrapped(LayoutRow? above, LayoutRow row, IReadOnlyDictionary<int, double> textRight)
    {
        if (above is null || above.Page != row.Page || !textRight.TryGetValue(row.Page, out var right))
        {
            return true;
        }

        var firstWord = row.Text.TrimStart().Split(' ', 2)[0];
        // Generous: 0.7 em a letter and a space, more than the average letter of text faces, so only a clearly
        // short row counts as not wrapped.
        var wordWidth = 0.7 * Math.Max(above.FontSize, row.FontSize) * (firstWord.Length + 1);
        return above.Right + wordWidth >= right;
    }

    private static CaseNumber? CaseRowNumber(LayoutRow row) => CaseHeadings.Read(row.Text)?.Number;

    /// <summary>
    /// The heading of an item outside the case series, with its series, number (null for "Eventuelt") and title:
    /// "RS 12/2024 Referatsaker", "RS 3/24 Brev fra Helse- og omsorgsdepartementet", "OS 2/25 Orientering om …" (two
    /// capitals for the series, then a number by year or by meeting), or a row that is only "Eventuelt" (numbered, "Sak
    /// 10/24 Eventuelt" is a case). A letter for the kind of case ("O-sak 9/25") is no series of its own: such a case is
    /// numbered among the others and read by <see cref="CaseHeadings"/>.
    /// </summary>
    internal static (string Series, CaseNumber? Number, string Title)? SeriesHeading(LayoutRow row)
    {
        var text = row.Text.Trim();
        if (EventueltRegex().IsMatch(text))
        {
            return ("Eventuelt", null, "Eventuelt");
        }

        var m = OtherSeriesHeadingRegex().Match(text);
        if (!m.Success || !CaseNumber.TryParse("sak " + m.Groups["n"].Value, out var number))
        {
            return null;
        }

        return (m.Groups["s"].Value, number, text[m.Length..].Trim().TrimStart(':', '–', '-').Trim());
    }

    private static (IReadOnlyList<CaseRecord> Cases, IReadOnlyList<MeetingItem> Items) ReadCases(IReadOnlyList<LayoutRow> rows, int start, string meeting, List<string> warnings)
    {
        // Cases and items of other series, in the order printed; Series is null for a case.
        var entries = new List<(CaseNumber? Printed, string? Series, List<string> Title, List<LayoutRow> Discussion, List<string> Decision, SortedSet<int> Pages, List<string> Previous, string? Kind)>();
        var state = 0; // 0 title, 1 discussion, 2 decision, 3 closing (greeting, place and date, signature)
        double caseColumn = 0;
        LayoutRow? lastTitleRow = null;
        var textRight = rows.GroupBy(r => r.Page).ToDictionary(g => g.Key, g => g.Max(r => r.Right));
        for (var i = start; i < rows.Count; i++)
        {
            var row = rows[i];
            if (CaseHeadings.Read(row.Text) is ({ } number, { } title))
            {
                entries.Add((number, null, title.Length > 0 ? [title] : [], [], [], [row.Page], [], CaseHeadings.Kind(row.Text)));
                state = 0;
                caseColumn = row.Left;
                lastTitleRow = row;
                continue;
            }

            // An item of another series ("RS 12/2024 Referatsaker") ends the case above and is read as an item of its
            // own; "Eventuelt" without a number only where a case heading would stand, opening its paragraph.
            if (SeriesHeading(row) is { } series
                && (series.Number is not null || entries.Count == 0 || (row.BlockStart && Math.Abs(row.Left - caseColumn) < 3)))
            {
                entries.Add((series.Number, series.Series, series.Title.Length > 0 ? [series.Title] : [], [], [], [row.Page], [], null));
                state = 0;
                caseColumn = row.Left;
                lastTitleRow = row;
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
                state = Math.Max(state, 1); // the title ended above; what follows is discussion
                continue;
            }

            // A long title wraps onto rows of the same block; a paragraph after it (same column in flush-left minutes) is discussion.
            // A case row with the number alone ("Sak 41/23") has its title on the next row.
            var titleLeft = entry.Title.Count == 0
                ? Math.Abs(row.Left - caseColumn) < 3
                : Math.Abs(row.Left - caseColumn) < 3 && !row.BlockStart && Wrapped(lastTitleRow, row, textRight);
            if (state == 0 && entry.Discussion.Count == 0 && titleLeft)
            {
                entry.Title.Add(row.Text);
                lastTitleRow = row;
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

        var items = entries.Where(e => e.Series is not null).Select(e =>
        {
            var text = string.Join("\n", new[] { RowText.Join(e.Discussion), Paragraphs.Join(e.Decision) }.Where(t => t.Length > 0));
            return new MeetingItem
            {
                Series = e.Series!,
                Number = e.Printed?.ToString(),
                Title = e.Title.Count > 0 ? Paragraphs.Join(e.Title) : e.Series!,
                Text = text.Length > 0 ? text : null,
                Pages = e.Pages.ToList(),
            };
        }).ToList();
        entries.RemoveAll(e => e.Series is not null);

        var meetingKey = CaseNumber.TryParse("1/" + meeting, out var m) ? m.Value : (CaseNumber?)null;
        var result = new List<CaseRecord>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var number = e.Printed!.Value;
            string? printed = null;
            if (meetingKey is { } mk && number.MeetingKey != meeting && number.Meeting == mk.Meeting)
            {
                var previousFits = i > 0 && entries[i - 1].Printed!.Value.MeetingKey == meeting && entries[i - 1].Printed!.Value.Case == number.Case - 1;
                var nextFits = i + 1 < entries.Count && entries[i + 1].Printed!.Value.MeetingKey == meeting && entries[i + 1].Printed!.Value.Case == number.Case + 1;
                if (previousFits || nextFits)
                {
                    var corrected = new CaseNumber(number.Case, mk.Meeting, mk.Year);
                    warnings.Add($"Referatet for møte {meeting} skriver «Sak {Raw(rows, number)}»; tolket som sak {corrected} ut fra møtenummer og rekkefølge.");
                    printed = Raw(rows, number);
                    number = corrected;
                }
            }

            var discussion = RowText.Join(e.Discussion);
            // Without a labelled decision, a paragraph in which the council decides ("Rådet vedtok å …") is the decision.
            if (e.Decision.Count == 0)
            {
                var paragraphs = discussion.Split('\n');
                e.Decision.AddRange(paragraphs.Where(p => DecisionSentenceRegex().IsMatch(p)));
                discussion = string.Join("\n", paragraphs.Where(p => !DecisionSentenceRegex().IsMatch(p)));
            }

            result.Add(new CaseRecord
            {
                Number = number.ToString(),
                NumberAsPrinted = printed,
                Title = Paragraphs.Join(e.Title),
                CaseTypes = e.Kind is { } kind ? [kind] : [],
                Meeting = number.MeetingKey ?? meeting,
                Discussion = discussion.Length > 0 ? discussion : null,
                Decision = e.Decision.Count > 0 ? Paragraphs.Join(e.Decision) : null,
                MinutesPages = e.Pages.ToList(),
                PreviouslyHandled = e.Previous.SelectMany(p => CaseReferences.PreviousFrom(p, number))
                    .Concat(CaseReferences.InText([discussion, .. e.Decision], number))
                    .Distinct(StringComparer.Ordinal).ToList(),
            });
        }

        return (result, items);
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

    [GeneratedRegex(@"^(?<k>Dato|Møtedato|Tid|Tidspunkt|Møtetid|Sted|Møtested|Stad|Møtestad)\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyRegex();

    /// <summary>A meeting number given as a header field ("Møte: 2/2024", "Møtenummer: 2/2024", "Møte nr.: 2/2024"), also as an
    /// English OCR reads "Møte" ("Mete: 4/2024", "Mgte: 4/2024").</summary>
    [GeneratedRegex(@"^\s*(?:M[øoge@0a]te(?:nummer)?|M[øoge@0a]te\s+nr\.?)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingLabelRegex();

    [GeneratedRegex(@"^(?:Møte)?st[ea]d$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceKeyRegex();

    [GeneratedRegex(@"^(?<k>Til\s*(?:stede|stades)\s+fr[aå]\s+(?<org>[^:]+)|Til\s*stede|Til\s*stades|Deltakere|Deltakarar|Møtt|Møtte|Møteleder|Møteleiar|Forfall|Meldt\s+forfall|Fravær|Fraværende|Fråvær|Fråverande|Observatører|Observatørar|Observatør|Gjester|Gjestar|Gjest|Sekretariat\w*|Fr[aå]\s+sekretariatet|Fr[aå]\s+administrasjonen|Referent)\s*:\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListLabelRegex();

    [GeneratedRegex(@"^\s*(?:Tidligere\s+behandlet|Tidlegare\s+(?:handsama|behandla|behandlet))\s*(?:i\s+)?:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousLabelRegex();

    [GeneratedRegex(@"^(?:Vedtak|Beslutning|Konklusjon)\s*:\s*(?<rest>.*)$|^(?:Vedtak|Beslutning|Konklusjon)$", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionLabelRegex();

    [GeneratedRegex(@"^\p{Lu}\p{L}*(?:et|ene|a)\s+(?:vedtok|vedtek|vedtog|besluttet|bestemte|sluttet\s+seg\s+til|slutta\s+seg\s+til)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DecisionSentenceRegex();

    /// <summary>"RS 12/2024 Title", "RS 3/24 Title", "OS 2/3/2025 Title": two capitals, a number, a capitalised title.</summary>
    [GeneratedRegex(@"^(?<s>\p{Lu}{2})\s+(?<n>\d{1,3}\s*/\s*(?:\d{1,2}\s*/\s*)?(?:\d{4}|\d{2}))(?=\s+\p{Lu}|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex OtherSeriesHeadingRegex();

    [GeneratedRegex(@"^Eventuelt\s*:?$", RegexOptions.CultureInvariant)]
    private static partial Regex EventueltRegex();

    [GeneratedRegex(@"^(?:Med\s+vennlig\s+hilsen|Vennlig\s+hilsen|Mvh\.?)(?:\s|,|$)|^(?-i:\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+)?),\s*(?:den\s+)?(?:\d{1,2}\.\s*(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})\b|^(?:Referent|Protokollfører|Referatet\s+er\s+skrevet\s+av)\s*:|,\s*(?:referent|protokollfører)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingRegex();

    [GeneratedRegex(@"^[Ss]ak\w*\s*(?:nr\.?\s*)?")]
    private static partial Regex SakPrefixRegex();
}

using System.Text.RegularExpressions;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Readers;
using NorPreM.Ingest.Structure.Text;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Minutes;

/// <summary>
/// Reads the items of minutes, a protocol or an agenda, from the first item heading to the end: for each heading
/// (<see cref="ItemHeadingReader"/>) the title rows at the heading's column, the discussion, the proposal, the handling,
/// protocol entries and the decision (<see cref="DecisionReader"/>); the closing (greeting, place and date, signatures)
/// belongs to no item. Items outside the case series become the meeting's <see cref="MeetingItem"/>s; an item listed
/// twice (an agenda table above the minutes of the same items) is read once, from where it says most.
/// </summary>
public static partial class ItemReader
{
    private enum State { Title, Discussion, Decision, Closing, Proposal, Protocol }

    private sealed class Entry(ItemHeading heading, int page)
    {
        public ItemHeading Heading { get; } = heading;
        public List<string> Title { get; } = heading.Title.Length > 0 ? [heading.Title] : [];
        public List<LayoutRow> Discussion { get; } = [];
        public List<string> Decision { get; } = [];
        public string? DecisionKind { get; set; }
        public int? DecisionPage { get; set; }
        public List<string> Proposal { get; } = [];
        public string? ProposalLabel { get; set; }
        public int? ProposalPage { get; set; }
        public List<string> Protocol { get; } = [];
        public List<string> Outcomes { get; } = [];
        public SortedSet<int> Pages { get; } = [page];
        public List<string> Previous { get; } = [];
        public List<string> ColumnDecision { get; } = [];
        public int? ColumnDecisionPage { get; set; }
        public string? DecisionColumnKind { get; set; }
        public int HeadingPage { get; } = page;

        public int Weight => Discussion.Count + Decision.Count + Proposal.Count + Protocol.Count + Outcomes.Count;
    }

    /// <summary>Index of the first row that opens an item, or -1.</summary>
    public static int FirstItem(IReadOnlyList<LayoutRow> rows)
    {
        var bare = BareHeadingsAllowed(rows, out var bodySize);
        for (var i = 0; i < rows.Count; i++)
        {
            if (Heading(rows[i], bare, bodySize) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The cases and the other items from <paramref name="start"/> on, for the meeting keyed <paramref name="meeting"/>.</summary>
    public static (IReadOnlyList<CaseRecord> Cases, IReadOnlyList<MeetingItem> Items) Read(IReadOnlyList<LayoutRow> rows, int start, string meeting, List<string> warnings)
    {
        rows = CentredTitles(rows, ref start);
        var bare = BareHeadingsAllowed(rows, out var bodySize);
        var entries = new List<Entry>();
        var state = State.Title;
        double caseColumn = 0;
        LayoutRow? lastTitleRow = null;
        var textRight = rows.GroupBy(r => r.Page).ToDictionary(g => g.Key, g => g.Max(r => r.Right));
        var decisionColumn = DecisionColumn(rows, start);
        for (var i = start; i < rows.Count; i++)
        {
            var row = rows[i];
            if (decisionColumn is { } column && DecisionColumn(row) is { } header)
            {
                decisionColumn = header; // the table's header repeated on a new page
                continue;
            }

            // In a table with a decision column ("Sak | Tema | Konklusjon / oppfølging") what stands in that column is the item's decision.
            LayoutRow? columnPart = null;
            if (decisionColumn is { } decisionLeft && row.Cells.Count > 0 && row.Cells.Any(c => c.Left >= decisionLeft.Left - 3))
            {
                columnPart = row with { Cells = row.Cells.Where(c => c.Left >= decisionLeft.Left - 3).ToList() };
            }

            if (Heading(row, bare, bodySize) is { } heading
                && (heading.Number is not null || entries.Count == 0 || (row.BlockStart && Math.Abs(row.Left - caseColumn) < 3)))
            {
                entries.Add(new Entry(heading, row.Page));
                state = State.Title;
                caseColumn = row.Left;
                lastTitleRow = row;
                if (columnPart is not null)
                {
                    entries[^1].ColumnDecision.Add(columnPart.Text);
                    entries[^1].ColumnDecisionPage ??= row.Page;
                    entries[^1].DecisionColumnKind = decisionColumn!.Kind;
                }

                continue;
            }

            if (entries.Count == 0)
            {
                continue;
            }

            if (columnPart is not null)
            {
                entries[^1].ColumnDecision.Add(columnPart.Text);
                entries[^1].ColumnDecisionPage ??= row.Page;
                entries[^1].DecisionColumnKind = decisionColumn!.Kind;
                entries[^1].Pages.Add(row.Page);
                if (columnPart.Cells.Count == row.Cells.Count)
                {
                    continue;
                }

                row = row with { Cells = row.Cells.Where(c => c.Left < decisionColumn!.Left - 3).ToList() };
            }

            // The closing ("Med vennlig hilsen", "Bergen, 20. mars 2024 Kari Nordmann, referent") belongs to no case;
            // only a new case heading ends it.
            if (state == State.Closing || ClosingRegex().IsMatch(row.Text))
            {
                state = State.Closing;
                continue;
            }

            var entry = entries[^1];
            entry.Pages.Add(row.Page);
            if (DecisionReader.ReadLabel(row.Text) is { } label)
            {
                switch (label.Kind)
                {
                    case DecisionRowKind.Decision:
                        // A labelled decision outranks an outcome read before it ("Votering: … vedtatt" above "Vedtak:").
                        if (entry.DecisionKind is not (DecisionKinds.Labelled or DecisionKinds.Conclusion or DecisionKinds.Statement))
                        {
                            entry.Decision.Clear();
                            entry.DecisionPage = null;
                        }

                        entry.DecisionKind = label.DecisionKind;
                        entry.DecisionPage ??= row.Page;
                        if (DecisionReader.Vote(label.Label) is not null)
                        {
                            entry.Outcomes.Add(label.Label); // "Enstemmig vedtatt:" is the vote of the decision it labels
                        }

                        if (label.Rest.Length > 0)
                        {
                            entry.Decision.Add(label.Rest);
                        }

                        state = State.Decision;
                        continue;
                    case DecisionRowKind.Proposal when state != State.Decision:
                        entry.ProposalLabel ??= label.Label;
                        entry.ProposalPage ??= row.Page;
                        if (label.Rest.Length > 0)
                        {
                            entry.Proposal.Add(label.Rest);
                        }

                        state = State.Proposal;
                        continue;
                    case DecisionRowKind.ProtocolEntry:
                        entry.Protocol.Add(label.Rest);
                        state = State.Protocol;
                        continue;
                    case DecisionRowKind.Handling when state != State.Decision:
                        if (label.Rest.Length > 0)
                        {
                            entry.Outcomes.Add(label.Rest);
                        }

                        state = State.Discussion;
                        continue;
                }
            }

            if (PreviousLabelRegex().Match(row.Text) is { Success: true } previous)
            {
                entry.Previous.Add(previous.Groups["rest"].Value);
                state = state == State.Title ? State.Discussion : state; // the title ended above; what follows is discussion
                continue;
            }

            // A long title wraps onto rows of the same block; a paragraph after it (same column in flush-left minutes) is discussion.
            // A case row with the number alone ("Sak 41/23") has its title on the next row.
            var titleLeft = entry.Title.Count == 0
                ? Math.Abs(row.Left - caseColumn) < 3
                : Math.Abs(row.Left - caseColumn) < 3 && !row.BlockStart && Wrapped(lastTitleRow, row, textRight);
            if (state == State.Title && entry.Discussion.Count == 0 && titleLeft)
            {
                entry.Title.Add(row.Text);
                lastTitleRow = row;
                continue;
            }

            // In an agenda table the title cell wraps inside its column ("Sak 2/2025 | Årsregnskap og årsberetning" over
            // "| 2024 for Midtdal krisesenter IKS"): the next line's cell in the title column goes on with the title, and
            // what stands in later columns (a proposal wrapping beside it) is not part of it.
            if (state == State.Title && entry.Discussion.Count == 0 && TitleColumnContinuation(lastTitleRow, row) is { } continued)
            {
                entry.Title.Add(continued);
                lastTitleRow = lastTitleRow! with { Top = row.Top, Bottom = row.Bottom };
                continue;
            }

            switch (state)
            {
                case State.Decision:
                    entry.Decision.Add(row.Text);
                    break;
                // A proposal or protocol entry is its label's paragraph (or, after a bare label, the paragraph under it).
                case State.Proposal when !row.BlockStart || entry.Proposal.Count == 0:
                    entry.Proposal.Add(row.Text);
                    break;
                case State.Protocol when !row.BlockStart || entry.Protocol[^1].Length == 0:
                    entry.Protocol[^1] = (entry.Protocol[^1] + " " + row.Text).Trim();
                    break;
                default:
                    state = State.Discussion;
                    entry.Discussion.Add(row);
                    break;
            }
        }

        entries = Distinct(entries);
        var items = entries.Where(e => !e.Heading.IsCase).Select(e =>
        {
            var text = string.Join("\n", new[] { RowText.Join(e.Discussion), Paragraphs.Join(e.Decision) }.Where(t => t.Length > 0));
            return new MeetingItem
            {
                Series = e.Heading.Series,
                Number = e.Heading.Number?.Normal,
                Title = e.Title.Count > 0 ? Paragraphs.Join(e.Title) : e.Heading.Series,
                Text = text.Length > 0 ? text : null,
                Pages = e.Pages.ToList(),
            };
        }).ToList();
        var cases = entries.Where(e => e.Heading.IsCase).ToList();
        return (Cases(cases, rows, meeting, warnings), items);
    }

    private static List<CaseRecord> Cases(List<Entry> entries, IReadOnlyList<LayoutRow> rows, string meeting, List<string> warnings)
    {
        var meetingKey = CaseNumber.TryParse("1/" + meeting, out var m) ? m.Value : (CaseNumber?)null;
        var result = new List<CaseRecord>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var printed = e.Heading.Number!;
            string? misprint = null;
            var number = printed.Number;
            if (number is { } n && meetingKey is { } mk && n.MeetingKey != meeting && n.Meeting == mk.Meeting)
            {
                var previousFits = i > 0 && entries[i - 1].Heading.Number?.Number is { } p && p.MeetingKey == meeting && p.Case == n.Case - 1;
                var nextFits = i + 1 < entries.Count && entries[i + 1].Heading.Number?.Number is { } x && x.MeetingKey == meeting && x.Case == n.Case + 1;
                if (previousFits || nextFits)
                {
                    var corrected = new CaseNumber(n.Case, mk.Meeting, mk.Year);
                    warnings.Add($"Referatet for møte {meeting} skriver «Sak {Raw(rows, n)}»; tolket som sak {corrected} ut fra møtenummer og rekkefølge.");
                    misprint = Raw(rows, n);
                    number = corrected;
                }
            }

            var discussion = RowText.Join(e.Discussion);
            var decisionKind = e.DecisionKind;
            var decisionPage = e.DecisionPage;
            var paragraphs = discussion.Split('\n');
            if (e.Decision.Count == 0 && e.ColumnDecision.Count > 0 && Paragraphs.Join(e.ColumnDecision) is { } column && !DecisionReader.NothingDecided(column))
            {
                decisionKind = e.DecisionColumnKind;
                e.Decision.Add(column);
                decisionPage = e.ColumnDecisionPage;
            }

            if (e.Decision.Count == 0)
            {
                // Without a labelled decision, a short outcome paragraph ("Enstemmig vedtatt.", "Tas til orientering.",
                // "Regnskapet godkjennes.") or a paragraph in which the body decides ("Rådet vedtok å …") is the decision.
                var outcomes = paragraphs.Where(p => DecisionReader.OutcomeKind(p) is not null).ToList();
                var decided = outcomes.Count > 0 ? outcomes : paragraphs.Where(DecisionReader.IsDecisionSentence).ToList();
                if (decided.Count > 0)
                {
                    decisionKind = outcomes.Count > 0 ? DecisionReader.OutcomeKind(outcomes[0]) : DecisionKinds.Sentence;
                    e.Decision.AddRange(decided);
                    discussion = string.Join("\n", paragraphs.Where(p => !decided.Contains(p)));
                    decisionPage = e.Discussion.FirstOrDefault(r => decided[0].StartsWith(r.Text.Trim(), StringComparison.Ordinal))?.Page ?? e.Pages.Min;
                }
                else if (e.Outcomes.FirstOrDefault(o => DecisionReader.OutcomeKind(o) is not null) is { } outcome)
                {
                    // "Votering: Innstillingen ble vedtatt." without a decision block: the outcome is what the minutes record.
                    decisionKind = DecisionReader.OutcomeKind(outcome);
                    e.Decision.Add(outcome);
                    decisionPage = e.Pages.Min;
                }
                else if (paragraphs.Length > 0 && DecisionReader.EndingDecision(paragraphs[^1]) is { } ending)
                {
                    // Minutes written as prose end an item's paragraph with what was decided ("… Vedtak: Styret godkjenner
                    // …", "… Styret vedtok å …", "… Innkalling og saksliste godkjent med denne endringen.").
                    decisionKind = ending.Kind;
                    e.Decision.Add(ending.Decision);
                    paragraphs[^1] = ending.Before;
                    discussion = string.Join("\n", paragraphs.Where(p => p.Length > 0));
                    var lastWords = ending.Decision.Split(' ', 3);
                    decisionPage = e.Discussion.LastOrDefault(r => r.Text.Contains(string.Join(' ', lastWords.Take(2)), StringComparison.Ordinal))?.Page ?? e.Pages.Max;
                }
            }

            var decision = e.Decision.Count > 0 ? Paragraphs.Join(e.Decision) : null;
            var vote = new[] { decision, discussion }.Concat(e.Outcomes).OfType<string>().Select(DecisionReader.Vote).FirstOrDefault(v => v is not null);
            var texts = new List<string> { discussion };
            texts.AddRange(e.Decision);
            result.Add(new CaseRecord
            {
                Number = number?.ToString() ?? CaseNumber.InMeeting(printed.Normal, meeting),
                NumberAsPrinted = misprint,
                Label = printed.Label,
                NumberScheme = printed.Scheme,
                Title = Paragraphs.Join(e.Title),
                CaseTypes = e.Heading.CaseType is { } kind ? [kind] : [],
                Meeting = number?.MeetingKey ?? meeting,
                Discussion = discussion.Length > 0 ? discussion : null,
                Decision = decision,
                DecisionKind = decision is null ? null : decisionKind,
                DecisionAt = decision is null ? null : new SourceSpan(decisionPage ?? e.Pages.Min, -1, 0),
                TitleAt = new SourceSpan(e.HeadingPage, -1, 0),
                ProposedDecision = e.Proposal.Count > 0 ? Paragraphs.Join(e.Proposal) : null,
                ProposalLabel = e.Proposal.Count > 0 ? e.ProposalLabel : null,
                ProposalAt = e.Proposal.Count > 0 ? new SourceSpan(e.ProposalPage ?? e.Pages.Min, -1, 0) : null,
                Vote = vote,
                ProtocolEntries = e.Protocol.Select(Paragraphs.Normalise).ToList(),
                MinutesPages = e.Pages.ToList(),
                PreviouslyHandled = number is { } own
                    ? e.Previous.SelectMany(p => CaseReferences.PreviousFrom(p, own))
                        .Concat(CaseReferences.InText(texts, own))
                        .Distinct(StringComparer.Ordinal).ToList()
                    : [],
            });
        }

        return result;
    }

    /// <summary>
    /// One entry per item: an item listed in an agenda table above the minutes of the same items ("PS 41/23 | Godkjenning
    /// …" and later "PS 41/23 Godkjenning …") is kept where it says most, with its pages joined.
    /// </summary>
    private static List<Entry> Distinct(List<Entry> entries)
    {
        var result = new List<Entry>();
        foreach (var e in entries)
        {
            var key = e.Heading.Number is { } p ? p.Scheme + ":" + p.Normal + ":" + e.Heading.IsCase : null;
            var same = key is null ? -1 : result.FindIndex(r => r.Heading.Number is { } q && q.Scheme + ":" + q.Normal + ":" + r.Heading.IsCase == key);
            if (same < 0)
            {
                result.Add(e);
            }
            else if (e.Weight > result[same].Weight)
            {
                result[same] = e;
            }
        }

        return result;
    }

    /// <summary>A table's decision column: where it starts and the decision kind its header names.</summary>
    private sealed record DecisionColumnHeader(double Left, string Kind);

    /// <summary>The decision column of an item table whose header row stands just above the first item, or null.</summary>
    private static DecisionColumnHeader? DecisionColumn(IReadOnlyList<LayoutRow> rows, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 3; i--)
        {
            if (DecisionColumn(rows[i]) is { } header)
            {
                return header;
            }
        }

        return null;
    }

    /// <summary>
    /// A table header row with a decision column after the item's: "Sak | Tema | Konklusjon / oppfølging", "Saksnr. |
    /// Sak | Vedtak", "Nr | Sak | Beslutning".
    /// </summary>
    private static DecisionColumnHeader? DecisionColumn(LayoutRow row)
    {
        if (row.Cells.Count < 2 || row.Cells.Count > 5 || !ItemColumnRegex().IsMatch(row.Cells[0].Text.Trim()))
        {
            return null;
        }

        var cell = row.Cells.Skip(1).FirstOrDefault(c => DecisionColumnRegex().IsMatch(c.Text.Trim()));
        return cell is null ? null
            : new DecisionColumnHeader(cell.Left, cell.Text.TrimStart().StartsWith("Vedtak", StringComparison.OrdinalIgnoreCase) ? DecisionKinds.Labelled : DecisionKinds.Conclusion);
    }

    [GeneratedRegex(@"^(?:Sak|Saksnr\.?|Sak\s*nr\.?|Nr\.?|Punkt|Pkt\.?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItemColumnRegex();

    [GeneratedRegex(@"^(?:Vedtak|Konklusjon|Konklusjonar|Konklusjoner|Beslutning|Konklusjon\s*/\s*oppfølging|Vedtak\s*/\s*oppfølging|Konklusjon\s*/\s*vedtak|Vedtak\s*/\s*konklusjon)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecisionColumnRegex();

    private static ItemHeading? Heading(LayoutRow row, bool bare, double bodySize) =>
        ItemHeadingReader.Read(row, bare && ItemHeadingReader.IsHeadingStyle(row, bodySize));

    /// <summary>
    /// Bare numbers ("5.", "13.1.3") head items only in a text whose items carry no series word or capitals: where
    /// "Sak 5/23" heads the items, a bold "1." inside one is a point of its text.
    /// </summary>
    private static bool BareHeadingsAllowed(IReadOnlyList<LayoutRow> rows, out double bodySize)
    {
        var sizes = rows.Select(r => r.FontSize).Where(s => s > 0).Order().ToList();
        bodySize = sizes.Count == 0 ? 0 : sizes[sizes.Count / 2];
        return !rows.Any(r => ItemHeadingReader.Read(r) is { Number: not null });
    }

    /// <summary>
    /// The text that goes on with a table row's title cell on the next printed line: the cell of <paramref name="row"/>
    /// that starts where the title cell of <paramref name="titleRow"/> starts, with nothing in the number column and the
    /// lines no further apart than a line of text. Null when the row is not such a continuation.
    /// </summary>
    private static string? TitleColumnContinuation(LayoutRow? titleRow, LayoutRow row)
    {
        if (titleRow is null || titleRow.Page != row.Page || titleRow.Cells.Count < 2 || row.Cells[0].Left <= titleRow.Cells[0].Right
            || CaseNumber.ReadPrinted(titleRow.Cells[0].Text.Trim(), bare: true) is not { Title.Length: 0 }
            || titleRow.Bottom - row.Top > 1.0 * Math.Max(titleRow.FontSize, row.FontSize) || titleRow.Bottom - row.Top < -2)
        {
            return null;
        }

        var titleCell = titleRow.Cells.Skip(1).FirstOrDefault(c => !ArchiveOrMarkCellRegex().IsMatch(c.Text.Trim()));
        return titleCell is not null && Math.Abs(row.Cells[0].Left - titleCell.Left) < 3 ? row.Cells[0].Text.Trim() : null;
    }

    /// <summary>
    /// Agenda table rows whose number stands vertically centred beside a title cell that wraps over the lines above and
    /// below it ("Godkjenning av protokoll fra møtet" / "PS 4/25 | 25/00112" / "20.01.2025"): the title lines are joined
    /// into the number's row as its title cell, so the item reads "PS 4/25 Godkjenning av protokoll fra møtet 20.01.2025".
    /// A number row that has a title cell of its own, or lines that are not in the gap between its number and the next
    /// column, are left as they are. <paramref name="start"/> follows the rows removed before it.
    /// </summary>
    private static IReadOnlyList<LayoutRow> CentredTitles(IReadOnlyList<LayoutRow> rows, ref int start)
    {
        List<LayoutRow>? result = null;
        for (var i = 0; i < (result ?? rows).Count; i++)
        {
            var list = result ?? rows;
            var row = list[i];
            if (row.Cells.Count < 2 || CaseNumber.ReadPrinted(row.Cells[0].Text.Trim(), bare: true) is not { Title.Length: 0 }
                || !row.Cells.Skip(1).All(c => ArchiveOrMarkCellRegex().IsMatch(c.Text.Trim())))
            {
                continue;
            }

            var gapLeft = row.Cells[0].Right;
            var gapRight = row.Cells[1].Left;
            bool InGap(LayoutRow r) => r.Page == row.Page && r.Cells.Count == 1 && r.Cells[0].Left > gapLeft && r.Cells[0].Right < gapRight
                && Math.Abs((r.Top + r.Bottom) / 2 - (row.Top + row.Bottom) / 2) < 1.6 * Math.Max(r.FontSize, row.FontSize)
                && CaseNumber.ReadPrinted(r.Text.Trim(), bare: true) is null;
            var above = i > 0 && InGap(list[i - 1]) ? list[i - 1] : null;
            var below = i + 1 < list.Count && InGap(list[i + 1]) ? list[i + 1] : null;
            if (above is null && below is null)
            {
                continue;
            }

            var parts = new[] { above, below }.OfType<LayoutRow>().ToList();
            var title = new LayoutCell(string.Join(" ", parts.Select(p => p.Text.Trim())), parts.Min(p => p.Cells[0].Left), parts.Max(p => p.Cells[0].Right));
            result ??= rows.ToList();
            result[i] = row with { Cells = [row.Cells[0], title, .. row.Cells.Skip(1)] };
            if (below is not null)
            {
                result.RemoveAt(i + 1);
            }

            if (above is not null)
            {
                result.RemoveAt(i - 1);
                start -= i - 1 < start ? 1 : 0;
                i--;
            }
        }

        return result ?? rows;
    }

    // What stands beside a number in an agenda table when the title is elsewhere: an archive number ("22/310",
    // "2025/01234-2") or a mark ("X" for a closed item), or nothing more.
    [GeneratedRegex(@"^(?:\d{2,4}/\d{1,6}(?:-\d{1,4})?|\p{L}{0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex ArchiveOrMarkCellRegex();

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

    [GeneratedRegex(@"^\s*(?:Tidligere\s+behandlet|Tidlegare\s+(?:handsama|behandla|behandlet))\s*(?:i\s+)?:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousLabelRegex();

    [GeneratedRegex(@"^(?:Med\s+vennlig\s+hilsen|Vennlig\s+hilsen|Mvh\.?)(?:\s|,|$)|^(?-i:\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+)?),\s*(?:den\s+)?(?:\d{1,2}\.\s*(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})\b|^(?:Referent|Protokollfører|Referatet\s+er\s+skrevet\s+av|Underskrifter)\s*:|,\s*(?:referent|protokollfører)\s*$|^Møtet\s+(?:ble|blei|vart)\s+(?:hevet|heva|avsluttet|avslutta|slutt)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingRegex();

    [GeneratedRegex(@"^[Ss]ak\w*\s*(?:nr\.?\s*)?")]
    private static partial Regex SakPrefixRegex();
}

using System.Text.RegularExpressions;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Readers;
using NorPreM.Ingest.Structure.Recognition;
using NorPreM.Ingest.Structure.Splitting;
using NorPreM.Ingest.Structure.Text;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.CasePapers;

/// <summary>An attachment as listed in a case paper's "Vedlegg" cell: its number (when numbered) and title.</summary>
public sealed record ListedAttachment(int? Number, string Title);

/// <summary>A parsed case paper: the case, the attachments it lists (not yet linked to parts), and warnings.</summary>
public sealed record ParsedCasePaper(CaseRecord Case, IReadOnlyList<ListedAttachment> Attachments, IReadOnlyList<string> Warnings);

/// <summary>Parses one case paper (saksframlegg) part.</summary>
public interface ICasePaperParser
{
    /// <summary>The case, or null when neither page nor bookmark names a case number.</summary>
    ParsedCasePaper? Parse(SplitPart part, IReadOnlyList<LayoutRow> rows, string documentId, string? council);
}

/// <summary>
/// Reads a saksframlegg as a composition of readers: the heading block (<see cref="CaseHeadingReader"/>), the header
/// table (<see cref="HeaderTableReader"/>) and the body sections with the proposal (<see cref="SectionReader"/>). It reads
/// the heading block ("Saksframlegg | Møte 3/2022", "Sak 28/3/2022", title), the two-column
/// header table (Type sak, Til, Fra, Saksbehandler(e), Vedlegg, Tidligere behandlet), the body sections and
/// "Forslag til vedtak". Table values that wrap continue on rows that start in the value column; the table ends at the
/// first row that is neither a label nor aligned with the values. When the heading block is missing from the text layer
/// the bookmark supplies number and title, and the meeting follows from the case number itself (case N of meeting M).
/// </summary>
public sealed partial class CasePaperParser : ICasePaperParser
{
    /// <summary>How far apart, in points, two rows may start and still count as one table column.</summary>
    /// <summary>The section headings council case papers use (see <see cref="SectionReader"/>).</summary>
    public static IReadOnlySet<string> KnownHeadings => SectionReader.KnownHeadings;

    /// <summary>A row that reads as a title: a short line in capitals, or in bold, that ends in no colon.</summary>
    private static bool IsTitleRow(LayoutRow row)
    {
        var text = row.Text.Trim();
        return text.Length > 0 && !text.EndsWith(':') && text.Split(' ').Length <= 20 && row.Cells.Count == 1
            && (row.Bold || (text.Count(char.IsLetter) >= 4 && !text.Any(char.IsLower)));
    }

    /// <inheritdoc />
    public ParsedCasePaper? Parse(SplitPart part, IReadOnlyList<LayoutRow> rows, string documentId, string? council)
    {
        var warnings = new List<string>();
        var headerStart = HeaderTableReader.FindStart(rows);

        // Heading block: rows before the header table (or before the first known section heading). It counts only
        // when it names the paper ("Saksframlegg"), the case, or the meeting it is written for; otherwise those rows are body text.
        var headingEnd = headerStart >= 0 ? headerStart : CaseHeadingReader.End(rows);
        var headingRows = rows.Take(Math.Max(0, headingEnd)).ToList();
        var heading = CaseHeadingReader.Read(headingRows);
        var titleRows = heading.TitleRows.ToList();
        if (heading.Number is null && !heading.NamesPaper && heading.MeetingDate is null)
        {
            headingEnd = headerStart >= 0 ? headerStart : 0;
        }

        var fields = new Dictionary<string, List<string>>();
        var bodyStart = headerStart >= 0 ? HeaderTableReader.Read(rows, headerStart, fields) : Math.Max(0, headingEnd);

        // Papers that give the number in the table print the case heading ("Sak 34/23 Title") after it.
        var pageNumber = heading.Number;
        var label = heading.Label;
        if (pageNumber is null && bodyStart < rows.Count && CaseHeadings.Read(rows[bodyStart].Text) is ({ } bodyNumber, { } bodyTitle))
        {
            pageNumber = bodyNumber;
            label = CaseNumber.ReadPrinted(rows[bodyStart].Text)?.Label;
            if (bodyTitle.Length > 0 && titleRows.Count == 0)
            {
                titleRows.Add(bodyTitle);
            }

            bodyStart++;
            while (bodyStart < rows.Count && !rows[bodyStart].BlockStart && !SectionReader.IsHeading(rows[bodyStart], rows, bodyStart))
            {
                titleRows.Add(rows[bodyStart++].Text);
            }
        }

        // A paper whose heading gives only the number ("Sak 41/22" over "SAKSFREMLEGG") prints the title on its own
        // after the table, in capitals or bold ("GODKJENNING AV PROTOKOLL FRA MØTE 12.05.2022").
        if (titleRows.Count == 0 && (pageNumber is not null || HeaderTableReader.Field(fields, "number") is not null)
            && bodyStart < rows.Count && IsTitleRow(rows[bodyStart]) && !SectionReader.IsKnownHeading(rows[bodyStart]))
        {
            titleRows.Add(rows[bodyStart++].Text);
            while (bodyStart < rows.Count && !rows[bodyStart].BlockStart && IsTitleRow(rows[bodyStart]))
            {
                titleRows.Add(rows[bodyStart++].Text);
            }
        }

        // Some papers list the attachments and the earlier handling under the case heading, outside the table
        // ("Vedlegg:" over a numbered list, "Tidligere behandlet: Sak 22/24").
        bodyStart = HeaderTableReader.ReadLabelsUnderHeading(rows, bodyStart, fields);
        var body = rows.Skip(bodyStart).ToList();
        var (sections, proposal, proposalLabel, proposalPage) = SectionReader.Read(body);

        var tableNumber = HeaderTableReader.Field(fields, "number") is { } written && CaseNumber.TryParse("sak " + written.Trim(), out var n) ? n : null;
        var number = pageNumber ?? part.Case ?? tableNumber;
        if (label is null && pageNumber is null && part.Case is null && tableNumber is not null)
        {
            // The number as the handling table prints it ("5/25").
            label = HeaderTableReader.Field(fields, "number")?.Trim();
        }

        var meetingDate = (HeaderTableReader.Field(fields, "date") is { } dateText ? NorwegianDates.FindDate(dateText)?.Date : null) ?? heading.MeetingDate;
        if (number is null)
        {
            // A paper without a number that names the meeting it is for ("Orienteringssak til møte i arbeidsgruppen
            // tirsdag 7. november 2023"): a case of that meeting, titled by its first heading.
            return heading.MeetingDate is { } held ? Unnumbered(part, rows, headingRows, sections, proposal, proposalLabel, proposalPage, held, documentId, council) : null;
        }

        if (pageNumber is { } p && part.Case is { } o && p != o)
        {
            warnings.Add($"Saksframlegget på side {part.Part.FirstPage} har nummer {p}, men bokmerket sier {o}; sidens nummer er brukt.");
        }

        // A case numbered by year belongs to the meeting the paper names, or else to the meeting on its date.
        var meeting = heading.Meeting ?? (number.Value.HasMeeting || meetingDate is not { } d ? null : MeetingKeys.FromDate(d));
        var title = titleRows.Count > 0 ? Paragraphs.Join(titleRows) : HeaderTableReader.Field(fields, "subject") ?? part.OutlineTitle ?? part.Part.Title;
        if (meeting is not null && number.Value.MeetingKey is { } own && meeting != own)
        {
            warnings.Add($"Sak {number} står i et saksframlegg for møte {meeting}.");
        }

        var archive = HeaderTableReader.ArchiveReferenceOf(fields, tableNumber is not null, rows.Take(Math.Max(0, headerStart >= 0 ? headerStart : headingEnd)));
        var attachments = ParseAttachments(fields.GetValueOrDefault("attachments"));
        var to = HeaderTableReader.Field(fields, "to");
        var record = new CaseRecord
        {
            Number = number.Value.ToString(),
            Label = label,
            NumberScheme = number.Value.HasMeeting ? CaseNumberSchemes.ByMeeting : CaseNumberSchemes.ByYear,
            Title = title,
            TitleAt = new SourceSpan(part.Part.FirstPage, -1, 0),
            Council = CouncilRecogniser.FromTitle(to) ?? council,
            Meeting = number.Value.MeetingKey ?? meeting,
            MeetingDate = meetingDate,
            CaseTypes = ParseCaseTypes(HeaderTableReader.Field(fields, "type")),
            To = to,
            From = HeaderTableReader.Field(fields, "from"),
            ArchiveReference = archive,
            CaseOfficers = SplitNames(HeaderTableReader.Field(fields, "officers")),
            Attachments = attachments.Select(a => new AttachmentRef(a.Title, null, null)).ToList(),
            PreviouslyHandled = CaseReferences.PreviousFrom(HeaderTableReader.Field(fields, "previous"), number.Value)
                .Concat(CaseReferences.InText(sections.Select(s => s.Text), number.Value))
                .Distinct().ToList(),
            Sections = sections,
            ProposedDecision = proposal,
            ProposalLabel = proposalLabel,
            ProposalAt = proposalPage is { } pp ? new SourceSpan(pp, -1, 0) : null,
            DocumentId = documentId,
            Pages = Enumerable.Range(part.Part.FirstPage, part.Part.LastPage - part.Part.FirstPage + 1).ToList(),
        };
        return new ParsedCasePaper(record, attachments, warnings);
    }

    /// <summary>
    /// An unnumbered case paper: titled by its first section heading (or else by its own heading), keyed by that title
    /// within the meeting it is written for, so it never borrows a number.
    /// </summary>
    private static ParsedCasePaper Unnumbered(SplitPart part, IReadOnlyList<LayoutRow> rows, IReadOnlyList<LayoutRow> headingRows,
        IReadOnlyList<SectionRecord> sections, string? proposal, string? proposalLabel, int? proposalPage, DateOnly held, string documentId, string? council)
    {
        var first = sections.FirstOrDefault(s => s.Heading.Length > 0 && !SectionReader.KnownHeadings.Contains(s.Heading));
        var title = first?.Heading ?? Paragraphs.Join(headingRows.Select(r => r.Text));
        var meeting = MeetingKeys.FromDate(held);
        var record = new CaseRecord
        {
            Number = CaseNumber.InMeeting(Councils.Slug(title) ?? "sak", meeting),
            NumberScheme = CaseNumberSchemes.None,
            Title = title,
            TitleAt = new SourceSpan(first?.Page ?? part.Part.FirstPage, -1, 0),
            Council = council,
            Meeting = meeting,
            MeetingDate = held,
            CaseTypes = headingRows.Count > 0 && CaseTypeWordRegex().Match(headingRows[0].Text) is { Success: true } kind ? [kind.Value] : [],
            Sections = sections,
            ProposedDecision = proposal,
            ProposalLabel = proposalLabel,
            ProposalAt = proposalPage is { } pp ? new SourceSpan(pp, -1, 0) : null,
            DocumentId = documentId,
            Pages = Enumerable.Range(part.Part.FirstPage, part.Part.LastPage - part.Part.FirstPage + 1).ToList(),
        };
        return new ParsedCasePaper(record, [], []);
    }

    [GeneratedRegex(@"^\p{Lu}\p{Ll}{3,}sak(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex CaseTypeWordRegex();

    /// <summary>Case types from a "Type sak" value: "Diskusjonssak/Vedtakssak" → both, each a word ending in "sak".</summary>
    public static IReadOnlyList<string> ParseCaseTypes(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        return CaseTypeSplitRegex().Split(value)
            .Select(t => t.Trim().TrimEnd('.'))
            .Where(t => CaseTypeRegex().IsMatch(t))
            .Select(t => char.ToUpperInvariant(t[0]) + t[1..])
            .Distinct()
            .ToList();
    }

    /// <summary>Numbered attachment items ("1. Utkast referat …", continued on the next rows) from the "Vedlegg" cell rows.</summary>
    public static IReadOnlyList<ListedAttachment> ParseAttachments(IReadOnlyList<string>? lines)
    {
        var items = new List<(int? Number, List<string> Lines)>();
        foreach (var line in lines ?? [])
        {
            var m = NumberedItemRegex().Match(line);
            if (m.Success)
            {
                items.Add((int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), [line[m.Length..]]));
            }
            else if (items.Count == 0)
            {
                items.Add((null, [line]));
            }
            else
            {
                items[^1].Lines.Add(line);
            }
        }

        return items.Select(i => new ListedAttachment(i.Number, Paragraphs.Join(i.Lines)))
            .Where(a => a.Title.Length > 0 && !NoneRegex().IsMatch(a.Title))
            .ToList();
    }

    private static IReadOnlyList<string> SplitNames(string? value) =>
        value is null ? [] : NameSplitRegex().Split(value).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    [GeneratedRegex(@"\s*(?:/|,|;|\bog\b)\s*")]
    private static partial Regex CaseTypeSplitRegex();

    [GeneratedRegex(@"^\p{L}\p{Ll}{2,}sak$")]
    private static partial Regex CaseTypeRegex();

    [GeneratedRegex(@"^\s*(?<n>\d{1,2})[.)]\s+")]
    private static partial Regex NumberedItemRegex();

    [GeneratedRegex(@"^(ingen|-|–|ikke relevant)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoneRegex();

    [GeneratedRegex(@"\s*(?:,|;|\bog\b)\s*")]
    private static partial Regex NameSplitRegex();
}

using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Readers;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.CasePapers;

/// <summary>
/// The heading block of a case paper: the meeting it names ("Møte 3/2022"), the case number as printed and read
/// ("Sak 28/3/2022", "Styresak 045/23"), the title rows after it, whether it names the paper ("Saksframlegg"), and the
/// date of the meeting a paper without a number is written for ("Orienteringssak til møte i arbeidsgruppen tirsdag 7.
/// november 2023").
/// </summary>
public sealed record CaseHeadingBlock(string? Meeting, CaseNumber? Number, string? Label, IReadOnlyList<string> TitleRows, bool NamesPaper, DateOnly? MeetingDate);

/// <summary>Reads the heading block of a case paper, and a case heading printed after its header table.</summary>
public static class CaseHeadingReader
{
    /// <summary>The heading block of the rows before the header table (or before the first section heading).</summary>
    public static CaseHeadingBlock Read(IReadOnlyList<LayoutRow> heading)
    {
        string? meeting = null;
        CaseNumber? number = null;
        string? label = null;
        DateOnly? meetingDate = null;
        var titleRows = new List<string>();
        var afterNumber = false;
        var namesPaper = false;
        foreach (var row in heading)
        {
            meeting ??= CaseNumber.FindMeeting(row.Text);
            var naming = row.Text.StartsWith("Saksframlegg", StringComparison.OrdinalIgnoreCase) || row.Text.StartsWith("Saksfremlegg", StringComparison.OrdinalIgnoreCase);
            namesPaper |= naming;
            if (naming && afterNumber && row.Text.Trim().Split(' ').Length == 1)
            {
                continue; // "Sak 41/22" over "SAKSFREMLEGG": the word names the paper, not the case
            }

            var found = CaseNumber.FindAll(row.Text);
            if (number is null && found.Count > 0 && found[0].Index == 0)
            {
                number = found[0].Number;
                label = CaseNumber.ReadPrinted(row.Text)?.Label;
                afterNumber = true;
                var rest = row.Text[(found[0].Index + found[0].Length)..].Trim();
                if (rest.Length > 0)
                {
                    titleRows.Add(rest);
                }

                continue;
            }

            if (afterNumber && HeaderTableReader.ArchiveValue(row) is not null)
            {
                continue; // "Vår ref.: 2022/1234-3" under the case heading is no part of the title
            }

            if (afterNumber)
            {
                titleRows.Add(row.Text);
            }
        }

        // The heading may wrap ("… tirsdag 7. november" / "2023"): the meeting's date is read from the block as a whole.
        meetingDate = MeetingDateReader.ForMeeting(string.Join(" ", heading.Select(r => r.Text)));
        return new CaseHeadingBlock(meeting, number, label, titleRows, namesPaper, meetingDate);
    }

    /// <summary>
    /// The end of the heading block when the paper has no header table: the first known section heading near the top,
    /// else the rows naming the paper, the case and its title.
    /// </summary>
    public static int End(IReadOnlyList<LayoutRow> rows)
    {
        for (var i = 0; i < rows.Count && i < 12; i++)
        {
            if (SectionReader.IsKnownHeading(rows[i]))
            {
                return i;
            }
        }

        // No heading near the top: the heading block is at most the rows naming the paper, the case and its title.
        var end = 0;
        for (var i = 0; i < rows.Count && i < 4; i++)
        {
            if (rows[i].Text.StartsWith("Saksframlegg", StringComparison.OrdinalIgnoreCase) || CaseNumber.FindAll(rows[i].Text) is [{ Index: 0 }, ..])
            {
                end = i + 1;
            }
        }

        if (end > 0 && end < rows.Count && CaseNumber.FindAll(rows[end - 1].Text) is [{ Index: 0, Length: var l }] && rows[end - 1].Text.Trim().Length == l)
        {
            end++; // the title row under a number-only row
        }

        return end;
    }
}

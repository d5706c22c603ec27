using System.Text.RegularExpressions;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Text;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.CasePapers;

/// <summary>
/// Reads the body of a case paper into sections: headings known from council papers ("Bakgrunn", "Vurdering", "Forslag
/// til vedtak", "Innstilling") or set bold, footnotes in a smaller size, and the proposal under its heading.
/// </summary>
public static partial class SectionReader
{
    /// <summary>Section headings council case papers use. Bold short rows count as headings too.</summary>
    public static readonly IReadOnlySet<string> KnownHeadings = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Bakgrunn", "Hvorfor saken fremmes", "Hovedpunkter", "Saksopplysninger", "Vurdering", "Vurderinger",
        "Konklusjon", "Sammendrag", "Oppsummering", "Videre prosess", "Videre arbeid", "Økonomiske konsekvenser",
        "Administrative konsekvenser", "Saken gjelder", "Problemstilling", "Formål", "Innledning", "Anbefaling",
        "Saksbeskrivelse", "Forslag til vedtak", "Forslag til beslutning", "Forslag til konklusjon", "Innstilling",
    };

    /// <summary>Headings under which a case paper gives its proposal.</summary>
    public static readonly IReadOnlySet<string> DecisionHeadings = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Forslag til vedtak", "Forslag til beslutning", "Forslag til konklusjon", "Innstilling",
    };

    /// <summary>A row that is one of the known section headings (with or without its colon).</summary>
    public static bool IsKnownHeading(LayoutRow row) =>
        row.Cells.Count == 1 && KnownHeadings.Contains(row.Text.Trim().TrimEnd(':').Trim());

    /// <summary>
    /// A section heading: a known heading text (optionally with a colon), or a short bold row that opens a block
    /// and is not a list item or a sentence.
    /// </summary>
    public static bool IsHeading(LayoutRow row, IReadOnlyList<LayoutRow> rows, int index)
    {
        if (row.Cells.Count != 1)
        {
            return false;
        }

        var text = row.Text.Trim().TrimEnd(':').Trim();
        if (KnownHeadings.Contains(text))
        {
            return true;
        }

        if (!row.Bold || text.Length < 3 || Paragraphs.IsListItem(text) || text.Split(' ').Length > 12 || !char.IsUpper(text[0]))
        {
            return false;
        }

        var previousBold = index > 0 && rows[index - 1].Bold && rows[index - 1].Page == row.Page;
        return row.BlockStart || !previousBold;
    }

    /// <summary>
    /// The body's sections at known or bold headings, footnotes gathered under "Fotnoter", and the proposal: the text
    /// under "Forslag til vedtak", "Innstilling" and the like, with that heading as its label and its page.
    /// </summary>
    public static (IReadOnlyList<SectionRecord> Sections, string? Proposal, string? ProposalLabel, int? ProposalPage) Read(IReadOnlyList<LayoutRow> body)
    {
        var sections = new List<(string Heading, int? Page, List<LayoutRow> Rows)>();
        var footnotes = new List<LayoutRow>();
        var bodySize = body.Count == 0 ? 0 : body.Select(r => r.FontSize).OrderBy(s => s).ElementAt(body.Count / 2);
        for (var i = 0; i < body.Count; i++)
        {
            var row = body[i];
            if (IsHeading(row, body, i))
            {
                sections.Add((row.Text.Trim().TrimEnd(':').Trim(), row.Page, []));
                continue;
            }

            if (bodySize > 0 && row.FontSize < 0.85 * bodySize && FootnoteRegex().IsMatch(row.Text))
            {
                footnotes.Add(row);
                continue;
            }

            if (footnotes.Count > 0 && footnotes[^1].Page == row.Page && bodySize > 0 && row.FontSize < 0.85 * bodySize)
            {
                footnotes.Add(row);
                continue;
            }

            if (sections.Count == 0)
            {
                sections.Add(("", row.Page, []));
            }

            sections[^1].Rows.Add(row);
        }

        string? proposal = null;
        string? proposalLabel = null;
        int? proposalPage = null;
        var records = new List<SectionRecord>();
        foreach (var (heading, page, rows) in sections)
        {
            var text = RowText.Join(rows);
            // Also a proposal labelled by whose it is: "Ordførers innstilling", "Kommunedirektøren sitt framlegg til vedtak".
            if (DecisionHeadings.Contains(heading) || Readers.DecisionReader.ReadLabel(heading) is { Kind: Readers.DecisionRowKind.Proposal, Rest.Length: 0 })
            {
                proposal = text.Length > 0 ? text : null;
                proposalLabel = proposal is null ? null : heading;
                proposalPage = proposal is null ? null : page;
                continue;
            }

            if (heading.Length == 0 && text.Length == 0)
            {
                continue;
            }

            records.Add(new SectionRecord(heading, text, page));
        }

        if (footnotes.Count > 0)
        {
            var text = Paragraphs.JoinParagraphs(footnotes, r => r.Text, (r, i) => i > 0 && FootnoteRegex().IsMatch(r.Text));
            records.Add(new SectionRecord("Fotnoter", text, footnotes[0].Page));
        }

        return (records, proposal, proposalLabel, proposalPage);
    }

    [GeneratedRegex(@"^\d{1,2}\s+\S")]
    private static partial Regex FootnoteRegex();
}

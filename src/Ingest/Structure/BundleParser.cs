using System.Text.RegularExpressions;
using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Structure.CasePapers;
using NorPreM.Ingest.Structure.Entities;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Mandates;
using NorPreM.Ingest.Structure.Minutes;
using NorPreM.Ingest.Structure.Recognition;
using NorPreM.Ingest.Structure.Splitting;
using NorPreM.Ingest.Structure.Text;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure;

/// <summary>
/// The structure stage: reads a (repaired) document as rows, recognises its council and title, splits it into parts
/// (<see cref="IBundleSplitter"/>), parses each part by its type (case paper, minutes, mandate), links every listed
/// attachment to its part, and collects people and organisations. A document nothing is recognised in still yields
/// its pages and one part; parts of unfamiliar types are kept with their page ranges and no further structure.
/// </summary>
public sealed partial class BundleParser(
    IBundleSplitter splitter,
    ICasePaperParser casePapers,
    IMinutesParser minutes,
    IMandateParser mandates) : IBundleParser
{
    /// <inheritdoc />
    public StructuredDocument Parse(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var pages = LayoutReader.Read(document);
        var warnings = new List<string>();
        var title = DocumentTitle(document, pages);
        var opening = string.Join("\n", pages.Take(2).Select(p => p.Text));
        var firstPage = pages.FirstOrDefault(p => p.Rows.Count > 0);
        var body = BodyRecogniser.Recognise(title, Blocks(firstPage), opening, firstPage?.Furniture.SelectMany(Band).ToList());
        var council = body?.Id;

        var (parts, splitWarnings) = splitter.Split(document.DocumentId, title, document.Outline, pages);
        // A paper whose title names no kind ("Styreprotokoll" in the metadata, a printed date on its first line) may
        // name it in the heading of its first page ("Protokoll fra styremøte i …").
        if (parts.Count == 1 && parts[0].Part.DocumentType == DocumentTypes.Other
            && Blocks(pages.FirstOrDefault(p => p.Rows.Count > 0)).Take(4).Select(b => DocumentTypeRecogniser.Recognise(null, b)).FirstOrDefault(t => t is not null) is { } headingType)
        {
            parts = [parts[0] with { Part = parts[0].Part with { DocumentType = headingType } }];
        }

        // A paper that names no kind at all may still have the form of a letter (references in the letterhead, a greeting).
        if (parts.Count == 1 && parts[0].Part.DocumentType == DocumentTypes.Other && pages.Count > 0
            && DocumentTypeRecogniser.IsLetterForm(pages[0].Text, pages[^1].Text))
        {
            parts = [parts[0] with { Part = parts[0].Part with { DocumentType = DocumentTypes.Letter } }];
        }

        warnings.AddRange(splitWarnings);
        if (document.Pages.All(p => string.IsNullOrWhiteSpace(p.Text)))
        {
            // Neither a text layer nor a page image OCR could read: the file is indexed by its name only.
            warnings.Add("Fant ingen tekst i dokumentet (verken tekstlag eller lesbart bilde); det finnes bare ved filnavnet.");
        }


        var cases = new List<CaseRecord>();
        var meetings = new List<MeetingRecord>();
        var mandateRecords = new List<MandateRecord>();
        var listed = new List<(int CaseIndex, IReadOnlyList<ListedAttachment> Attachments)>();
        var partTitles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            var rows = pages.Where(p => p.Number >= part.Part.FirstPage && p.Number <= part.Part.LastPage).SelectMany(p => p.Rows).ToList();
            switch (part.Part.DocumentType)
            {
                case DocumentTypes.CasePaper when casePapers.Parse(part, rows, document.DocumentId, council) is { } paper:
                    listed.Add((cases.Count, paper.Attachments));
                    partTitles[part.Part.Id] = paper.Case.Title;
                    cases.Add(paper.Case);
                    warnings.AddRange(paper.Warnings);
                    break;
                case DocumentTypes.Minutes or DocumentTypes.Protocol or DocumentTypes.Agenda when minutes.Parse(part, rows, document.DocumentId, council) is { } parsed:
                    var m = part.Part.DocumentType == DocumentTypes.Agenda ? AgendaReader.FromMinutes(parsed) : parsed;
                    meetings.Add(m.Meeting);
                    cases.AddRange(m.Cases);
                    warnings.AddRange(m.Warnings);
                    break;
                case DocumentTypes.Mandate when mandates.Parse(part, rows, document.DocumentId, council) is { } mandate:
                    mandateRecords.Add(mandate.Mandate);
                    partTitles[part.Part.Id] = mandate.Mandate.Title;
                    warnings.AddRange(mandate.Warnings);
                    break;
            }
        }

        foreach (var (index, attachments) in listed)
        {
            cases[index] = cases[index] with { Attachments = LinkAttachments(cases[index], attachments, parts) };
        }

        cases = MergeListed(cases);

        var documentType = parts.Count switch
        {
            0 => DocumentTypeRecogniser.FromText(title) ?? DocumentTypes.Other,
            1 => parts[0].Part.DocumentType,
            _ => BundleKind(title, parts),
        };
        DateOnly? date = documentType switch
        {
            DocumentTypes.Mandate => mandateRecords.FirstOrDefault()?.ApprovedOn,
            DocumentTypes.Minutes or DocumentTypes.Protocol or DocumentTypes.Agenda => meetings.FirstOrDefault()?.Date,
            _ => null,
        } ?? DatedOn(pages) ?? (meetings.Count == 0 && cases.Count == 0 ? ApprovedOn(pages) : null);

        var record = new DocumentRecord
        {
            Id = document.DocumentId,
            FileName = document.FileName,
            Title = title,
            Council = council,
            CouncilName = body?.Name,
            DocumentType = documentType,
            Date = date,
            PageCount = document.Pages.Count,
            Pages = document.Pages.Select(ToPageRecord).ToList(),
            // A parsed case paper or mandate names itself better than its bookmark; a lone part is the document.
            Parts = parts.Select(p => p.Part with
            {
                Title = partTitles.GetValueOrDefault(p.Part.Id) ?? (parts.Count == 1 && p.Part.Source == "heading" ? title : p.Part.Title),
            }).ToList(),
            Outline = document.Outline,
            Warnings = warnings,
        };

        var pageTexts = document.Pages.ToDictionary(p => p.Number, p => p.Text);
        cases = cases.Select(c => SourceSpans.Locate(c, pageTexts)).ToList();
        meetings = meetings.Select(m => SourceSpans.Locate(m, pageTexts)).ToList();
        var allText = string.Join("\n", document.Pages.Select(p => p.Text));
        var people = PeopleExtractor.People(meetings, cases);
        var organisations = PeopleExtractor.Organisations(allText, meetings);
        return new StructuredDocument(record, cases, meetings, mandateRecords, people, organisations);
    }

    /// <summary>
    /// The kind of a file of several parts, by what the file calls itself: a file named "Saksdokumenter", "Sakspapirer" or
    /// "Møtedokumenter" is <see cref="DocumentTypes.Bundle"/>; a file that is an agenda — named "Møteinnkalling",
    /// "Innkalling", "Saksliste", or opening with the agenda part — is <see cref="DocumentTypes.Agenda"/> even when the case
    /// papers of its items follow, because the agenda is what holds the meeting and its list of cases together; any other
    /// file of several parts (case papers and attachments without an agenda in front) is <see cref="DocumentTypes.Bundle"/>.
    /// </summary>
    public static string BundleKind(string? title, IReadOnlyList<SplitPart> parts)
    {
        var named = DocumentTypeRecogniser.FromText(title);
        if (named == DocumentTypes.Bundle)
        {
            return DocumentTypes.Bundle;
        }

        return named == DocumentTypes.Agenda || (parts.Count > 0 && parts[0].Part.DocumentType == DocumentTypes.Agenda)
            ? DocumentTypes.Agenda
            : DocumentTypes.Bundle;
    }

    /// <summary>
    /// A case listed by the bundle's own agenda and presented by a paper in the same bundle (a møteinnkalling with its
    /// saksframlegg) is one case: the paper's record, in the agenda's place, with the agenda's pages and meeting.
    /// </summary>
    private static List<CaseRecord> MergeListed(List<CaseRecord> cases)
    {
        var papers = cases.Where(c => c.AgendaPages.Count == 0 && c.MinutesPages.Count == 0)
            .GroupBy(c => c.Number, StringComparer.Ordinal).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var merged = new List<CaseRecord>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            if (c.AgendaPages.Count > 0 && papers.TryGetValue(c.Number, out var paper) && taken.Add(c.Number))
            {
                merged.Add(paper with
                {
                    AgendaDocumentId = c.AgendaDocumentId,
                    AgendaPages = c.AgendaPages,
                    Meeting = c.Meeting ?? paper.Meeting,
                    MeetingDate = paper.MeetingDate ?? c.MeetingDate,
                    ProposedDecision = paper.ProposedDecision ?? c.ProposedDecision,
                });
            }
            else if (!(c.AgendaPages.Count == 0 && c.MinutesPages.Count == 0 && taken.Contains(c.Number)))
            {
                merged.Add(c);
            }
        }

        return merged;
    }

    /// <summary>The first page's blocks as lines of text: a heading that wraps ("… arbeidsgruppen for regional" / "kreftplan") reads whole.</summary>
    private static IReadOnlyList<string> Blocks(LayoutPage? page)
    {
        var blocks = new List<string>();
        foreach (var row in page?.Rows ?? [])
        {
            if (blocks.Count > 0 && !row.BlockStart && row.Cells.Count == 1 && !row.Text.Contains(':'))
            {
                blocks[^1] += " " + row.Text;
            }
            else
            {
                blocks.Add(row.Text);
            }
        }

        return blocks;
    }

    /// <summary>
    /// Links each listed attachment to the bundle part bookmarked or stamped as that attachment of the same case
    /// ("Vedlegg 1" of Sak 26/3/2022); an unnumbered single attachment links to the case's only attachment part.
    /// Attachments not in the bundle stay unlinked.
    /// </summary>
    public static IReadOnlyList<AttachmentRef> LinkAttachments(CaseRecord c, IReadOnlyList<ListedAttachment> attachments, IReadOnlyList<SplitPart> parts)
    {
        var caseParts = parts.Where(p => p.Case?.ToString() == c.Number && p.AttachmentNumber is not null).ToList();
        return attachments.Select(a =>
        {
            var part = a.Number is { } n
                ? caseParts.FirstOrDefault(p => p.AttachmentNumber == n)
                : attachments.Count == 1 && caseParts.Count == 1 ? caseParts[0] : null;
            return new AttachmentRef(a.Title, part?.Part.Id, part?.Part.FirstPage);
        }).ToList();
    }

    /// <summary>
    /// The date a letter, memo or plan is dated with in its letterhead: the value of a "Dato" label on the first page,
    /// in its own cell ("Vår ref. | 24/01234-7 | Dato: | 3. mars 2025") or after the colon ("Dato: 03.03.25").
    /// </summary>
    private static DateOnly? DatedOn(IReadOnlyList<LayoutPage> pages)
    {
        foreach (var row in pages.Take(1).SelectMany(p => p.Rows))
        {
            for (var c = 0; c < row.Cells.Count; c++)
            {
                if (DateLabelRegex().Match(row.Cells[c].Text.Trim()) is not { Success: true } label)
                {
                    continue;
                }

                var value = label.Groups["rest"].Value.Length > 0 ? label.Groups["rest"].Value : c + 1 < row.Cells.Count ? row.Cells[c + 1].Text : "";
                if (NorwegianDates.FindDate(value) is { Index: 0 } found)
                {
                    return found.Date;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The approval or revision date of a document without meetings or cases (a plan, strategy, note): its status note
    /// ("Vedtatt i … 12. desember 2024", "Revidert 3. mars 2025") on the first or the last page, where such notes stand.
    /// </summary>
    private static DateOnly? ApprovedOn(IReadOnlyList<LayoutPage> pages)
    {
        var notePages = pages.Count <= 2 ? pages : [pages[0], pages[^1]];
        return ApprovalDates.Find(notePages.SelectMany(p => p.Rows).Select(r => r.Text).ToList());
    }

    [GeneratedRegex(@"^(?:Dato|Vår\s+dato)\s*:\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLabelRegex();

    private static string DocumentTitle(ExtractedDocument document, IReadOnlyList<LayoutPage> pages)
    {
        var metadata = MetadataTitle(document.Metadata.Title);
        if (metadata is { IsFileName: false })
        {
            return metadata.Value.Title;
        }

        // The title block: the rows at the top of the first page set clearly larger than the page's body text.
        var first = pages.FirstOrDefault(p => p.Rows.Count > 0);
        if (first is not null)
        {
            var sizes = first.Rows.Select(r => r.FontSize).Where(s => s > 0).OrderBy(s => s).ToList();
            var body = sizes.Count == 0 ? 0 : sizes[sizes.Count / 2];
            var block = first.Rows.TakeWhile(r => body > 0 && r.FontSize >= 1.25 * body).Take(5).ToList();
            if (block.Count > 0)
            {
                return block.Count == 1 ? block[0].Text : block[0].Text + " – " + Paragraphs.Join(block.Skip(1).Select(r => r.Text));
            }
        }

        return metadata?.Title ?? Path.GetFileNameWithoutExtension(document.FileName);
    }

    /// <summary>
    /// The title in the PDF's metadata, cleaned of what the producing program adds: "Microsoft Word - " and the like
    /// before it, a file extension after it. A title that was only a file name ("skannet-bilde.html",
    /// "Microsoft Word - Referat 3.docx") is marked as such, so the page's own title block wins over it; generic
    /// titles ("Untitled", "Dokument1") count as none.
    /// </summary>
    public static (string Title, bool IsFileName)? MetadataTitle(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var title = Paragraphs.Normalise(raw);
        var stripped = ProducerPrefix().Replace(title, "");
        var isFileName = stripped != title;
        var withoutExtension = FileExtension().Replace(stripped, "");
        isFileName |= withoutExtension != stripped;
        title = withoutExtension.Trim();
        return title.Count(char.IsLetter) < 3 || GenericTitle().IsMatch(title) ? null : (title, isFileName);
    }

    [GeneratedRegex(@"^(?:Microsoft\s+(?:Word|PowerPoint|Excel)|Word|PowerPoint)\s*-\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ProducerPrefix();

    [GeneratedRegex(@"\.(?:html?|docx?|odt|rtf|txt|pdf|pptx?|xlsx?|dotx?)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();

    [GeneratedRegex(@"^(?:untitled|uten\s+tittel|dokument\s*\d*|document\s*\d*|presentasjon\s*\d*|powerpoint-presentasjon|title)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericTitle();

    /// <summary>
    /// A header or footer row as evidence of the body: the whole row, then each of its cells alone when it has several
    /// ("Brukerutvalget ved Sykehuset Østmark HF" beside "Side 1").
    /// </summary>
    private static IEnumerable<string> Band(LayoutRow row) =>
        row.Cells.Count > 1 ? row.Cells.Select(c => c.Text).Prepend(row.Text) : [row.Text];

    private static PageRecord ToPageRecord(ExtractedPage page) => new()
    {
        Number = page.Number,
        Text = page.Text,
        OriginalText = page.OriginalText,
        Furniture = page.Furniture.Select(f => f.Text).ToList(),
        DamageScore = page.Quality?.TextLayerScore ?? page.Quality?.Score ?? 0,
        Damaged = page.Quality?.TextLayerDamaged ?? page.Quality?.Damaged ?? false,
        TextSource = page.Quality?.Source ?? (page.Blocks.Count == 0 ? "none" : "text-layer"),
        Repairs = page.Repairs,
    };
}

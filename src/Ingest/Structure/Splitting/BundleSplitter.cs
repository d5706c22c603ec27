using System.Text.RegularExpressions;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Recognition;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Splitting;

/// <summary>A bundle part with what the splitter learned about it beyond the shared <see cref="DocumentPart"/> record.</summary>
/// <param name="Part">The part as it goes into the knowledge base.</param>
/// <param name="Case">The case the part belongs to, when the bookmark or heading names one.</param>
/// <param name="AttachmentNumber">1 for "Vedlegg 1", when the part is an attachment.</param>
/// <param name="OutlineTitle">The bookmark title after the case number and attachment label, repaired when misspelt.</param>
public sealed record SplitPart(DocumentPart Part, CaseNumber? Case, int? AttachmentNumber, string? OutlineTitle);

/// <summary>Splits a document into parts with page ranges.</summary>
public interface IBundleSplitter
{
    /// <summary>Parts covering every page once, in page order, plus warnings for users (Norwegian).</summary>
    (IReadOnlyList<SplitPart> Parts, IReadOnlyList<string> Warnings) Split(
        string documentId, string? documentTitle, IReadOnlyList<OutlineItem> outline, IReadOnlyList<LayoutPage> pages);
}

/// <summary>
/// Splits a council bundle into its case papers and attachments. The PDF outline is the primary source: secretariats
/// bookmark every document of a bundle ("Sak 24-3-2022 …", "Sak 26-3-2022 Vedlegg 1 …"), and some case papers carry
/// their heading only in the page image, so only the bookmark names them. Where there is no outline (or before its
/// first bookmark) pages are split at headings: a "Saksframlegg"/"Sak N/M/YYYY" heading, an attachment stamp
/// ("Sak 27-3-2022 Vedlegg 1") or a document-type label on the first line. Every page ends up in exactly one part.
/// </summary>
public sealed partial class BundleSplitter : IBundleSplitter
{
    /// <inheritdoc />
    public (IReadOnlyList<SplitPart> Parts, IReadOnlyList<string> Warnings) Split(
        string documentId, string? documentTitle, IReadOnlyList<OutlineItem> outline, IReadOnlyList<LayoutPage> pages)
    {
        var warnings = new List<string>();
        if (pages.Count == 0)
        {
            return ([], warnings);
        }

        var vocabulary = TitleRepair.Vocabulary(pages.Select(p => p.Text));
        var starts = OutlineStarts(outline, pages.Count, vocabulary, warnings);
        var parts = new List<SplitPart>();
        var firstOutlinePage = starts.Count == 0 ? pages.Count + 1 : starts[0].Page;
        if (firstOutlinePage > 1)
        {
            parts.AddRange(SplitByHeadings(documentId, documentTitle, pages.Take(firstOutlinePage - 1).ToList()));
        }

        for (var i = 0; i < starts.Count; i++)
        {
            var start = starts[i];
            var last = i + 1 < starts.Count ? starts[i + 1].Page - 1 : pages.Count;
            var firstLine = FirstLine(pages[start.Page - 1]);
            string type;
            if (start.Case is not null && start.Attachment is null)
            {
                // A bookmark naming a case and no attachment is that case's paper.
                type = DocumentTypes.CasePaper;
            }
            else
            {
                type = DocumentTypeRecogniser.Recognise(start.Title, firstLine) ?? DocumentTypes.Other;
            }

            var title = string.IsNullOrWhiteSpace(start.Title) ? start.RawTitle : start.Title;
            parts.Add(new SplitPart(
                new DocumentPart
                {
                    Id = PartId(documentId, start.Case, start.Attachment, parts.Count + 1),
                    Title = title,
                    DocumentType = type,
                    FirstPage = start.Page,
                    LastPage = last,
                    CaseNumber = start.Case?.ToString(),
                    AttachmentLabel = start.Attachment is { } n ? $"Vedlegg {n}" : null,
                    Source = "outline",
                },
                start.Case,
                start.Attachment,
                start.Title));
        }

        return (parts, warnings);
    }

    /// <summary>Stable, readable part id: "{doc}:sak-24-3-2022", "{doc}:sak-26-3-2022-vedlegg-1", "{doc}:del-3".</summary>
    public static string PartId(string documentId, CaseNumber? number, int? attachment, int ordinal) =>
        number is { } n
            ? $"{documentId}:sak-{n.ToString().Replace('/', '-')}{(attachment is { } a ? $"-vedlegg-{a}" : "")}"
            : $"{documentId}:del-{ordinal}";

    private sealed record Start(int Page, string RawTitle, string Title, CaseNumber? Case, int? Attachment);

    private static List<Start> OutlineStarts(IReadOnlyList<OutlineItem> outline, int pageCount, IReadOnlyDictionary<string, int> vocabulary, List<string> warnings)
    {
        var usable = outline.Where(o => o.Page is >= 1 && o.Page <= pageCount && !string.IsNullOrWhiteSpace(o.Title)).ToList();
        if (usable.Count == 0)
        {
            return [];
        }

        // The shallowest level that names at least two documents: a single root bookmark ("Saksdokumenter") over the
        // real entries is skipped.
        var levels = usable.GroupBy(o => o.Level).OrderBy(g => g.Key).ToList();
        var topLevel = levels.FirstOrDefault(g => g.Count() >= 2)?.Key ?? levels[0].Key;
        var starts = new List<Start>();
        foreach (var group in usable.Where(o => o.Level == topLevel).Select((o, i) => (o, i)).GroupBy(x => x.o.Page!.Value).OrderBy(g => g.Key))
        {
            // Several bookmarks on one page ("Møte 3-22 Utkast saksliste" and "Sak 24-3-2022 …"): the one naming a case
            // is the document that starts there; the others are aliases.
            var parsed = group.OrderBy(x => x.i).Select(x => Parse(x.o, vocabulary, warnings)).ToList();
            starts.Add(parsed.FirstOrDefault(s => s.Case is not null) ?? parsed[0]);
        }

        return starts;
    }

    private static Start Parse(OutlineItem item, IReadOnlyDictionary<string, int> vocabulary, List<string> warnings)
    {
        var raw = Text.Paragraphs.Normalise(item.Title);
        CaseNumber? number = null;
        var rest = raw;
        var found = CaseNumber.FindAll(raw);
        if (found.Count > 0 && found[0].Index <= 2)
        {
            number = found[0].Number;
            rest = raw[(found[0].Index + found[0].Length)..].Trim();
        }

        int? attachment = null;
        var m = AttachmentRegex().Match(rest);
        if (m.Success)
        {
            attachment = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            rest = rest[m.Length..].Trim();
        }

        rest = rest.TrimStart(':', '-', '–', ' ');
        var repaired = TitleRepair.Repair(rest, vocabulary, out var changes);
        foreach (var (before, after) in changes)
        {
            warnings.Add($"Bokmerket «{raw}» skriver «{before}»; tittelen bruker «{after}» slik teksten skriver det.");
        }

        return new Start(item.Page!.Value, raw, repaired, number, attachment);
    }

    private static IEnumerable<SplitPart> SplitByHeadings(string documentId, string? documentTitle, IReadOnlyList<LayoutPage> pages)
    {
        var parts = new List<(int First, int Last, string Type, string Title, CaseNumber? Case, int? Attachment)>();
        foreach (var page in pages)
        {
            var heading = HeadingStart(page);
            if (heading is not null || parts.Count == 0)
            {
                var h = heading ?? (DocumentTypeRecogniser.FromText(documentTitle) ?? DocumentTypes.Other, documentTitle ?? FirstLine(page) ?? "", null, null);
                parts.Add((page.Number, page.Number, h.Type, h.Title, h.Case, h.Attachment));
            }
            else
            {
                parts[^1] = parts[^1] with { Last = page.Number };
            }
        }

        var ordinal = 0;
        foreach (var p in parts)
        {
            ordinal++;
            yield return new SplitPart(
                new DocumentPart
                {
                    Id = PartId(documentId, p.Case, p.Attachment, ordinal),
                    Title = p.Title,
                    DocumentType = p.Type,
                    FirstPage = p.First,
                    LastPage = p.Last,
                    CaseNumber = p.Case?.ToString(),
                    AttachmentLabel = p.Attachment is { } n ? $"Vedlegg {n}" : null,
                    Source = "heading",
                },
                p.Case,
                p.Attachment,
                null);
        }
    }

    /// <summary>What the top of a page says about a new part starting there, or null when the page continues the previous part.</summary>
    private static (string Type, string Title, CaseNumber? Case, int? Attachment)? HeadingStart(LayoutPage page)
    {
        // An attachment stamp "Sak 27-3-2022 Vedlegg 1" in the furniture or the first rows.
        foreach (var row in page.Furniture.Concat(page.Rows.Take(2)))
        {
            var text = row.Text;
            var found = CaseNumber.FindAll(text);
            if (found.Count == 1 && found[0].Index == 0 && AttachmentRegex().Match(text[found[0].Length..].Trim()) is { Success: true } a
                && text[found[0].Length..].Trim().Length == a.Length)
            {
                var n = int.Parse(a.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var title = page.Rows.Where(r => r != row).Select(r => r.Text).FirstOrDefault(t => t.Length > 3) ?? text;
                return (DocumentTypeRecogniser.Recognise(title, null) ?? DocumentTypes.Other, title, found[0].Number, n);
            }
        }

        var top = page.Rows.Take(3).ToList();
        if (top.Count == 0)
        {
            return null;
        }

        // A case paper opens with "Saksframlegg" or with its number on a row of its own ("Sak 24/3/2022" over the
        // title). A row "Sak 13/2/22 Title" is how minutes list their cases, so it does not start a part.
        var first = top[0].Text;
        var namesPaper = top.Any(r => r.Text.StartsWith("Saksframlegg", StringComparison.OrdinalIgnoreCase) || r.Text.StartsWith("Saksfremlegg", StringComparison.OrdinalIgnoreCase));
        foreach (var row in top)
        {
            var found = CaseNumber.FindAll(row.Text);
            if (found.Count == 0 || found[0].Index != 0)
            {
                continue;
            }

            var rest = row.Text[found[0].Length..].Trim();
            if (rest.Length == 0 || namesPaper)
            {
                if (rest.Length == 0)
                {
                    var next = page.Rows.SkipWhile(r => r != row).Skip(1).FirstOrDefault();
                    rest = next?.Text ?? "";
                }

                return (DocumentTypes.CasePaper, rest, found[0].Number, null);
            }
        }

        if (first.StartsWith("Saksframlegg", StringComparison.OrdinalIgnoreCase))
        {
            return (DocumentTypes.CasePaper, first, null, null);
        }

        if (DocumentTypeRecogniser.Recognise(null, first) is { } type && top[0].BlockStart)
        {
            return (type, first, null, null);
        }

        return null;
    }

    private static string? FirstLine(LayoutPage page) => page.Rows.FirstOrDefault()?.Text;

    [GeneratedRegex(@"^Vedlegg\s*(?:nr\.?\s*)?(?<n>\d{1,2})\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttachmentRegex();
}

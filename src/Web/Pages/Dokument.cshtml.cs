using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NorPreM.Core.Model;
using NorPreM.Web.Knowledge;

namespace NorPreM.Web.Pages;

/// <summary>A piece of page text, marked when it is a repaired word.</summary>
public sealed record TextSegment(string Text, TextRepair? Repair);

/// <summary>A document: its parts, one page's text beside the PDF opened at that page, and which pages were re-OCR'd or repaired.</summary>
public sealed class DokumentModel(KnowledgeState state) : PageModel
{
    public DocumentRecord Document { get; private set; } = null!;

    public PageRecord? CurrentPage { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<TextSegment> Segments { get; private set; } = [];

    public IActionResult OnGet(string id, [FromQuery(Name = "side")] int? side)
    {
        if (state.Current.FindDocument(id) is not { } doc)
        {
            return NotFound();
        }

        Document = doc;
        PageNumber = Math.Clamp(side ?? 1, 1, Math.Max(1, doc.PageCount));
        CurrentPage = doc.Pages.FirstOrDefault(p => p.Number == PageNumber);
        if (CurrentPage is not null)
        {
            Segments = Split(CurrentPage.Text, CurrentPage.Repairs);
        }

        return Page();
    }

    /// <summary>
    /// The page text with repaired words in &lt;mark class="repaired"&gt; (title: the damaged form), built without
    /// whitespace between pieces because the text is shown pre-wrapped. Every text piece is HTML-encoded.
    /// </summary>
    public IHtmlContent RenderText()
    {
        var html = new HtmlContentBuilder();
        foreach (var s in Segments)
        {
            if (s.Repair is { } r)
            {
                var title = $"OCR leste «{r.Before}», reparert til «{r.After}» (sikkerhet {Display.Number(r.Confidence * 100, "0")} %)";
                html.AppendHtml("<mark class=\"repaired\" title=\"" + Display.Html.Encode(title) + "\">");
                html.Append(s.Text);
                html.AppendHtml("</mark>");
            }
            else
            {
                html.Append(s.Text);
            }
        }

        return html;
    }

    /// <summary>Cuts the text at the repairs' offsets; repairs that do not fit the text are ignored rather than trusted.</summary>
    public static IReadOnlyList<TextSegment> Split(string text, IReadOnlyList<TextRepair> repairs)
    {
        var segments = new List<TextSegment>();
        var at = 0;
        foreach (var r in repairs.OrderBy(r => r.Offset))
        {
            if (r.Offset < at || r.Length <= 0 || r.Offset + r.Length > text.Length)
            {
                continue;
            }

            if (r.Offset > at)
            {
                segments.Add(new TextSegment(text[at..r.Offset], null));
            }

            segments.Add(new TextSegment(text.Substring(r.Offset, r.Length), r));
            at = r.Offset + r.Length;
        }

        if (at < text.Length)
        {
            segments.Add(new TextSegment(text[at..], null));
        }

        return segments;
    }
}

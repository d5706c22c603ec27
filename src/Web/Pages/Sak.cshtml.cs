using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NorPreM.Core.Model;
using NorPreM.Web.Knowledge;
using NorPreM.Web.Querying;

namespace NorPreM.Web.Pages;

/// <summary>A case: header fields, sections, proposal beside decision, attachments, themes, similar cases, history.</summary>
public sealed class SakModel(KnowledgeState state, SearchGateway gateway) : PageModel
{
    public CaseRecord Case { get; private set; } = null!;

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public IReadOnlyList<SimilarCase> Similar { get; private set; } = [];

    /// <summary>The date of the meeting that handled a case, or the estimate its search hits show when the sources give none.</summary>
    public MeetingDate DateOf(CaseRecord c) => gateway.MeetingDateOf(c);

    /// <summary>
    /// Where a reference to another case leads: its page when the corpus has it, else a search for its number, which
    /// finds the papers that mention it (a case known only from «Tidligere behandlet» has no page of its own).
    /// </summary>
    public string CaseLink(string number) =>
        state.Current.FindCase(number) is { } known ? SearchLinks.CaseUrl(known.Number) : SearchLinks.SearchUrl(number);

    public IActionResult OnGet(string number)
    {
        var kb = state.Current;
        if (kb.FindCase(number) is not { } record)
        {
            // A number by year that several councils use ("10/2023"): the search lists each council's case.
            var sharing = kb.CasesSharing(number);
            return sharing.Count > 1 ? Redirect(SearchLinks.SearchUrl("sak:" + CaseNumber.Plain(sharing[0].Number))) : NotFound();
        }

        var canonical = SearchLinks.CaseUrl(record.Number);
        if (!string.Equals(Request.Path.Value, Uri.UnescapeDataString(canonical), StringComparison.Ordinal))
        {
            return RedirectPermanent(canonical);
        }

        Case = record;
        History = kb.History(record);
        Similar = gateway.SimilarCases(record, 5);
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NorPreM.Core.Model;
using NorPreM.Web.Knowledge;
using NorPreM.Web.Querying;

namespace NorPreM.Web.Pages;

/// <summary>The councils (/rad) or one council with its mandate, meetings and members seen in minutes (/rad/{council}).</summary>
public sealed class RadModel(KnowledgeState state, SearchGateway gateway) : PageModel
{
    public KnowledgeSnapshot Knowledge { get; private set; } = KnowledgeSnapshot.Empty;

    public string? Council { get; private set; }

    public IReadOnlyList<MeetingRecord> Meetings { get; private set; } = [];

    public IReadOnlyList<MandateRecord> Mandates { get; private set; } = [];

    public IReadOnlyList<MemberSeen> Members { get; private set; } = [];

    public IReadOnlyList<DocumentRecord> Documents { get; private set; } = [];

    public int CaseCount { get; private set; }

    /// <summary>True when the knowledge base holds nothing from the council: no documents, meetings, cases or mandate.</summary>
    public bool HasNothing => Council is { } id && Knowledge.HasNothingFrom(id);

    /// <summary>The council a regional council belongs under ("norprem-rad" for "norprem-rad-vest"), or null.</summary>
    public string? ParentCouncil => Council is { } id && Councils.Regional.Contains(id) ? Councils.NorPreMRegional : null;

    /// <summary>A meeting's date, or the estimate its search hits show when the sources give none.</summary>
    public MeetingDate DateOf(MeetingRecord meeting) => gateway.MeetingDate(meeting.Council, meeting.Number, meeting.Date);

    /// <summary>Set when the address names no known council: the page says so (404) and lists the known ones.</summary>
    public UnknownCouncil? UnknownCouncil { get; private set; }

    public IActionResult OnGet(string? council)
    {
        Knowledge = state.Current;
        if (council is null)
        {
            return Page();
        }

        if (!Knowledge.IsKnownCouncil(council) && Knowledge.CanonicalCouncil(council) is { } canonical)
        {
            return RedirectPermanent(SearchLinks.CouncilUrl(canonical));
        }

        if (!Knowledge.IsKnownCouncil(council))
        {
            UnknownCouncil = new UnknownCouncil(council, Knowledge.CouncilIds);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        // A council of the vocabulary the corpus has nothing from yet (a regional NorPreM-råd) still has its page, saying so.
        Council = council;
        Meetings = Knowledge.AllMeetingsOf(council);
        Mandates = Knowledge.MandatesOf(council);
        Members = Knowledge.MembersOf(council);
        Documents = Knowledge.DocumentsOf(council);
        CaseCount = Knowledge.CaseCountOf(council);
        return Page();
    }
}

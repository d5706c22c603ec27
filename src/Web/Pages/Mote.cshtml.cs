using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NorPreM.Core.Model;
using NorPreM.Web.Knowledge;
using NorPreM.Web.Querying;

namespace NorPreM.Web.Pages;

/// <summary>A meeting: date, place, who was there, and the agenda with each case's type and decision.</summary>
public sealed class MoteModel(KnowledgeState state, SearchGateway gateway) : PageModel
{
    public MeetingRecord Meeting { get; private set; } = null!;

    public IReadOnlyList<CaseRecord> Cases { get; private set; } = [];

    /// <summary>The meeting's date, or the estimate search hits of the meeting show when the sources give none.</summary>
    public MeetingDate Date { get; private set; } = MeetingDate.Unknown;

    /// <summary>Set when the address names no known council: the page says so (404) and lists the known ones.</summary>
    public UnknownCouncil? UnknownCouncil { get; private set; }

    public IActionResult OnGet(string council, string number)
    {
        var kb = state.Current;
        if (!kb.IsKnownCouncil(council) && kb.CanonicalCouncil(council) is { } canonical)
        {
            return RedirectPermanent(SearchLinks.CouncilUrl(canonical) + "/moter/" + Uri.EscapeDataString(number));
        }

        if (!kb.IsKnownCouncil(council))
        {
            UnknownCouncil = new UnknownCouncil(council, kb.CouncilIds);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var meeting = kb.MeetingAt(council, number);
        if (meeting is null)
        {
            return NotFound();
        }

        if (meeting.Number != KnowledgeSnapshot.NormaliseMeeting(number))
        {
            // Addressed by the date it was held: the page lives at its number.
            return Redirect(SearchLinks.MeetingUrl(council, meeting.Number));
        }

        Meeting = meeting;
        Cases = kb.CasesOf(meeting);
        Date = gateway.MeetingDate(meeting.Council, meeting.Number, meeting.Date);
        return Page();
    }
}

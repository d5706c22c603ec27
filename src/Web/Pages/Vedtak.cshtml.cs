using NorPreM.Core.Model;
using NorPreM.Web.Knowledge;
using NorPreM.Web.Querying;

namespace NorPreM.Web.Pages;

/// <summary>Decisions and proposed decisions: searchable, and listed by meeting, newest first.</summary>
public sealed class VedtakModel(SearchQueryBinder binder, SearchGateway gateway, KnowledgeState state) : SearchPageModel(binder, gateway)
{
    public override string SearchPath => "/vedtak";

    /// <summary>Meetings with the cases that have a decision or a proposal, newest meeting first.</summary>
    public IReadOnlyList<(MeetingRecord Meeting, IReadOnlyList<CaseRecord> Cases)> ByMeeting { get; private set; } = [];

    /// <summary>A meeting's date, or the estimate its search hits show when the sources give none.</summary>
    public MeetingDate DateOf(MeetingRecord meeting) => Gateway.MeetingDate(meeting.Council, meeting.Number, meeting.Date);

    public async Task OnGetAsync()
    {
        await RunSearch(r => r with { Scope = SearchScope.Decisions });
        if (Result is not null)
        {
            return;
        }

        var kb = state.Current;
        ByMeeting = kb.CouncilIds
            .SelectMany(kb.AllMeetingsOf)
            .Select(m => (Meeting: m, Cases: (IReadOnlyList<CaseRecord>)kb.CasesOf(m)
                .Where(c => c.Decision is not null || c.ProposedDecision is not null)
                .ToList()))
            .Where(x => x.Cases.Count > 0)
            .OrderByDescending(x => KnowledgeSnapshot.MeetingOrder(x.Meeting))
            .ToList();
    }
}

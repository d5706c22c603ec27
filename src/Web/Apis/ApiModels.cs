using NorPreM.Core.Model;
using NorPreM.Web.Querying;

namespace NorPreM.Web.Apis;

/// <summary>Autocomplete answer.</summary>
public sealed record SuggestResponse(string Query, IReadOnlyList<SuggestionItem> Suggestions);

/// <summary>
/// One step in a case's history; <c>InCorpus</c> is false when only its number is known. <c>Date</c> is the date of the
/// meeting that handled it; when the sources give none, <c>EstimatedDate</c> is the interval it must lie in (an estimate,
/// never a date; the same one search hits carry).
/// </summary>
public sealed record CaseHistoryItem(string Number, string? Title, string? Meeting, DateOnly? Date, string? Decision, bool InCorpus, bool Current, string Url, DateEstimate? EstimatedDate = null)
{
    /// <summary>The proposal of a step not yet decided in the corpus (no decision from minutes), so a pending case shows what is proposed.</summary>
    public string? ProposedDecision { get; init; }
}

/// <summary>A case similar to the requested one.</summary>
public sealed record SimilarCaseItem(string Number, string Title, double Score, IReadOnlyList<string> SharedThemes, string Url);

/// <summary>
/// A case with its thread across meetings and similar cases. <c>MeetingDate</c> is the date of the meeting that handled
/// it (from the case paper or the meeting's minutes); when the sources give none, <c>EstimatedDate</c> is the interval
/// it must lie in, as search hits of the case carry it.
/// </summary>
public sealed record CaseResponse(CaseRecord Case, IReadOnlyList<CaseHistoryItem> History, IReadOnlyList<SimilarCaseItem> Similar, string Url,
    DateOnly? MeetingDate = null, DateEstimate? EstimatedDate = null);

/// <summary>One agenda item of a meeting.</summary>
public sealed record AgendaItem(string Number, string Title, IReadOnlyList<string> CaseTypes, string? ProposedDecision, string? Decision, string Url);

/// <summary>
/// A meeting with its agenda. When the sources give no date (<c>meeting.date</c> is null), <c>EstimatedDate</c> is the
/// interval the date must lie in, as the meeting's search hits carry it: an estimate, never a date.
/// </summary>
public sealed record MeetingResponse(MeetingRecord Meeting, string CouncilName, IReadOnlyList<AgendaItem> Agenda, string Url, DateEstimate? EstimatedDate = null);

/// <summary>A theme of the taxonomy with the number of cases carrying it.</summary>
public sealed record ThemeSummary(string Id, string Label, string Covers, int CaseCount, string Url);

/// <summary>
/// A case carrying a theme, with score and the words that drove it. <c>Date</c> is its meeting's date; when the sources
/// give none, <c>EstimatedDate</c> is the interval it must lie in (an estimate, never a date).
/// </summary>
public sealed record ThemeCaseItem(string Number, string Title, string? Council, string? Meeting, DateOnly? Date, double Score, IReadOnlyList<string> Evidence, string Url,
    DateEstimate? EstimatedDate = null);

/// <summary>Number of cases for one council and year.</summary>
public sealed record ThemeCountItem(string Council, string CouncilName, int Year, int Count);

/// <summary>A theme with its cases (newest first) and counts by council and year.</summary>
public sealed record ThemeResponse(string Id, string Label, string Covers, IReadOnlyList<ThemeCaseItem> Cases, IReadOnlyList<ThemeCountItem> Counts, string Url);

/// <summary>A document with its pages, parts and where its PDF is served.</summary>
public sealed record DocumentResponse(DocumentRecord Document, string PdfUrl, string Url);

/// <summary>A council with what the corpus holds of it.</summary>
public sealed record CouncilSummary(string Id, string Name, int MeetingCount, int CaseCount, string Url);

/// <summary>
/// One meeting in a council's list: <c>Date</c> when the sources give one, else <c>EstimatedDate</c>, the interval the
/// date must lie in (as the meeting's search hits carry it; an estimate, never a date).
/// </summary>
public sealed record CouncilMeetingItem(string Number, DateOnly? Date, DateEstimate? EstimatedDate, string? Place, int CaseCount, bool HasMinutes, string Url, string ApiUrl);

/// <summary>A document of a council.</summary>
public sealed record CouncilDocumentItem(string Id, string Title, int PageCount, string Url);

/// <summary>
/// One council with what the knowledge base holds from it, newest meeting first. <c>HasDocuments</c> is false for a
/// known council the corpus has nothing from yet (a regional NorPreM-råd); <c>Message</c> then says so in Norwegian.
/// </summary>
public sealed record CouncilResponse(
    string Id,
    string Name,
    bool HasDocuments,
    string? Message,
    int MeetingCount,
    int CaseCount,
    IReadOnlyList<CouncilMeetingItem> Meetings,
    IReadOnlyList<CouncilDocumentItem> Documents,
    string Url);

/// <summary>Where ingestion stands.</summary>
public sealed record StatusResponse(string Phase, string Message, int Done, int Total, int Documents, int Cases, IReadOnlyList<string> Warnings);

using NorPreM.Search.Model;
using NorPreM.Web.Querying;

namespace NorPreM.Web.Apis;

/// <summary>Autocomplete answer.</summary>
public sealed record SuggestResponse(string Query, IReadOnlyList<SuggestionItem> Suggestions);

/// <summary>One step in a case's history; <c>InCorpus</c> is false when only its number is known.</summary>
public sealed record CaseHistoryItem(string Number, string? Title, string? Meeting, DateOnly? Date, string? Decision, bool InCorpus, bool Current, string Url)
{
    /// <summary>The proposal of a step not yet decided in the corpus (no decision from minutes), so a pending case shows what is proposed.</summary>
    public string? ProposedDecision { get; init; }
}

/// <summary>A case similar to the requested one.</summary>
public sealed record SimilarCaseItem(string Number, string Title, double Score, IReadOnlyList<string> SharedThemes, string Url);

/// <summary>A case with its thread across meetings and similar cases.</summary>
public sealed record CaseResponse(CaseRecord Case, IReadOnlyList<CaseHistoryItem> History, IReadOnlyList<SimilarCaseItem> Similar, string Url);

/// <summary>One agenda item of a meeting.</summary>
public sealed record AgendaItem(string Number, string Title, IReadOnlyList<string> CaseTypes, string? ProposedDecision, string? Decision, string Url);

/// <summary>A meeting with its agenda.</summary>
public sealed record MeetingResponse(MeetingRecord Meeting, string CouncilName, IReadOnlyList<AgendaItem> Agenda, string Url);

/// <summary>A theme of the taxonomy with the number of cases carrying it.</summary>
public sealed record ThemeSummary(string Id, string Label, string Covers, int CaseCount, string Url);

/// <summary>A case carrying a theme, with score and the words that drove it.</summary>
public sealed record ThemeCaseItem(string Number, string Title, string? Council, string? Meeting, DateOnly? Date, double Score, IReadOnlyList<string> Evidence, string Url);

/// <summary>Number of cases for one council and year.</summary>
public sealed record ThemeCountItem(string Council, string CouncilName, int Year, int Count);

/// <summary>A theme with its cases (newest first) and counts by council and year.</summary>
public sealed record ThemeResponse(string Id, string Label, string Covers, IReadOnlyList<ThemeCaseItem> Cases, IReadOnlyList<ThemeCountItem> Counts, string Url);

/// <summary>A document with its pages, parts and where its PDF is served.</summary>
public sealed record DocumentResponse(DocumentRecord Document, string PdfUrl, string Url);

/// <summary>A council with what the corpus holds of it.</summary>
public sealed record CouncilSummary(string Id, string Name, int MeetingCount, int CaseCount, string Url);

/// <summary>Where ingestion stands.</summary>
public sealed record StatusResponse(string Phase, string Message, int Done, int Total, int Documents, int Cases, IReadOnlyList<string> Warnings);

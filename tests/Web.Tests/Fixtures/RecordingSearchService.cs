using System.Collections.Concurrent;
using NorPreM.Core.Model;

namespace NorPreM.Web.Tests.Fixtures;

/// <summary>Passes every call to the real search service and remembers the requests, so tests can see what the web layer asked.</summary>
public sealed class RecordingSearchService(ISearchService inner) : ISearchService
{
    public ConcurrentQueue<SearchRequest> Requests { get; } = new();

    public SearchResponse Search(SearchRequest request)
    {
        Requests.Enqueue(request);
        return inner.Search(request);
    }

    public IReadOnlyList<Suggestion> Suggest(string prefix, int max, IReadOnlyList<SuggestionEntry>? named = null, bool includeRestricted = false) => inner.Suggest(prefix, max, named, includeRestricted);

    public IReadOnlyList<SearchHit> MoreLikeThis(string unitId, int max, bool includeRestricted = false) => inner.MoreLikeThis(unitId, max, includeRestricted);

    /// <summary>Queries the web layer asked a spelling correction for outside a search.</summary>
    public ConcurrentQueue<string> DidYouMeanQueries { get; } = new();

    public string? DidYouMean(string query, bool includeRestricted = false)
    {
        DidYouMeanQueries.Enqueue(query);
        return inner.DidYouMean(query, includeRestricted);
    }

    public DateEstimate? EstimateMeetingDate(string council, string meeting) => inner.EstimateMeetingDate(council, meeting);
}

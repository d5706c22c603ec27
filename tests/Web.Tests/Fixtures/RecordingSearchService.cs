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

    public IReadOnlyList<Suggestion> Suggest(string prefix, int max, bool includeRestricted = false) => inner.Suggest(prefix, max, includeRestricted);

    public IReadOnlyList<SearchHit> MoreLikeThis(string unitId, int max, bool includeRestricted = false) => inner.MoreLikeThis(unitId, max, includeRestricted);

    public string? DidYouMean(string query, bool includeRestricted = false) => inner.DidYouMean(query, includeRestricted);

    public DateEstimate? EstimateMeetingDate(string council, string meeting) => inner.EstimateMeetingDate(council, meeting);
}

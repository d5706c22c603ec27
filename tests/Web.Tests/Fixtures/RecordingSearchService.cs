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

    public IReadOnlyList<Suggestion> Suggest(string prefix, int max, IReadOnlyList<SuggestionEntry>? named = null) => inner.Suggest(prefix, max, named);

    public IReadOnlyList<SearchHit> MoreLikeThis(string unitId, int max) => inner.MoreLikeThis(unitId, max);

    /// <summary>Queries the web layer asked a spelling correction for outside a search.</summary>
    public ConcurrentQueue<string> DidYouMeanQueries { get; } = new();

    public string? DidYouMean(string query)
    {
        DidYouMeanQueries.Enqueue(query);
        return inner.DidYouMean(query);
    }

    public DateEstimate? EstimateMeetingDate(string council, string meeting) => inner.EstimateMeetingDate(council, meeting);
}

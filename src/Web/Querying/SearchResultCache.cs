using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using NorPreM.Core.Model;

namespace NorPreM.Web.Querying;

/// <summary>
/// Recent search answers, kept per request (query, filters, scope, sort, page), per audience (staff or anonymous: the
/// answers differ) and per published version of the index and knowledge base, so the same search asked again while
/// nothing changed costs a look-up instead of a search. A new version (<c>KnowledgeState.Version</c>, bumped whenever
/// the knowledge base is published, which the host does around every switch of the searcher) leaves every older answer
/// unreachable. Answers cut short by the time budget
/// (<see cref="SearchResponse.Partial"/>) are never kept: asked again, the search runs again.
/// </summary>
public sealed class SearchResultCache : IDisposable
{
    private readonly MemoryCache? _cache;

    public SearchResultCache(IOptions<WebOptions> options)
    {
        var entries = options.Value.SearchCacheEntries;
        if (entries > 0)
        {
            _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = entries, CompactionPercentage = 0.25 });
        }
    }

    /// <summary>False when the cache is switched off (<see cref="WebOptions.SearchCacheEntries"/> = 0).</summary>
    public bool Enabled => _cache is not null;

    /// <summary>The kept answer to <paramref name="request"/> for this audience and <paramref name="version"/>, if any.</summary>
    public bool TryGet(SearchRequest request, long version, out SearchResponse response)
    {
        response = null!;
        return _cache is not null && _cache.TryGetValue(Key(request, version), out response!);
    }

    /// <summary>Keeps <paramref name="response"/> unless it is partial.</summary>
    public void Put(SearchRequest request, long version, SearchResponse response)
    {
        if (_cache is null || response.Partial)
        {
            return;
        }

        _cache.Set(Key(request, version), response, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
    }

    private static string Key(SearchRequest request, long version) =>
        string.Join('\n', version, request.IncludeRestricted ? "staff" : "public", request.Collapse ? "c" : "u",
            SearchLinks.QueryString(request));

    public void Dispose() => _cache?.Dispose();
}

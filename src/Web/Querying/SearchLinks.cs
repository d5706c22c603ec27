using System.Text;
using NorPreM.Core.Model;

namespace NorPreM.Web.Querying;

/// <summary>Builds the URLs of searches, the inverse of <see cref="SearchQueryBinder"/>, so every link keeps the query and filters.</summary>
public static class SearchLinks
{
    public static string For(string path, SearchRequest request) => path + QueryString(request);

    /// <summary>The query string for <paramref name="request"/>, leaving out defaults.</summary>
    public static string QueryString(SearchRequest request)
    {
        var parts = new List<string>();
        if (request.Query.Length > 0)
        {
            parts.Add("q=" + Uri.EscapeDataString(request.Query));
        }

        foreach (var (field, values) in request.Filters.Selected)
        {
            var name = SearchFilters.NameOf(field);
            parts.AddRange(values.Select(v => Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(v)));
        }

        if (request.Scope == SearchScope.Decisions)
        {
            parts.Add("scope=decisions");
        }

        if (request.Sort == SearchSort.Newest)
        {
            parts.Add("sort=newest");
        }

        if (request.PageSize != 10)
        {
            parts.Add("size=" + request.PageSize);
        }

        if (request.Page > 1)
        {
            parts.Add("page=" + request.Page);
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    /// <summary>The request with one filter value switched on or off (back to page 1).</summary>
    public static SearchRequest Toggle(SearchRequest request, FilterField field, string value)
    {
        var current = request.Filters[field].ToList();
        if (!current.Remove(value))
        {
            current.Add(value);
        }

        return request with { Filters = request.Filters.With(field, current), Page = 1 };
    }

    /// <summary>The request with a facet's value switched on or off; the facet carries its filter's parameter name.</summary>
    public static SearchRequest Toggle(SearchRequest request, string facetField, string value) =>
        SearchFilters.TryParseName(facetField, out var field) ? Toggle(request, field, value) : request;

    /// <summary>A search of everything with one filter value (the «Søk i alt fra rådet» links).</summary>
    public static string FilteredSearch(string path, FilterField field, string value, SearchSort sort = SearchSort.Relevance) =>
        For(path, new SearchRequest { Filters = SearchFilters.Of(field, value), Sort = sort });

    /// <summary>The search page for a query typed as is ("sak:10/2023").</summary>
    public static string SearchUrl(string query) => "/?q=" + Uri.EscapeDataString(query);

    public static string CaseUrl(string caseNumber) =>
        "/saker/" + Uri.EscapeDataString(CaseNumber.Address(caseNumber));

    public static string MeetingUrl(string council, string meeting) =>
        "/rad/" + Uri.EscapeDataString(council) + "/moter/" + Uri.EscapeDataString(meeting.Replace('/', '-'));

    public static string CouncilUrl(string council) => "/rad/" + Uri.EscapeDataString(council);

    public static string DocumentUrl(string documentId, int? page = null) =>
        "/dokumenter/" + Uri.EscapeDataString(documentId) + (page is > 0 ? "?side=" + page : "");

    public static string PdfUrl(string documentId, int? page = null) =>
        "/documents/" + Uri.EscapeDataString(documentId) + "/pdf" + (page is > 0 ? "#page=" + page : "");

    public static string ThemeUrl(string themeId) => "/tema/" + Uri.EscapeDataString(themeId);

    /// <summary>A short human description of the active filters, for the page title and screen readers.</summary>
    public static string Describe(SearchRequest request)
    {
        var sb = new StringBuilder();
        foreach (var (field, values) in request.Filters.Selected)
        {
            sb.Append(sb.Length > 0 ? "; " : "").Append(SearchFilters.NameOf(field)).Append(": ").Append(string.Join(", ", values));
        }

        return sb.ToString();
    }
}

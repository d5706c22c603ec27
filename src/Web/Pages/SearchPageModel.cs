using Microsoft.AspNetCore.Mvc.RazorPages;
using NorPreM.Core.Model;
using NorPreM.Web.Querying;

namespace NorPreM.Web.Pages;

/// <summary>Shared state of the pages that search: the bound request, its errors and the response.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(NorPreM.Web.Hosting.SearchLimits.Policy)]
public abstract class SearchPageModel(SearchQueryBinder binder, SearchGateway gateway) : PageModel
{
    public BoundSearch Bound { get; private set; } = null!;

    /// <summary>The web app's door to search, for the pages' own look-ups (meeting dates).</summary>
    protected SearchGateway Gateway { get; } = gateway;

    public SearchResponse? Result { get; private set; }

    /// <summary>The path the search form and its links point to.</summary>
    public abstract string SearchPath { get; }

    protected async Task RunSearch(Func<SearchRequest, SearchRequest>? adjust = null)
    {
        Bound = binder.Bind(Request.Query);
        if (adjust is not null)
        {
            Bound = Bound with { Request = adjust(Bound.Request) };
        }

        if (!Bound.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (Bound.HasCriteria)
        {
            Result = await Gateway.SearchAsync(Bound.Request, HttpContext.RequestAborted);
        }
    }
}

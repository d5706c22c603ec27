using Microsoft.AspNetCore.Http.HttpResults;
using NorPreM.Core.Model;
using NorPreM.Web.Querying;

namespace NorPreM.Web.Apis;

/// <summary>
/// The query parameters of a search, declared for the OpenAPI document: one array per <see cref="FilterField"/>, named as
/// <see cref="SearchFilters.NameOf"/> names it (a test holds the two lists equal). Binding itself goes through
/// <see cref="SearchQueryBinder"/> on the raw query string, the same binder the search page uses.
/// </summary>
public sealed record SearchQueryParameters(
    string? Q,
    string? Scope,
    string? Sort,
    string? Page,
    string? Size,
    string[]? Council,
    string[]? Year,
    string[]? Meeting,
    string[]? DocumentType,
    string[]? CaseType,
    string[]? Theme,
    string[]? Kind,
    string[]? CaseNumber);

public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Søk");

        api.MapGet("/search", Search)
            .WithName("Search")
            .RequireRateLimiting(Hosting.SearchLimits.Policy)
            .WithSummary("Fritekstsøk i sider, saker, vedtak og møter")
            .WithDescription("Parametre: q (søk, høyst 300 tegn), scope=decisions (bare vedtak og forslag til vedtak), sort=relevance|newest, page, size (høyst 50), og filtre: "
                + string.Join(", ", SearchFilters.Fields.Select(SearchFilters.NameOf)) + ".");

        api.MapGet("/suggest", Suggest)
            .WithName("Suggest")
            .RequireRateLimiting(Hosting.SearchLimits.Policy)
            .WithSummary("Forslag til søk mens brukeren skriver (saksnumre, titler, forkortelser, råd, tema)");

        return app;
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> Search(
        HttpRequest http,
        [AsParameters] SearchQueryParameters parameters,
        SearchQueryBinder binder,
        SearchGateway gateway)
    {
        var bound = binder.Bind(http.Query);
        if (!bound.IsValid)
        {
            return TypedResults.ValidationProblem(bound.Errors, title: "Ugyldig søk");
        }

        if (!bound.HasCriteria)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["q"] = [bound.HasNoWords ? SearchGateway.NoWordsNote(bound.Request.Query) : "Skriv inn et søk i parameteren «q», eller velg et filter."] },
                title: "Ugyldig søk");
        }

        return TypedResults.Ok(await gateway.SearchAsync(bound.Request, http.HttpContext.RequestAborted));
    }

    /// <summary>Most suggestions one request may ask for.</summary>
    public const int MaxSuggestions = 20;

    private static Results<Ok<SuggestResponse>, ValidationProblem> Suggest(string? q, string? max, SearchGateway gateway)
    {
        q = (q ?? "").Trim();
        var errors = new Dictionary<string, string[]>();
        if (q.Length > 100)
        {
            errors["q"] = ["Forslag gis for høyst 100 tegn."];
        }

        var limit = 8;
        if (!string.IsNullOrWhiteSpace(max))
        {
            if (!int.TryParse(max, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit) || limit < 1)
            {
                errors["max"] = ["Antall forslag må være et helt tall fra 1 og oppover."];
            }
            else if (limit > MaxSuggestions)
            {
                errors["max"] = [$"For mange forslag: {limit}. Bruk høyst {MaxSuggestions}."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Ugyldig forespørsel");
        }

        return TypedResults.Ok(new SuggestResponse(q, gateway.Suggest(q, limit)));
    }
}

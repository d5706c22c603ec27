using Microsoft.AspNetCore.Http.HttpResults;
using NorPreM.Search.Model;
using NorPreM.Web.Querying;

namespace NorPreM.Web.Apis;

/// <summary>
/// The query parameters of a search, declared for the OpenAPI document. Binding itself goes through
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
    string[]? Kind);

public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Søk");

        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Fritekstsøk i sider, saker, vedtak og møter")
            .WithDescription("Parametre: q (søk, høyst 300 tegn), scope=decisions (bare vedtak og forslag til vedtak), sort=relevance|newest, page, size (høyst 50), og filtre per fasett: council, year, meeting, documentType, caseType, theme, kind.");

        api.MapGet("/suggest", Suggest)
            .WithName("Suggest")
            .WithSummary("Forslag til søk mens brukeren skriver (saksnumre, titler, forkortelser, råd, tema)");

        return app;
    }

    private static Results<Ok<SearchResponse>, ValidationProblem> Search(
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
                new Dictionary<string, string[]> { ["q"] = ["Skriv inn et søk i parameteren «q», eller velg et filter."] },
                title: "Ugyldig søk");
        }

        return TypedResults.Ok(gateway.Search(bound.Request));
    }

    private static Results<Ok<SuggestResponse>, ValidationProblem> Suggest(string? q, int? max, SearchGateway gateway)
    {
        q = (q ?? "").Trim();
        if (q.Length > 100)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["q"] = ["Forslag gis for høyst 100 tegn."] },
                title: "Ugyldig forespørsel");
        }

        var limit = Math.Clamp(max ?? 8, 1, 20);
        return TypedResults.Ok(new SuggestResponse(q, gateway.Suggest(q, limit)));
    }
}

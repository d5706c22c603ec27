using Microsoft.AspNetCore.Http.HttpResults;
using NorPreM.Search.Model;
using NorPreM.Web.Knowledge;
using NorPreM.Web.Querying;

namespace NorPreM.Web.Apis;

/// <summary>The theme taxonomy and the cases per theme, council and year.</summary>
public static class ThemesApi
{
    public static IEndpointRouteBuilder MapThemesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/themes").WithTags("Tema");

        api.MapGet("/", ListThemes)
            .WithName("ListThemes")
            .WithSummary("Alle tema i taksonomien med antall saker");

        api.MapGet("/{id}", GetTheme)
            .WithName("GetTheme")
            .WithSummary("Ett tema med sakene (nyeste først), begrunnelsen for hvert tema og antall per råd og år");

        return app;
    }

    private static Ok<IReadOnlyList<ThemeSummary>> ListThemes(KnowledgeState state)
    {
        var kb = state.Current;
        IReadOnlyList<ThemeSummary> list = ThemeCatalog.All
            .Select(t => new ThemeSummary(t.Id, t.Label, t.Covers, ThemeStatistics.CountOf(kb, t.Id), SearchLinks.ThemeUrl(t.Id)))
            .ToList();
        return TypedResults.Ok(list);
    }

    internal static Results<Ok<ThemeResponse>, ProblemHttpResult> GetTheme(string id, KnowledgeState state)
    {
        if (ThemeCatalog.Find(id) is not { } theme)
        {
            return TypedResults.Problem(
                detail: $"Temaet «{id}» finnes ikke. Se /api/themes for gyldige tema.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Ikke funnet");
        }

        var cases = ThemeStatistics.CasesWith(state.Current, id);
        var items = cases
            .Select(c => new ThemeCaseItem(c.Case.Number, c.Case.Title, c.Case.Council, c.Case.Meeting, c.Case.MeetingDate, Math.Round(c.Theme.Score, 3), c.Theme.Evidence, SearchLinks.CaseUrl(c.Case.Number)))
            .ToList();
        var counts = ThemeStatistics.CountsByCouncilAndYear(cases)
            .Select(c => new ThemeCountItem(c.Council, Councils.DisplayName(c.Council), c.Year, c.Count))
            .ToList();
        return TypedResults.Ok(new ThemeResponse(theme.Id, theme.Label, theme.Covers, items, counts, SearchLinks.ThemeUrl(theme.Id)));
    }
}

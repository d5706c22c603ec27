using Microsoft.AspNetCore.Http.HttpResults;
using NorPreM.Core.Model;
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

    internal static Results<Ok<ThemeResponse>, ProblemHttpResult> GetTheme(string id, KnowledgeState state, SearchGateway gateway)
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
            .Select(c => (Themed: c, Date: gateway.MeetingDateOf(c.Case)))
            .Select(x => new ThemeCaseItem(x.Themed.Case.Number, x.Themed.Case.Title, x.Themed.Case.Council, x.Themed.Case.Meeting, x.Date.Date, Math.Round(x.Themed.Theme.Score, 3), x.Themed.Theme.Evidence, SearchLinks.CaseUrl(x.Themed.Case.Number), x.Date.Estimate))
            .ToList();
        var counts = ThemeStatistics.CountsByCouncilAndYear(cases)
            .Select(c => new ThemeCountItem(c.Council, Councils.DisplayName(c.Council), c.Year, c.Count))
            .ToList();
        return TypedResults.Ok(new ThemeResponse(theme.Id, theme.Label, theme.Covers, items, counts, SearchLinks.ThemeUrl(theme.Id)));
    }
}

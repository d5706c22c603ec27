using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NorPreM.Ingest.Themes;
using NorPreM.Core.Model;
using NorPreM.Web.Knowledge;
using NorPreM.Web.Querying;
using NorPreM.Core.Themes;

namespace NorPreM.Web.Pages;

/// <summary>The taxonomy with counts and the topics found without it (/tema), or one theme with its chart and cases (/tema/{id}).</summary>
public sealed class TemaModel(KnowledgeState state, SearchGateway gateway) : PageModel
{
    public KnowledgeSnapshot Knowledge { get; private set; } = KnowledgeSnapshot.Empty;

    public ThemeDefinition? Theme { get; private set; }

    public IReadOnlyList<ThemedCase> Cases { get; private set; } = [];

    public ThemeChart Chart { get; private set; } = null!;

    public SearchResponse? Passages { get; private set; }

    /// <summary>The unsupervised topics (LDA) shown under the taxonomy on /tema.</summary>
    public TopicOverview Topics { get; private set; } = null!;

    /// <summary>The date of the meeting that handled a case, or the estimate its search hits show when the sources give none.</summary>
    public MeetingDate DateOf(CaseRecord c) => gateway.MeetingDateOf(c);

    public IActionResult OnGet(string? id)
    {
        Knowledge = state.Current;
        if (id is null)
        {
            Topics = TopicOverview.From(state.Topics, Knowledge, state.Status);
            return Page();
        }

        if (ThemeCatalog.Find(id) is not { } theme)
        {
            // "/tema/Helsedata": the theme's address in lower case.
            return ThemeCatalog.Find(id.ToLowerInvariant()) is { } lower ? RedirectPermanent(SearchLinks.ThemeUrl(lower.Id)) : NotFound();
        }

        Theme = theme;
        Cases = ThemeStatistics.CasesWith(Knowledge, id);
        Chart = new ThemeChart(ThemeStatistics.CountsByCouncilAndYear(Cases), Knowledge.CouncilIds);
        Passages = gateway.Search(new SearchRequest
        {
            Filters = SearchFilters.Of(FilterField.Theme, id),
            Sort = SearchSort.Newest,
            PageSize = 10,
        });
        return Page();
    }
}

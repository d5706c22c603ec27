using NorPreM.Web.Knowledge;
using NorPreM.Web.Querying;

namespace NorPreM.Web.Pages;

/// <summary>The search page; without a query it shows examples and what the knowledge base holds.</summary>
public sealed class IndexModel(SearchQueryBinder binder, SearchGateway gateway, KnowledgeState state) : SearchPageModel(binder, gateway)
{
    public override string SearchPath => "/";

    public KnowledgeSnapshot Knowledge { get; private set; } = KnowledgeSnapshot.Empty;

    public async Task OnGetAsync()
    {
        Knowledge = state.Current;
        await RunSearch();
    }
}

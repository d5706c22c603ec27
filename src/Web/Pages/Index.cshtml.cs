using NorPreM.Web.Querying;

namespace NorPreM.Web.Pages;

public sealed class IndexModel(SearchQueryBinder binder, SearchGateway gateway) : SearchPageModel(binder, gateway)
{
    public override string SearchPath => "/";

    public void OnGet() => RunSearch();
}

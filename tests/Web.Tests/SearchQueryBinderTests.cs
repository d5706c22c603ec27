using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using NorPreM.Core.Model;
using NorPreM.Web.Querying;

namespace NorPreM.Web.Tests;

public sealed class SearchQueryBinderTests
{
    private readonly SearchQueryBinder binder = new(Options.Create(new WebOptions()));

    private static QueryCollection Query(params (string Key, string[] Values)[] pairs) =>
        new(pairs.ToDictionary(p => p.Key, p => new StringValues(p.Values)));

    [Fact]
    public void BindsQueryFiltersScopeSortAndPaging()
    {
        var bound = binder.Bind(Query(("q", ["  strategi for persontilpasset medisin "]), ("council", ["ho21"]), ("Year", ["2022", "2024"]),
            ("scope", ["decisions"]), ("sort", ["newest"]), ("page", ["2"]), ("size", ["20"])));

        Assert.True(bound.IsValid);
        Assert.Equal("strategi for persontilpasset medisin", bound.Request.Query);
        Assert.Equal(["ho21"], bound.Request.Filters[FilterField.Council]);
        Assert.Equal(["2022", "2024"], bound.Request.Filters[FilterField.Year]);
        Assert.Equal(SearchScope.Decisions, bound.Request.Scope);
        Assert.Equal(SearchSort.Newest, bound.Request.Sort);
        Assert.Equal(2, bound.Request.Page);
        Assert.Equal(20, bound.Request.PageSize);
    }

    [Fact]
    public void DecisionSwitchWrittenAsVedtakMeansDecisionScope()
    {
        var bound = binder.Bind(Query(("q", ["helsedata"]), ("vedtak", ["true"])));

        Assert.Equal(SearchScope.Decisions, bound.Request.Scope);
    }

    [Fact]
    public void LinksRoundTripThroughTheBinder()
    {
        var request = new SearchRequest
        {
            Query = "rådsmøte & «helsedata»",
            Filters = SearchFilters.Of(FilterField.Theme, "helsedata").With(FilterField.Council, ["ho21"]),
            Scope = SearchScope.Decisions,
            Sort = SearchSort.Newest,
            Page = 3,
            PageSize = 20,
        };

        var url = SearchLinks.QueryString(request);
        var parsed = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url);
        var bound = binder.Bind(new QueryCollection(parsed));

        Assert.Equal(request.Query, bound.Request.Query);
        Assert.Equal(request.Filters[FilterField.Theme], bound.Request.Filters[FilterField.Theme]);
        Assert.Equal(request.Filters[FilterField.Council], bound.Request.Filters[FilterField.Council]);
        Assert.Equal((request.Scope, request.Sort, request.Page, request.PageSize), (bound.Request.Scope, bound.Request.Sort, bound.Request.Page, bound.Request.PageSize));
    }

    [Fact]
    public void ToggleAddsAndRemovesAFilterValueAndResetsThePage()
    {
        var request = new SearchRequest { Query = "helsedata", Page = 4 };

        var on = SearchLinks.Toggle(request, "council", "ho21");
        var off = SearchLinks.Toggle(on, "council", "ho21");

        Assert.Equal(["ho21"], on.Filters[FilterField.Council]);
        Assert.Equal(1, on.Page);
        Assert.Empty(off.Filters[FilterField.Council]);
        Assert.True(off.Filters.IsEmpty);
    }

    [Fact]
    public void RefusesControlCharactersAndTooManyFilters()
    {
        var bound = binder.Bind(Query(("q", ["helse\u0000data"]), ("theme", Enumerable.Range(0, 25).Select(i => "t" + i).ToArray())));

        Assert.False(bound.IsValid);
        Assert.Contains("kontrolltegn", bound.Errors["q"][0]);
        Assert.Contains("For mange filtre: 25", bound.Errors["filters"][0]);
    }

    [Fact]
    public void TheOpenApiDocumentDeclaresEveryFilterByItsParameterName()
    {
        var declared = typeof(NorPreM.Web.Apis.SearchQueryParameters).GetProperties().Select(p => p.Name)
            .Except(["Q", "Scope", "Sort", "Page", "Size"]).Order(StringComparer.OrdinalIgnoreCase);

        Assert.Equal(SearchFilters.Fields.Select(SearchFilters.NameOf).Order(StringComparer.OrdinalIgnoreCase), declared, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void TheCaseParameterOfTheQueryLanguageBindsTheCaseNumberFilter()
    {
        Assert.True(SearchFilters.TryParseName("case", out var field));
        Assert.Equal(FilterField.CaseNumber, field);
        Assert.False(SearchFilters.TryParseName("caseNumbers", out _));
    }
}

using NorPreM.Core.Model;

namespace NorPreM.Search.Tests;

/// <summary>Councils that number cases by year only ("Sak 12/23"): the number finds its case and filters by it.</summary>
public sealed class CaseNumberByYearSearchTests
{
    private static SearchIndex Build()
    {
        var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("vest", [
            SearchIndexTests.Unit("vest", "case:12/2023", "Status for genpanel-diagnostikk i regionen. Det er behov for felles rutiner for tolkning av genvarianter.", UnitKind.Case, "12/2023"),
            SearchIndexTests.Unit("vest", "case:13/2023", "Kompetanseplan for genetisk veiledning: videreutdanning av sykepleiere, 12 plasser i 2023.", UnitKind.Case, "13/2023"),
            SearchIndexTests.Unit("vest", "vest:p1", "Sak 12/23 Status for genpanel-diagnostikk i regionen. Sak 13/23 Kompetanseplan for genetisk veiledning.", UnitKind.Page),
        ]);
        index.Writer.Commit();
        return index;
    }

    [Theory]
    [InlineData("sak 12/23")]
    [InlineData("Sak 12/2023")]
    [InlineData("sak 012-23 genpanel")]
    [InlineData("12/23")]
    [InlineData("12-2023")]
    public void PutsTheCaseFirstForItsNumberWrittenAnyWay(string query)
    {
        using var index = Build();
        var response = index.Searcher.Search(new SearchRequest { Query = query, Collapse = false });
        Assert.Equal("case:12/2023", response.Hits[0].Id);
    }

    [Theory]
    [InlineData("13-24")]
    [InlineData("13/24")]
    [InlineData("sak 13/24")]
    [InlineData(" 13-2024 ")]
    public void AnAddressThatCanOnlyBeACaseNumberTakesATwoDigitYearWithoutSak(string written)
    {
        Assert.Equal("13/2024", CaseNumber.NormaliseAddress(written));
        Assert.Equal("13/2024 (NorPreM-råd)", CaseNumber.NormaliseAddress(written.Trim() + " (NorPreM-råd)"));
    }

    [Theory]
    [InlineData("12/05")]
    [InlineData("møte 12/05")]
    public void RunningTextKeepsABareTwoPartNumberWithATwoDigitYearADate(string written)
    {
        Assert.Null(CaseNumber.NormaliseWritten(written));
        Assert.Empty(CaseNumber.FindAll("Møtet 12/05 ble avlyst."));
    }

    [Theory]
    [InlineData("sak:12/23")]
    [InlineData("sak:12-2023")]
    public void FiltersByACaseNumberByYear(string query)
    {
        using var index = Build();
        var response = index.Searcher.Search(new SearchRequest { Query = query, Collapse = false });
        Assert.Equal("case:12/2023", Assert.Single(response.Hits).Id);
    }

    [Fact]
    public void FindsEachCouncilsCaseWhenTwoShareANumberByYearAndKeepsThemApart()
    {
        using var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("vest", [SearchIndexTests.Unit("vest", "case:10/2023 (NorPreM-råd)", "Godkjenning av innkalling og saksliste.", UnitKind.Case, "10/2023 (NorPreM-råd)")]);
        index.Writer.ReplaceDocument("fdm", [SearchIndexTests.Unit("fdm", "case:10/2023 (Interregionalt fagdirektørmøte)", "Kunstig intelligens i bildediagnostikk.", UnitKind.Case, "10/2023 (Interregionalt fagdirektørmøte)")]);
        index.Writer.Commit();

        var response = index.Searcher.Search(new SearchRequest { Query = "sak:10/23" });

        Assert.Equal(["10/2023 (Interregionalt fagdirektørmøte)", "10/2023 (NorPreM-råd)"], response.Hits.Select(h => h.CaseNumber).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("råd:norprem-rad", 2)]
    [InlineData("råd:norprem-rad-vest", 1)]
    [InlineData("råd:norprem-rad-nord", 1)]
    public void FiltersARegionalCouncilAloneOrWithTheOtherRegions(string query, int hits)
    {
        using var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("vest", [SearchIndexTests.Unit("vest", "vest:p1", "Referat fra regionalt NorPreM-råd.") with { Council = Councils.NorPreMVest }]);
        index.Writer.ReplaceDocument("nord", [SearchIndexTests.Unit("nord", "nord:p1", "Referat fra regionalt NorPreM-råd.") with { Council = Councils.NorPreMNord }]);
        index.Writer.ReplaceDocument("ho21", [SearchIndexTests.Unit("ho21", "ho21:p1", "Referat fra HelseOmsorg21-rådet.") with { Council = Councils.HelseOmsorg21 }]);
        index.Writer.Commit();

        Assert.Equal(hits, index.Searcher.Search(new SearchRequest { Query = query, Collapse = false }).TotalHits);
    }
}

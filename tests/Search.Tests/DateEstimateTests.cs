using NorPreM.Core.Model;

namespace NorPreM.Search.Tests;

public sealed class DateEstimateTests
{
    private static IndexUnit Unit(string id, string council, string? meeting, DateOnly? date, string? caseNumber = null) =>
        SearchIndexTests.Unit("doc-" + id, id, "Rådet drøftet helsedata og persontilpasset medisin.", UnitKind.Case, caseNumber) with
        {
            Council = council,
            Meeting = meeting,
            Date = date,
        };

    private static SearchIndex Build(params IndexUnit[] units)
    {
        var index = SearchIndex.InMemory();
        foreach (var unit in units)
        {
            index.Writer.ReplaceDocument(unit.DocumentId, [unit]);
        }

        index.Writer.Commit();
        return index;
    }

    private static SearchResponse Newest(SearchIndex index) =>
        index.Searcher.Search(new SearchRequest { Query = "helsedata", Sort = SearchSort.Newest, Collapse = false, PageSize = 20 });

    [Fact]
    public void AMeetingKnownOnlyFromCasePapersSortsAfterTheDatedMeetingBeforeIt()
    {
        using var index = Build(
            Unit("mote2", "ho21", "2/2022", new DateOnly(2022, 3, 30)),
            Unit("mote3", "ho21", "3/2022", null, "28/3/2022"),
            Unit("vinter", "norprem", null, new DateOnly(2022, 2, 1)),
            Unit("mandat", "norprem", null, new DateOnly(2024, 3, 18)));

        var order = Newest(index).Hits.Select(h => h.Id).ToList();

        Assert.Equal(["mandat", "mote3", "mote2", "vinter"], order);
    }

    [Fact]
    public void AnUndatedMeetingIsEstimatedBetweenItsDatedNeighboursAndNeverGivenADate()
    {
        using var index = Build(
            Unit("mote2", "ho21", "2/2022", new DateOnly(2022, 3, 30)),
            Unit("mote3", "ho21", "3/2022", null),
            Unit("mote4", "ho21", "4/2022", new DateOnly(2022, 9, 14)),
            Unit("annet", "norprem", "3/2022", new DateOnly(2022, 1, 10)));

        var hit = Newest(index).Hits.Single(h => h.Id == "mote3");

        Assert.Null(hit.Date);
        Assert.Equal(new DateEstimate(new DateOnly(2022, 3, 31), new DateOnly(2022, 9, 13)), hit.EstimatedDate);
    }

    [Fact]
    public void AnUndatedUnitOfADatedMeetingTakesTheMeetingsDateAsItsEstimate()
    {
        using var index = Build(
            Unit("referat", "ho21", "2/2022", new DateOnly(2022, 3, 30)),
            Unit("vedlegg", "ho21", "2/2022", null));

        var hit = Newest(index).Hits.Single(h => h.Id == "vedlegg");

        Assert.Equal(new DateEstimate(new DateOnly(2022, 3, 30), new DateOnly(2022, 3, 30)), hit.EstimatedDate);
    }

    [Fact]
    public void AnUndatedUnitWithoutAnyYearSortsLastAndHasNoEstimate()
    {
        using var index = Build(
            Unit("uten", "ho21", null, null),
            Unit("gammel", "ho21", "1/2015", new DateOnly(2015, 2, 2)),
            Unit("ar", "ho21", "5/2016", null));

        var hits = Newest(index).Hits;

        Assert.Equal(["ar", "gammel", "uten"], hits.Select(h => h.Id));
        Assert.Null(hits[^1].EstimatedDate);
        Assert.Equal(new DateEstimate(new DateOnly(2016, 1, 1), new DateOnly(2016, 12, 31)), hits[0].EstimatedDate);
    }

    [Fact]
    public void ADatedHitCarriesNoEstimate()
    {
        using var index = Build(Unit("mote2", "ho21", "2/2022", new DateOnly(2022, 3, 30)));

        Assert.Null(Assert.Single(Newest(index).Hits).EstimatedDate);
    }

    [Fact]
    public void AMeetingIsEstimatedByTheSameRulesAsItsHits()
    {
        using var index = Build(
            Unit("mote2", "ho21", "2/2022", new DateOnly(2022, 3, 30)),
            Unit("mote3", "ho21", "3/2022", null, "28/3/2022"),
            Unit("mote4", "ho21", "4/2022", new DateOnly(2022, 9, 14)));

        var hit = Newest(index).Hits.Single(h => h.Id == "mote3");

        Assert.Equal(new DateEstimate(new DateOnly(2022, 3, 31), new DateOnly(2022, 9, 13)), index.Searcher.EstimateMeetingDate("ho21", "3/2022"));
        Assert.Equal(hit.EstimatedDate, index.Searcher.EstimateMeetingDate("ho21", "3/2022"));
    }

    [Fact]
    public void AMeetingWithoutUnitsIsEstimatedFromItsNeighboursAndOtherwiseByItsYear()
    {
        using var index = Build(
            Unit("mote2", "ho21", "2/2022", new DateOnly(2022, 3, 30)),
            Unit("mote4", "ho21", "4/2022", new DateOnly(2022, 9, 14)));

        Assert.Equal(new DateEstimate(new DateOnly(2022, 3, 31), new DateOnly(2022, 9, 13)), index.Searcher.EstimateMeetingDate("ho21", "3/2022"));
        Assert.Equal(new DateEstimate(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), index.Searcher.EstimateMeetingDate("norprem-rad-vest", "1/2023"));
        Assert.Null(index.Searcher.EstimateMeetingDate("ho21", "ekstraordinært"));
    }
}

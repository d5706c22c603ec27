using NorPreM.Core.Model;

namespace NorPreM.Search.Tests;

/// <summary>A search that runs out of its time budget answers with what it found until then and says so.</summary>
public sealed class QueryBudgetTests
{
    private static SearchIndex Build(SearchIndexOptions options)
    {
        var index = SearchIndex.InMemory(options);
        for (var i = 0; i < 600; i++)
        {
            var id = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            index.Writer.ReplaceDocument("doc-" + id,
                [SearchIndexTests.Unit("doc-" + id, id, $"Rådet drøftet helsedata og personvern i møte {id}.", UnitKind.Page)]);
        }

        index.Writer.Commit();
        return index;
    }

    [Fact]
    public void ASearchWithinItsBudgetIsNotPartial()
    {
        using var index = Build(new SearchIndexOptions());
        var response = index.Searcher.Search(new SearchRequest { Query = "helsedata", Collapse = false });
        Assert.False(response.Partial);
        Assert.Equal(600, response.TotalUnits);
    }

    [Fact]
    public void ASearchPastItsBudgetStopsCollectingAndSaysItIsPartial()
    {
        using var index = Build(new SearchIndexOptions { QueryTimeBudget = TimeSpan.Zero });
        var response = index.Searcher.Search(new SearchRequest { Query = "helsedata", Collapse = false });
        Assert.True(response.Partial);
        Assert.True(response.TotalUnits < 600, $"{response.TotalUnits} units collected");
    }

    [Fact]
    public void ARequestsOwnShorterBudgetCutsItShortAndALongerOneDoesNotWidenTheIndexBudget()
    {
        using var index = Build(new SearchIndexOptions());
        Assert.True(index.Searcher.Search(new SearchRequest { Query = "helsedata", Collapse = false, TimeBudget = TimeSpan.Zero }).Partial);

        using var strict = Build(new SearchIndexOptions { QueryTimeBudget = TimeSpan.Zero });
        Assert.True(strict.Searcher.Search(new SearchRequest { Query = "helsedata", Collapse = false, TimeBudget = TimeSpan.FromSeconds(10) }).Partial);
    }

    [Fact]
    public void WordsTheIndexDoesNotKnowInAnyFormAreCountedBeforeTheSearchRuns()
    {
        using var index = Build(new SearchIndexOptions());
        Assert.Equal(0, index.Searcher.UnknownWords("helsedata personvern"));
        // Inflected, folded or a compound part of an indexed word: known.
        Assert.Equal(0, index.Searcher.UnknownWords("helsedataene personvernet"));
        Assert.Equal(2, index.Searcher.UnknownWords("helsedata qzxwvy vbnmtrk"));
        Assert.Equal(0, index.Searcher.UnknownWords("-qzxwvy 2024"));
    }
}

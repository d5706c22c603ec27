using NorPreM.Core.Model;

namespace NorPreM.Search.Tests;

/// <summary>"sak 28": a council member remembers the case's own number but not its meeting or year.</summary>
public sealed class CaseOrdinalSearchTests
{
    private static SearchIndex Build()
    {
        var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("ho21", [
            SearchIndexTests.Unit("ho21", "case:14/2/2022", "Spørsmål om habilitet. Sak 28 i forrige møte ble utsatt.", UnitKind.Case, "14/2/2022"),
            SearchIndexTests.Unit("ho21", "case:28/3/2022", "Innspill til helsepersonellkommisjonen. Kommisjonen skal levere en NOU innen 1. februar 2023.", UnitKind.Case, "28/3/2022"),
            SearchIndexTests.Unit("ho21", "case:2/1/2022", "Godkjenning av innkalling og saksliste.", UnitKind.Case, "2/1/2022"),
            SearchIndexTests.Unit("ho21", "ho21:p1", "Saksliste: sak 28 innspill, sak 14 habilitet, 28 deltakere.", UnitKind.Page),
        ]);
        index.Writer.Commit();
        return index;
    }

    [Theory]
    [InlineData("sak 28")]
    [InlineData("Sak 28")]
    [InlineData("sak nr. 28")]
    [InlineData("sak 028")]
    public void PutsTheCaseWithThatNumberFirst(string query)
    {
        using var index = Build();
        var response = index.Searcher.Search(new SearchRequest { Query = query, Collapse = false });
        Assert.Equal("case:28/3/2022", response.Hits[0].Id);
    }

    [Theory]
    [InlineData("sak:28")]
    [InlineData("sak: 28")]
    public void FiltersByTheCaseNumberWithoutMeetingAndYear(string query)
    {
        using var index = Build();
        var response = index.Searcher.Search(new SearchRequest { Query = query, Collapse = false });
        Assert.Equal("case:28/3/2022", Assert.Single(response.Hits).Id);
    }

    [Fact]
    public void ANumberWithoutSakBeforeItStaysAWord()
    {
        Assert.Empty(Querying.UserQueryParser.Parse("28 deltakere").Ordinals);
        Assert.Equal(["28"], Querying.UserQueryParser.Parse("sak 28").Ordinals);
        Assert.Empty(Querying.UserQueryParser.Parse("sak 28/3/2022").Ordinals);
    }

    [Fact]
    public void CaseTwoDoesNotFindCaseTwentyEight()
    {
        using var index = Build();
        var response = index.Searcher.Search(new SearchRequest { Query = "sak:2", Collapse = false });
        Assert.Equal("case:2/1/2022", Assert.Single(response.Hits).Id);
    }
}

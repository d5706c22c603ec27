using NorPreM.Core.Model;
using NorPreM.Search.Querying;

namespace NorPreM.Search.Tests;

public sealed class QueryLanguageTests
{
    [Fact]
    public void ParsesPhrasesExclusionsOrAndFilters()
    {
        var parsed = UserQueryParser.Parse("\"strategi for persontilpasset medisin\" -NorPreM habilitet OR inhabilitet råd:ho21 år:2022 sak:28/3/22");
        Assert.Equal(4, parsed.Clauses.Count);
        Assert.True(parsed.Clauses[0].IsPhrase);
        Assert.True(parsed.Clauses[1].Excluded);
        Assert.True(parsed.Clauses[3].OrWithPrevious);
        Assert.Contains(new QueryFilter("council", "ho21"), parsed.Filters);
        Assert.Contains(new QueryFilter("year", "2022"), parsed.Filters);
        Assert.Contains(new QueryFilter("case", "28/3/22"), parsed.Filters);
    }

    [Fact]
    public void HyphenAfterAClosingQuoteIsNotAnExclusion()
    {
        var parsed = UserQueryParser.Parse("Hva viste \"me too\"-bevegelsen?");
        Assert.DoesNotContain(parsed.Clauses, c => c.Excluded);
        Assert.Contains(parsed.Clauses, c => c.Text == "bevegelsen?");
    }

    [Fact]
    public void CaseNumbersAreFoundInAnySpelling()
    {
        Assert.Equal(["28/3/2022"], UserQueryParser.Parse("sak 28-3-2022").CaseNumbers);
        Assert.Equal(["13/2/2022"], UserQueryParser.Parse("Sak 13/2/22 Godkjenning").CaseNumbers);
        Assert.Empty(UserQueryParser.Parse("møte 30. mars 2022").CaseNumbers);
    }

    [Theory]
    [InlineData("HelseOmsorg21-rådet", Councils.HelseOmsorg21)]
    [InlineData("ho21", Councils.HelseOmsorg21)]
    [InlineData("NorPreM", Councils.NorPreM)]
    [InlineData("fagdirektørmøtet", Councils.Fagdirektormotet)]
    public void CouncilFilterAcceptsNamesAndIds(string value, string id) => Assert.Equal(id, FilterBuilder.ResolveCouncil(value));

    [Fact]
    public void ConjunctiveQueriesPutUnitsWithEveryWordFirst()
    {
        using var index = SearchIndex.InMemory(new SearchIndexOptions { Ranking = new RankingOptions { ConjunctiveMaxWords = 2 } });
        index.Writer.ReplaceDocument("d", [
            SearchIndexTests.Unit("d", "d:1", "Habilitetsvurderinger er et punkt på agendaen. Habilitet habilitet habilitet."),
            SearchIndexTests.Unit("d", "d:2", "Rådet bes om å vurdere sin habilitet for sakene i dette rådsmøtet."),
        ]);
        index.Writer.Commit();
        var response = index.Searcher.Search(new SearchRequest { Query = "habilitet rådsmøtet", Collapse = false });
        Assert.Equal(["d:2", "d:1"], response.Hits.Select(h => h.Id));
        Assert.True(response.Relaxed);
    }

    [Fact]
    public void AQuotedPhraseFindsTheWordsAsWrittenWhileUnquotedWordsAlsoFindOtherInflections()
    {
        using var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("d", [
            SearchIndexTests.Unit("d", "d:1", "Rådet drøftet tilgangen til helsedataene i de nasjonale registrene."),
            SearchIndexTests.Unit("d", "d:2", "Rådet drøftet tilgang til helsedata for forskning og innovasjon."),
        ]);
        index.Writer.Commit();

        var quoted = index.Searcher.Search(new SearchRequest { Query = "\"tilgang til helsedata\"", Collapse = false });
        Assert.Equal(["d:2"], quoted.Hits.Select(h => h.Id));
        Assert.Contains("<mark>helsedata</mark>", quoted.Hits[0].Snippet);

        var single = index.Searcher.Search(new SearchRequest { Query = "\"helsedataene\"", Collapse = false });
        Assert.Equal(["d:1"], single.Hits.Select(h => h.Id));

        var unquoted = index.Searcher.Search(new SearchRequest { Query = "helsedata", Collapse = false });
        Assert.Equal(2, unquoted.Hits.Count);
    }
}

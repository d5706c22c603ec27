using NorPreM.Core.Model;
using NorPreM.Search.Querying;
using NorPreM.Search.Indexing;

namespace NorPreM.Search.Tests;

/// <summary>
/// What users who know Lucene's or a web search engine's syntax type: the operators are understood, never searched
/// for as words ("AND" found "Anderholm" through its compound parts; "~2" ranked every "møte 2/2022" first).
/// </summary>
public sealed class SearchSyntaxTests
{
    [Fact]
    public void AndNotAndTheirSymbolsAreOperatorsNotWords()
    {
        Assert.Equal(["helsedata", "helsepersonell"], UserQueryParser.Parse("helsedata AND helsepersonell").Clauses.Select(c => c.Text));
        Assert.Equal(["helsedata", "genomikk"], UserQueryParser.Parse("helsedata && genomikk").Clauses.Select(c => c.Text));

        var not = UserQueryParser.Parse("helsedata NOT helsepersonell").Clauses;
        Assert.Equal(["helsedata", "helsepersonell"], not.Select(c => c.Text));
        Assert.Equal([false, true], not.Select(c => c.Excluded));

        var bang = UserQueryParser.Parse("!referat helsedata").Clauses;
        Assert.True(bang[0].Excluded);
        Assert.Equal("referat", bang[0].Text);

        var or = UserQueryParser.Parse("helsedata || genomikk").Clauses;
        Assert.True(or[1].OrWithPrevious);
    }

    [Fact]
    public void LowerCaseAndAndNotStayWords()
    {
        Assert.Equal(["and", "not"], UserQueryParser.Parse("and not").Clauses.Select(c => c.Text));
    }

    [Fact]
    public void ProximityAndBoostSuffixesAreDroppedNotSearchedAsNumbers()
    {
        var phrase = Assert.Single(UserQueryParser.Parse("\"helse data\"~2").Clauses);
        Assert.True(phrase.IsPhrase);
        Assert.Equal("helse data", phrase.Text);
        Assert.Equal(["helsedata", "genomikk"], UserQueryParser.Parse("helsedata^2 genomikk~").Clauses.Select(c => c.Text));
        Assert.Equal(["helsedata", "genomikk"], UserQueryParser.Parse("helsedata^1.5 genomikk~0.8").Clauses.Select(c => c.Text));
    }

    [Fact]
    public void AnUnknownFieldPrefixSearchesItsTwoWords()
    {
        Assert.Equal(["tittel", "helsedata"], UserQueryParser.Parse("tittel:helsedata").Clauses.Select(c => c.Text));
        Assert.Equal(["NOU", "2023:4"], UserQueryParser.Parse("NOU 2023:4").Clauses.Select(c => c.Text));
        Assert.Equal(["https://www.ehelse.no"], UserQueryParser.Parse("https://www.ehelse.no").Clauses.Select(c => c.Text));
        Assert.Contains(new QueryFilter("council", "ho21"), UserQueryParser.Parse("råd:ho21 helsedata").Filters);
    }

    private static SearchIndex Index()
    {
        var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("d", [
            SearchIndexTests.Unit("d", "referat", "Sak 26/3/2022 Godkjenning av referat fra møte 2/2022. Referatet godkjennes."),
            SearchIndexTests.Unit("d", "helsedata", "Det er behov for regler for sikker lagring, deling og bruk av helsedata, herunder av genetiske data."),
            SearchIndexTests.Unit("d", "mission", "Sofia Anderholm Strand, Forskningsrådet og Ingrid Stenstadvold Ross, Kreftforeningen/HO21-rådet orienterte om Mission Cancer Hub."),
        ]);
        index.Writer.Commit();
        return index;
    }

    private static List<string> Ids(SearchIndex index, string query) =>
        index.Searcher.Search(new SearchRequest { Query = query, Collapse = false }).Hits.Select(h => h.Id).ToList();

    [Fact]
    public void AndBetweenWordsDoesNotFindNamesThatStartWithAnd()
    {
        using var index = Index();

        var ids = Ids(index, "helsedata AND genetiske");

        Assert.Equal("helsedata", ids.First());
        Assert.DoesNotContain("mission", ids);
    }

    [Fact]
    public void BoostAndProximitySuffixesDoNotFindTheMeetingNumberedTwo()
    {
        using var index = Index();

        Assert.Equal(["helsedata"], Ids(index, "helsedata^2"));
        Assert.DoesNotContain("referat", Ids(index, "\"genetiske data\"~2"));
        Assert.Equal(["helsedata"], Ids(index, "\"genetiske data\"~2"));
    }

    [Fact]
    public void AFieldPrefixTheSearchDoesNotKnowStillFindsItsWord()
    {
        using var index = Index();

        var response = index.Searcher.Search(new SearchRequest { Query = "tittel:helsedata", Collapse = false });

        Assert.False(response.Fuzzy);
        Assert.Equal("helsedata", response.Hits.First().Id);
    }

    [Theory]
    [InlineData("documentType", "Referat", "referat")]
    [InlineData("documentType", "SAKSFRAMLEGG", "saksframlegg")]
    [InlineData("kind", "decision", "Decision")]
    [InlineData("kind", "vedtak", "Decision")]
    [InlineData("theme", "Helsedata", "helsedata")]
    public void RequestFiltersAcceptTheSpellingsTheQueryFiltersAccept(string field, string value, string indexed)
    {
        var filters = FilterBuilder.Resolve(UserQueryParser.Parse(""), new SearchRequest
        {
            Filters = SearchFilters.TryParseName(field, out var filter) ? SearchFilters.Of(filter, value) : throw new ArgumentException(field),
        });

        // Besides the access filter every anonymous search carries, the one filter asked for, with the indexed value.
        Assert.Contains(indexed, Assert.Single(filters, f => f.Key != IndexSchema.Access).Value);
    }
}

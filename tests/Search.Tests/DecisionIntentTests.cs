using NorPreM.Search.Querying;
using NorPreM.Core.Model;

namespace NorPreM.Search.Tests;

public sealed class DecisionIntentTests
{
    [Theory]
    [InlineData("hva vedtok vi om helsedata", "vedtok")]
    [InlineData("Vedtak om kvalitetsregistre", "Vedtak")]
    [InlineData("hva ble besluttet om biobanker?", "besluttet")]
    [InlineData("kva vart vedteke om genetikk", "vedteke")]
    public void AWordAskingForDecisionsIsTakenOutOfTheSubject(string query, string word)
    {
        var (content, words) = DecisionIntent.Split(UserQueryParser.Parse(query));

        Assert.Equal([word], words);
        Assert.DoesNotContain(content.Clauses, c => c.Text.StartsWith(word, StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(content.Clauses);
    }

    [Theory]
    [InlineData("vedtak")]
    [InlineData("\"vedtak om helsedata\"")]
    [InlineData("helsedata -vedtak")]
    [InlineData("helsepersonellkommisjonen")]
    public void AQueryOfOnlyThatWordAPhraseOrAnExclusionStaysAsTyped(string query)
    {
        var parsed = UserQueryParser.Parse(query);
        var (content, words) = DecisionIntent.Split(parsed);

        Assert.Empty(words);
        Assert.Equal(parsed.Clauses, content.Clauses);
    }

    [Fact]
    public void DecisionsRankAboveTheCasePaperThatNarratesTheDecision()
    {
        using var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("d", [
            SearchIndexTests.Unit("d", "d:paper", "Rådet vedtok i møte 1/2025 å anbefale en felles søknadsportal for helsedata. Høringssvaret bygger på det.", UnitKind.Page),
            SearchIndexTests.Unit("d", "d:decision", "Rådet anbefaler at tilgangen til helsedata for forskning gjøres raskere, med en felles søknadsportal.", UnitKind.Decision),
        ]);
        index.Writer.Commit();

        var response = index.Searcher.Search(new SearchRequest { Query = "hva vedtok vi om helsedata", Collapse = false });

        Assert.Equal("d:decision", response.Hits[0].Id);
        Assert.Equal(["vedtok"], response.DecisionWords);
    }
}

using NorPreM.Core.Model;

namespace NorPreM.Search.Tests;

public sealed class DecisionSearchTests
{
    private static SearchIndex Build()
    {
        var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("ho21b", [
            SearchIndexTests.Unit("ho21b", "case:18/2/2022", "Rådet diskuterte kommunikasjonsplanen for HelseOmsorg21-rådet.", UnitKind.Case, "18/2/2022"),
            SearchIndexTests.Unit("ho21b", "decision:18/2/2022", "Rådet slutter seg til handlingsplanen for 2022 – 2023 med de kommentarer som kom frem på møtet.", UnitKind.Decision, "18/2/2022"),
            SearchIndexTests.Unit("ho21b", "proposal:30/3/2022", "Rådet slutter seg til innspillet til revidert strategi for persontilpasset medisin.", UnitKind.Proposal, "30/3/2022"),
            SearchIndexTests.Unit("ho21b", "ho21b:p6", "Rådet slutter seg til handlingsplanen for 2022 – 2023 med de kommentarer som kom frem på møtet.", UnitKind.Page, "18/2/2022"),
        ]);
        index.Writer.Commit();
        return index;
    }

    [Fact]
    public void DecisionScopeOnlyReturnsDecisionsAndProposals()
    {
        using var index = Build();
        var response = index.Searcher.Search(new SearchRequest { Query = "handlingsplanen", Scope = SearchScope.Decisions, Collapse = false });
        var hit = Assert.Single(response.Hits);
        Assert.Equal(UnitKind.Decision, hit.Kind);

        var proposals = index.Searcher.Search(new SearchRequest { Query = "persontilpasset medisin", Scope = SearchScope.Decisions });
        Assert.Equal(UnitKind.Proposal, Assert.Single(proposals.Hits).Kind);
    }

    [Fact]
    public void DecisionsRankAboveBodyTextOfEqualMatch()
    {
        using var index = Build();
        var response = index.Searcher.Search(new SearchRequest { Query = "handlingsplanen 2022", Collapse = false });
        Assert.Equal(UnitKind.Decision, response.Hits[0].Kind);
    }

    [Fact]
    public void CaseNumberLookupShowsTheCaseItselfFirst()
    {
        using var index = Build();
        var response = index.Searcher.Search(new SearchRequest { Query = "18/2/22" });
        Assert.Equal("case:18/2/2022", response.Hits[0].Id);
        Assert.True(response.Hits[0].CollapsedHits >= 2);
    }

    [Fact]
    public void TypeVedtakInTheQueryIsTheSameFilter()
    {
        using var index = Build();
        var response = index.Searcher.Search(new SearchRequest { Query = "rådet type:vedtak", Collapse = false });
        Assert.Equal(UnitKind.Decision, Assert.Single(response.Hits).Kind);
    }

    [Fact]
    public void AnAdoptedDecisionStandsForItsCaseWhenTheProposalMatchedBetter()
    {
        // The proposal's shorter text scores higher, but the minutes adopted something else: the hit for the case is
        // what the council decided, and the proposal is folded under it.
        using var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("papir", [
            SearchIndexTests.Unit("papir", "proposal:5/1/2025", "Rådet anbefaler felles søknad for kvalitetsregistre og biobanker.", UnitKind.Proposal, "5/1/2025"),
        ]);
        index.Writer.ReplaceDocument("referat", [
            SearchIndexTests.Unit("referat", "decision:5/1/2025",
                "Rådet anbefaler én felles søknad og behandling for tilgang til helsedata fra helseregistre, kvalitetsregistre og biobanker. "
                + "Enkle søknader skal behandles innen to måneder, og rådet følger opp anbefalingen i høringssvaret.", UnitKind.Decision, "5/1/2025"),
        ]);
        index.Writer.Commit();

        foreach (var scope in new[] { SearchScope.Decisions, SearchScope.All })
        {
            var response = index.Searcher.Search(new SearchRequest { Query = "kvalitetsregistre og biobanker", Scope = scope });
            var hit = Assert.Single(response.Hits);
            Assert.Equal("decision:5/1/2025", hit.Id);
            Assert.Equal(1, hit.CollapsedHits);
        }

        var unfolded = index.Searcher.Search(new SearchRequest { Query = "kvalitetsregistre og biobanker", Collapse = false });
        Assert.Equal("proposal:5/1/2025", unfolded.Hits[0].Id);
    }
}

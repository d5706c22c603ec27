using NorPreM.Core.Model;

namespace NorPreM.Search.Tests;

public sealed class SuggestionTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void AutocompleteCompletesWordsOfTheIndex()
    {
        // Only words of at least two units are completed (a word of one paper may be a name or a number).
        var words = corpus.Index.Searcher.Suggest("helsepers", 10).Where(s => s.Kind == SuggestionKind.Term).Select(s => s.Text).ToList();
        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.StartsWith("helsepers", w));
        Assert.All(words, w => Assert.True(corpus.Units.Count(u => (u.Title + " " + u.Text).Contains(w, StringComparison.OrdinalIgnoreCase)) >= 2, w));
    }

    [Fact]
    public void AutocompleteCompletesTheLastWordOfSeveral()
    {
        var suggestions = corpus.Index.Searcher.Suggest("strategi for p", 10);
        Assert.Contains(suggestions, s => s.Text.StartsWith("strategi for p", StringComparison.Ordinal) && s.Kind == SuggestionKind.Term);
    }

    [Fact]
    public void AutocompleteAfterAWordOffersOnlyWordsThatFollowItInTheText()
    {
        var words = corpus.Index.Searcher.Suggest("strategi f", 10).Where(s => s.Kind == SuggestionKind.Term).Select(s => s.Text).ToList();

        Assert.DoesNotContain("strategi forståelse", words);
        Assert.DoesNotContain("strategi få", words);
        Assert.All(words, w => Assert.Contains(corpus.Units, u => (u.Title + "\n" + u.Text).Replace('\n', ' ').Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void AutocompleteAfterAWordRanksTheMostFrequentPairFirst()
    {
        var first = corpus.Index.Searcher.Suggest("persontilpasset m", 10).First(s => s.Kind == SuggestionKind.Term);

        Assert.Equal("persontilpasset medisin", first.Text);
    }

    [Fact]
    public void AutocompleteSkipsStopWordsBetweenThePreviousWordAndTheCompletion()
    {
        var words = corpus.Index.Searcher.Suggest("helse og o", 10).Where(s => s.Kind == SuggestionKind.Term).Select(s => s.Text).ToList();

        Assert.Contains("helse og omsorg", words, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void AutocompleteOffersCaseNumbers()
    {
        var suggestions = corpus.Index.Searcher.Suggest("28/3", 5);
        Assert.Contains(suggestions, s => s.Text == "28/3/2022" && s.Kind == SuggestionKind.CaseNumber);
    }

    [Fact]
    public void AutocompleteOffersAcronymsWithTheirNames()
    {
        var suggestions = corpus.Index.Searcher.Suggest("HO", 10);
        Assert.Contains(suggestions, s => s.Text == "HOD" && s.Detail == "Helse- og omsorgsdepartementet");
    }

    [Fact]
    public void AutocompleteOffersTitles()
    {
        var suggestions = corpus.Index.Searcher.Suggest("revidert m", 10);
        Assert.Contains(suggestions, s => s.Text == "Revidert mandat" && s.Kind == SuggestionKind.Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<script>")]
    [InlineData("\"")]
    public void AutocompleteOfOddInputNeverThrows(string prefix) => Assert.NotNull(corpus.Index.Searcher.Suggest(prefix, 5));

    [Fact]
    public void DidYouMeanCorrectsAMisspelledCompound()
    {
        var response = corpus.Search("helsepersonelkomisjonen");
        Assert.Equal("helsepersonellkommisjonen", response.DidYouMean);
    }

    [Theory]
    [InlineData("helsepersonellkommisjonen")]
    [InlineData("kommisjon")]
    [InlineData("hva vedtok rådet")]
    [InlineData("fagdirektormote")]
    public void DidYouMeanStaysQuietForKnownWords(string query)
    {
        Assert.Null(corpus.Index.Searcher.DidYouMean(query));
    }

    [Fact]
    public void FuzzyFallbackFindsAMisspelledWord()
    {
        var response = corpus.Search("Arendalsukka");
        Assert.True(response.Fuzzy);
        Assert.Contains(response.Hits, h => corpus.Units.Single(u => u.Id == h.Id).Text.Contains("Arendalsuka"));
        Assert.Contains("<mark>Arendalsuka</mark>", response.Hits[0].Snippet);
    }

    [Fact]
    public void FuzzyFallbackAnswersTheSameTypoAlikeEveryTimeAndSeesWordsOfANewCommit()
    {
        using var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("d1", [SearchIndexTests.Unit("d1", "d1:p1", "Rådet drøftet kvalitetsregistrene og biobankene.")]);
        index.Writer.Commit();

        var first = index.Searcher.Search(new SearchRequest { Query = "kvalitetsregistrne" });
        var again = index.Searcher.Search(new SearchRequest { Query = "kvalitetsregistrne" });
        Assert.True(first.Fuzzy);
        Assert.Equal(first.Hits.Select(h => (h.Id, h.Score, h.Snippet)), again.Hits.Select(h => (h.Id, h.Score, h.Snippet)));
        Assert.Equal("kvalitetsregistrene", index.Searcher.DidYouMean("kvalitetsregistrne"));

        // A new commit opens a new reader: the typo's expansion is looked up again and reaches the new unit.
        index.Writer.ReplaceDocument("d2", [SearchIndexTests.Unit("d2", "d2:p1", "Kvalitetsregistrene skal samordnes nasjonalt.")]);
        index.Writer.Commit();
        var later = index.Searcher.Search(new SearchRequest { Query = "kvalitetsregistrne" });
        Assert.True(later.Fuzzy);
        Assert.Equal(["d1:p1", "d2:p1"], later.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AQuotedPhraseNothingHoldsFallsBackOnlyToUnitsWithAllItsWords()
    {
        using var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("d1", [
            SearchIndexTests.Unit("d1", "d1:p1", "Hele rådet var samlet til møte i Bergen."),
            SearchIndexTests.Unit("d1", "d1:p2", "Helse Vest RHF ber NorPreM-råd i regionen om innspill til handlingsplanen."),
        ]);
        index.Writer.Commit();

        var response = index.Searcher.Search(new SearchRequest { Query = "\"NorPreM-råd Helse Vest\"", Collapse = false });

        Assert.True(response.Fuzzy);
        Assert.Equal(["d1:p2"], response.Hits.Select(h => h.Id));
    }

    [Fact]
    public void MoreLikeThisFindsOtherCasesAboutTheSameTopic()
    {
        var similar = corpus.Index.Searcher.MoreLikeThis(CorpusFixture.Bundle + "#28", 5);
        Assert.NotEmpty(similar);
        Assert.DoesNotContain(similar, h => h.CaseNumber == "30/3/2022");
        Assert.Contains(similar, h => h.Document == CorpusFixture.Mandate || h.CaseNumber == "31/3/2022");
    }

    [Fact]
    public void MoreLikeThisOfAnUnknownUnitIsEmpty() => Assert.Empty(corpus.Index.Searcher.MoreLikeThis("finnes-ikke", 5));
}

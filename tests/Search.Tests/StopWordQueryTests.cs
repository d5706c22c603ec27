namespace NorPreM.Search.Tests;

public sealed class StopWordQueryTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void AQueryOfOnlyStopWordsSaysSoInsteadOfJustFindingNothing()
    {
        var response = corpus.Search("og i på");

        Assert.True(response.OnlyStopWords);
        Assert.Equal(["og", "i", "på"], response.IgnoredWords);
        Assert.Empty(response.Hits);
    }

    [Fact]
    public void AQuotedPhraseOfOnlyStopWordsIsOnlyStopWordsToo() =>
        Assert.True(corpus.Search("\"og i\"").OnlyStopWords);

    [Fact]
    public void AQueryWithASubjectWordSearchesItAndNamesTheCommonWordsIgnored()
    {
        var response = corpus.Search("strategi for persontilpasset medisin");

        Assert.False(response.OnlyStopWords);
        Assert.Equal(["for"], response.IgnoredWords);
        Assert.NotEmpty(response.Hits);
    }

    [Fact]
    public void AQuestionNamesTheCommonWordsItIgnoredWithoutItsPunctuation()
    {
        var response = corpus.Search("hva vedtok vi om strategi for persontilpasset medisin, og når?");

        Assert.Equal(["hva", "vi", "om", "for", "og", "når"], response.IgnoredWords);
        Assert.NotEmpty(response.Hits);
    }

    [Fact]
    public void AWordNotInTheIndexIsNoStopWord()
    {
        var response = corpus.Search("xqzvvw");

        Assert.False(response.OnlyStopWords);
        Assert.Empty(response.IgnoredWords);
    }
}

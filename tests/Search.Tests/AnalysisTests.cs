using NorPreM.Search.Analysis;
using NorPreM.Core.Model;

namespace NorPreM.Search.Tests;

public sealed class AnalysisTests
{
    private static readonly NorPreMAnalyzer Text = new(AnalysisMode.Text);
    private static readonly NorPreMAnalyzer Parts = new(AnalysisMode.Parts);
    private static readonly NorPreMAnalyzer Folded = new(AnalysisMode.Folded);

    [Theory]
    [InlineData("Sak 28/3/2022 Innspill til helsepersonellkommisjonen", "28/3/2022")]
    [InlineData("Sak 13/2/22 Godkjenning av innkalling og saksliste", "13/2/2022")]
    [InlineData("Sak 28-3-2022 Innspill til helsepersonellkommisjonen", "28/3/2022")]
    public void CaseNumbersStayOneTokenInNormalForm(string text, string expected)
    {
        var token = Text.Tokens(text).Single(t => t.Type == NorwegianTokenizer.CaseNumberType);
        Assert.Equal(expected, token.Term);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n")]
    public void EmptyTextGivesNoTokens(string text)
    {
        Assert.Empty(Text.Tokens(text));
        Assert.Empty(Text.Tokens(text));
        Assert.NotEmpty(Text.Tokens("Referatet godkjennes."));
    }

    [Fact]
    public void PageNumbersAndDatesAreNotCaseNumbers()
    {
        Assert.DoesNotContain(Text.Tokens("side 1/4, godkjent 18.03.2024"), t => t.Type == NorwegianTokenizer.CaseNumberType);
    }

    [Theory]
    [InlineData("HOD")]
    [InlineData("NorPreM")]
    [InlineData("HO21")]
    [InlineData("KSF")]
    public void AcronymsAreKeptWholeAndUnstemmed(string acronym)
    {
        var tokens = Text.Tokens($"Samarbeide med {acronym} og andre relevante aktører");
        var token = Assert.Single(tokens, t => t.Type == NorwegianTokenizer.AcronymType);
        Assert.Equal(acronym.ToLowerInvariant(), token.Term);
    }

    [Theory]
    [InlineData("helsedata", "helsedataene")]
    [InlineData("tema", "temaene")]
    [InlineData("tema", "temaer")]
    [InlineData("skjema", "skjemaet")]
    [InlineData("rådsmøte", "rådsmøtene")]
    [InlineData("sak", "sakene")]
    public void EveryFormOfANounSharesOneStem(string baseForm, string inflected)
    {
        var stem = NorwegianStems.Minimal(baseForm);
        Assert.Equal(stem, NorwegianStems.Minimal(inflected));
        Assert.Contains(stem, Text.Tokens(baseForm).Select(t => t.Term));
        Assert.Contains(stem, Text.Tokens(inflected).Select(t => t.Term));
    }

    [Fact]
    public void HelsedataFindsHelsedataeneAndTheOtherWayRound()
    {
        using var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("d", [
            SearchIndexTests.Unit("d", "d:1", "Rådet drøftet tilgangen til helsedataene i registrene."),
            SearchIndexTests.Unit("d", "d:2", "Bedre tilgang til helsedata er grunnleggende for strategien."),
        ]);
        index.Writer.Commit();

        Assert.Equal(["d:1", "d:2"], index.Searcher.Search(new SearchRequest { Query = "helsedata", Collapse = false }).Hits.Select(h => h.Id).Order());
        Assert.Equal(["d:1", "d:2"], index.Searcher.Search(new SearchRequest { Query = "helsedataene", Collapse = false }).Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void ExactFormAndStemShareAPosition()
    {
        var tokens = Text.Tokens("rådsmøtene");
        Assert.Contains(tokens, t => t.Term == "rådsmøtene");
        Assert.Contains(tokens, t => t.Term == Text.Tokens("rådsmøte").Last().Term);
        Assert.All(tokens, t => Assert.Equal(0, t.Position));
    }

    [Fact]
    public void BokmalAndNynorskStopWordsAreDropped()
    {
        var terms = Text.Tokens("Det er ikkje noko eg kan gjere med det, og ho er ikke her").Select(t => t.Term).ToList();
        Assert.DoesNotContain("ikkje", terms);
        Assert.DoesNotContain("noko", terms);
        Assert.DoesNotContain("og", terms);
        Assert.DoesNotContain("ikke", terms);
    }

    [Fact]
    public void CompoundSplitsIntoItsParts()
    {
        var parts = Decompounder.Default.Split("helsepersonellkommisjonen");
        Assert.Contains("helsepersonell", parts);
        Assert.Contains("kommisjonen", parts);
        Assert.Contains("helse", parts);
        Assert.Contains("personell", parts);
        Assert.DoesNotContain("else", parts);
    }

    [Theory]
    [InlineData("fagdirektørmøte", "møte", "rek")]
    [InlineData("rådsmøtet", "møtet", "råds")]
    [InlineData("arbeidsutvalget", "utvalget", "beid")]
    [InlineData("handlingsplanen", "planen", "ngsp")]
    [InlineData("kreftbehandling", "behandling", "ling")]
    [InlineData("kunnskapsgrunnlag", "kunnskap", "skap")]
    [InlineData("genomsekvensering", "sekvensering", "ring")]
    public void CompoundPartsHaveNoNoise(string word, string expected, string noise)
    {
        var parts = Decompounder.Default.Split(word);
        Assert.Contains(expected, parts);
        Assert.DoesNotContain(noise, parts);
        Assert.All(parts, p => Assert.True(p.Length >= Decompounder.Default.MinPartLength));
    }

    [Theory]
    [InlineData("kommisjonen")]
    [InlineData("tilpasset")]
    [InlineData("sekretariatet")]
    [InlineData("rapportering")]
    [InlineData("orientering")]
    [InlineData("implementering")]
    public void PlainWordsAndDerivationsAreNotSplit(string word) => Assert.Empty(Decompounder.Default.Split(word));

    [Fact]
    public void PartsFieldHoldsTheStemmedPartsOnly()
    {
        var terms = Parts.Tokens("Innspill til helsepersonellkommisjonen").Select(t => t.Term).ToList();
        Assert.Contains("kommisjon", terms);
        Assert.DoesNotContain("helsepersonellkommisjonen", terms);
        Assert.DoesNotContain("innspill", terms);
    }

    [Fact]
    public void FoldedFieldMatchesWordsTypedWithoutNorwegianLetters()
    {
        var paper = Folded.Tokens("interregionalt fagdirektørmøte").Select(t => t.Term).ToHashSet();
        var typed = Folded.Tokens("fagdirektormote").Select(t => t.Term).ToList();
        Assert.Contains(typed, paper.Contains);
        var radet = Folded.Tokens("radet").Select(t => t.Term).ToList();
        Assert.Contains(radet, Folded.Tokens("rådet").Select(t => t.Term).Contains);
    }

    [Fact]
    public void AcronymsAreLearnedFromNameAndParenthesis()
    {
        var pairs = AcronymDictionary.Learn(
            "Samarbeide med Helse- og omsorgsdepartementet (HOD) og Kommunenes strategiske forskningsorgan (KSF) om kunnskap. " +
            "Nasjonalt kompetansenettverk for persontilpasset medisin (NorPreM) skal være en arena.");
        Assert.Contains(new AcronymPair("HOD", "Helse- og omsorgsdepartementet"), pairs);
        Assert.Contains(new AcronymPair("KSF", "Kommunenes strategiske forskningsorgan"), pairs);
        Assert.Contains(new AcronymPair("NorPreM", "Nasjonalt kompetansenettverk for persontilpasset medisin"), pairs);
    }

    [Fact]
    public void AcronymDictionaryLooksUpBothWays()
    {
        var dictionary = AcronymDictionary.WithLearned([new AcronymPair("DLN", "Digitalt Liv Norge")]);
        Assert.Contains("Helse- og omsorgsdepartementet", dictionary.NamesFor("hod"));
        Assert.Contains("HOD", dictionary.AcronymsFor("helse og omsorgsdepartementet"));
        Assert.Contains("DLN", dictionary.AcronymsFor("Digitalt liv Norge"));
    }
}

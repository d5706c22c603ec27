using NorPreM.Core.Model;

namespace NorPreM.Search.Tests;

public sealed class SearchIndexTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void KommisjonFindsThePageAboutHelsepersonellkommisjonen()
    {
        var response = corpus.Search("kommisjon");
        Assert.NotEmpty(response.Hits);
        Assert.Equal("28/3/2022", response.Hits[0].CaseNumber);
        Assert.Contains(response.Hits.Take(3), h => h.Page == 17);
    }

    [Fact]
    public void HodFindsTextThatOnlySaysHelseOgOmsorgsdepartementet()
    {
        var mandatePage = corpus.Units.Single(u => u.Id == CorpusFixture.Mandate + "#1");
        Assert.DoesNotContain("HOD", mandatePage.Text);
        Assert.Contains("Helse- og omsorgsdepartementet", mandatePage.Text);

        var response = corpus.Search("HOD");
        Assert.Contains(response.Hits, h => h.Id == mandatePage.Id);
    }

    [Fact]
    public void SpelledOutNameFindsTextThatOnlySaysTheAcronym()
    {
        var onlyAcronym = corpus.Units.Where(u => u.Text.Contains("HOD") && !u.Text.Contains("omsorgsdepartementet")).Select(u => u.Id).ToList();
        Assert.NotEmpty(onlyAcronym);

        var response = corpus.Search("Helse- og omsorgsdepartementet");
        Assert.Contains(response.Hits, h => onlyAcronym.Contains(h.Id));
    }

    [Fact]
    public void FagdirektormoteWithoutNorwegianLettersFindsTheMandate()
    {
        var response = corpus.Search("fagdirektormote");
        Assert.NotEmpty(response.Hits);
        Assert.Equal(CorpusFixture.Mandate, response.Hits[0].Document);
        Assert.Contains("<mark>fagdirektørmøte", response.Hits[0].Snippet);
    }

    [Theory]
    [InlineData("28/3/22")]
    [InlineData("sak 28/3/22")]
    [InlineData("28-3-2022")]
    [InlineData("Sak 28/3/2022")]
    public void CaseNumberInAnySpellingReturnsThatCaseFirst(string query)
    {
        var response = corpus.Search(query, collapse: true);
        Assert.Equal("28/3/2022", response.Hits[0].CaseNumber);
    }

    [Fact]
    public void ShortCaseNumberOfTheMinutesFindsTheMinutesPage()
    {
        // The minutes write "Sak 16/2/22 Orienteringer".
        var response = corpus.Search("16/2/2022");
        Assert.Contains(response.Hits.Take(3), h => h.Page == 5 || h.Page == 4);
    }

    [Fact]
    public void InflectedFormFindsTheBaseForm()
    {
        using var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("d1", [Unit("d1", "d1:p1", "Innlegg og høringsinnspill fra rådet innsendt/publisert siden siste rådsmøte.")]);
        index.Writer.Commit();

        var response = index.Searcher.Search(new SearchRequest { Query = "rådsmøtene" });
        Assert.Single(response.Hits);
        Assert.Contains("<mark>rådsmøte</mark>", response.Hits[0].Snippet);
    }

    [Fact]
    public void ExactFormRanksAboveStemmedForm()
    {
        using var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("d1", [
            Unit("d1", "d1:a", "Det er ikke knyttet inhabilitet til noen av sakene på rådsmøtet."),
            Unit("d1", "d1:b", "Disse er lagt ut på nettsiden etter siste rådsmøte."),
        ]);
        index.Writer.Commit();

        var response = index.Searcher.Search(new SearchRequest { Query = "rådsmøtet", Collapse = false });
        Assert.Equal(2, response.Hits.Count);
        Assert.Equal("d1:a", response.Hits[0].Id);
    }

    [Fact]
    public void ExclusionRemovesUnitsWithTheWord()
    {
        var all = corpus.Search("persontilpasset medisin");
        var without = corpus.Search("persontilpasset medisin -NorPreM");
        Assert.Contains(all.Hits, h => h.Document == CorpusFixture.Mandate);
        Assert.NotEmpty(without.Hits);
        Assert.DoesNotContain(without.Hits, h => corpus.Units.Single(u => u.Id == h.Id).Text.Contains("NorPreM", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void QuotedPhraseNeedsTheWordsInOrderInflectionAllowed()
    {
        var phrase = corpus.Search("\"strategi for persontilpasset medisin\"");
        Assert.NotEmpty(phrase.Hits);
        Assert.All(phrase.Hits, h => Assert.Matches("(?i)\\bstrategi\\w*\\s+for\\s+persontilpasset\\s+medisin\\b", corpus.Units.Single(u => u.Id == h.Id).Text));
    }

    [Fact]
    public void OrFindsEitherWord()
    {
        var either = corpus.Search("Arendalsuka OR livsvitenskap");
        Assert.Contains(either.Hits, h => corpus.Units.Single(u => u.Id == h.Id).Text.Contains("Arendalsuka"));
        Assert.Contains(either.Hits, h => corpus.Units.Single(u => u.Id == h.Id).Text.Contains("livsvitenskap", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void SnippetMarksMatchesAndEncodesText()
    {
        var response = corpus.Search("kommisjon");
        var snippet = response.Hits[0].Snippet;
        Assert.Contains("<mark>", snippet);
        Assert.Matches("<mark>[Hh]elsepersonellkommisjonen</mark>|<mark>Kommisjonen</mark>", snippet);
        Assert.DoesNotContain("<script", snippet);
    }

    [Fact]
    public void FacetsCountUnitsPerCouncilAndDocumentType()
    {
        var response = corpus.Search("");
        var councils = response.Facets.Single(f => f.Field == "council");
        Assert.Equal(35, councils.Values.Single(v => v.Value == Councils.HelseOmsorg21).Count);
        Assert.Equal(4, councils.Values.Single(v => v.Value == Councils.NorPreM).Count);
        Assert.Equal("HelseOmsorg21-rådet", councils.Values.Single(v => v.Value == Councils.HelseOmsorg21).Label);
        var types = response.Facets.Single(f => f.Field == "documentType");
        Assert.Equal(4, types.Values.Single(v => v.Value == DocumentTypes.Minutes).Count);
        Assert.Equal("Referat", types.Values.Single(v => v.Value == DocumentTypes.Minutes).Label);
    }

    [Fact]
    public void WhenHitsAreFoldedFacetsCountTheFoldedGroupsSoTheNumbersMatchTheList()
    {
        var folded = corpus.Search("persontilpasset medisin", collapse: true);
        var units = corpus.Search("persontilpasset medisin", collapse: false);
        var councils = folded.Facets.Single(f => f.Field == "council");
        // Every case or document belongs to one council, so the council counts add up to the folded hits.
        Assert.Equal(folded.TotalHits, councils.Values.Sum(v => v.Count));
        var unitCouncils = units.Facets.Single(f => f.Field == "council");
        Assert.True(unitCouncils.Values.Sum(v => v.Count) > councils.Values.Sum(v => v.Count));
        Assert.Equal(units.TotalHits, unitCouncils.Values.Sum(v => v.Count));
    }

    [Fact]
    public void FoldedFacetCountsCountACaseOnceWhenItsUnitsLieInDifferentSegments()
    {
        // The case paper and the minutes of case 28/3/2022 come from two PDFs, indexed (and committed) separately.
        using var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("bundle", [
            Unit("bundle", "bundle:p17", "Innspill til helsepersonellkommisjonen fra rådet.", UnitKind.Page, "28/3/2022") with { Council = Councils.HelseOmsorg21 },
            Unit("bundle", "bundle:p18", "Helsepersonellkommisjonen ønsker rådets innspill om kompetanse.", UnitKind.Page, "28/3/2022") with { Council = Councils.HelseOmsorg21 },
        ]);
        index.Writer.Commit();
        index.Writer.ReplaceDocument("minutes", [
            Unit("minutes", "minutes:p3", "Rådet drøftet innspillet til helsepersonellkommisjonen.", UnitKind.Page, "28/3/2022") with { Council = Councils.HelseOmsorg21 },
            Unit("minutes", "minutes:p4", "Helsepersonellkommisjonen og mandatet for NorPreM ble nevnt.", UnitKind.Page) with { Council = Councils.NorPreM },
        ]);
        index.Writer.Commit();

        var folded = index.Searcher.Search(new SearchRequest { Query = "helsepersonellkommisjonen" });
        var councils = folded.Facets.Single(f => f.Field == "council");
        Assert.Equal(1, councils.Values.Single(v => v.Value == Councils.HelseOmsorg21).Count);
        Assert.Equal(1, councils.Values.Single(v => v.Value == Councils.NorPreM).Count);
        Assert.Equal(folded.TotalHits, councils.Values.Sum(v => v.Count));

        var units = index.Searcher.Search(new SearchRequest { Query = "helsepersonellkommisjonen", Collapse = false });
        Assert.Equal(3, units.Facets.Single(f => f.Field == "council").Values.Single(v => v.Value == Councils.HelseOmsorg21).Count);
    }

    [Fact]
    public void SelectingAFacetFiltersAndKeepsTheOtherValuesCounted()
    {
        var filters = SearchFilters.Of(FilterField.Council, Councils.NorPreM);
        var response = corpus.Search("persontilpasset medisin", filters: filters);
        Assert.NotEmpty(response.Hits);
        Assert.All(response.Hits, h => Assert.Equal(Councils.NorPreM, h.Council));
        var councils = response.Facets.Single(f => f.Field == "council");
        Assert.True(councils.Values.Single(v => v.Value == Councils.NorPreM).Selected);
        Assert.True(councils.Values.Single(v => v.Value == Councils.HelseOmsorg21).Count > 0);
    }

    [Theory]
    [InlineData("persontilpasset råd:norprem", Councils.NorPreM)]
    [InlineData("persontilpasset råd:HO21", Councils.HelseOmsorg21)]
    [InlineData("persontilpasset år:2024", Councils.NorPreM)]
    public void FiltersInTheQueryTextRestrictHits(string query, string council)
    {
        var response = corpus.Search(query);
        Assert.NotEmpty(response.Hits);
        Assert.All(response.Hits, h => Assert.Equal(council, h.Council));
    }

    [Fact]
    public void TypeAndCaseFiltersInTheQueryText()
    {
        var minutes = corpus.Search("vedtak type:referat");
        Assert.NotEmpty(minutes.Hits);
        Assert.All(minutes.Hits, h => Assert.Equal(DocumentTypes.Minutes, h.DocumentType));

        var byCase = corpus.Search("rådet sak:28/3/22");
        Assert.NotEmpty(byCase.Hits);
        Assert.All(byCase.Hits, h => Assert.Equal("28/3/2022", h.CaseNumber));
    }

    [Fact]
    public void CollapseFoldsPagesOfOneCase()
    {
        var folded = corpus.Search("dialogmøter", collapse: true);
        Assert.Equal(folded.Hits.Count, folded.Hits.Select(h => h.CaseNumber ?? h.DocumentId).Distinct().Count());
        Assert.Contains(folded.Hits, h => h.CollapsedHits > 0);
        Assert.True(folded.TotalUnits > folded.TotalHits);
    }

    [Fact]
    public void NewestFirstPutsTheMandateFirst()
    {
        var response = corpus.Index.Searcher.Search(new SearchRequest { Query = "persontilpasset", Sort = SearchSort.Newest });
        Assert.Equal(CorpusFixture.Mandate, response.Hits[0].Document);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("og i på")]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("\"helsepersonell")]
    [InlineData("-")]
    [InlineData("OR")]
    [InlineData("råd:")]
    [InlineData("\"\"")]
    [InlineData("(*?~^[]{}\\/")]
    [InlineData("-rådet")]
    public void OddQueriesNeverThrow(string query)
    {
        var response = corpus.Search(query);
        Assert.NotNull(response);
        Assert.All(response.Hits, h => Assert.DoesNotContain("<script", h.Snippet));
    }

    [Fact]
    public void HugeQueryNeverThrows()
    {
        var query = string.Concat(Enumerable.Repeat("helsepersonell ", 700));
        Assert.True(query.Length > 10_000);
        var response = corpus.Search(query);
        Assert.NotEmpty(response.Hits);
    }

    [Fact]
    public void ScriptTagInTextIsEncodedInSnippet()
    {
        using var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("d1", [Unit("d1", "d1:p1", "Rådet <script>alert(1)</script> slutter seg til handlingsplanen & videre arbeid.")]);
        index.Writer.Commit();
        var snippet = index.Searcher.Search(new SearchRequest { Query = "handlingsplanen" }).Hits[0].Snippet;
        Assert.Contains("&lt;script&gt;", snippet);
        Assert.Contains("&amp;", snippet);
        Assert.Contains("<mark>handlingsplanen</mark>", snippet);
    }

    internal static IndexUnit Unit(string documentId, string id, string text, UnitKind kind = UnitKind.Page, string? caseNumber = null) => new()
    {
        Id = id,
        Kind = kind,
        DocumentId = documentId,
        FileName = documentId + ".pdf",
        DocumentTitle = "Referat møte 2/2022",
        Title = "",
        Pages = [1],
        Text = text,
        CaseNumber = caseNumber,
    };
}

using NorPreM.Core.Model;
using NorPreM.Search.Querying;

namespace NorPreM.Search.Tests;

/// <summary>
/// Words that are no subject: a year in the question prefers units of that year, a word that names the asker
/// («rådet», «styret», «vi») weighs little, and a long document's hit lists its other good pages.
/// </summary>
public sealed class QueryPreferenceTests
{
    private static SearchIndex Build(params IndexUnit[] units) => Build(null, units);

    private static SearchIndex Build(RankingOptions? ranking, params IndexUnit[] units)
    {
        var index = SearchIndex.InMemory(ranking is null ? null : new SearchIndexOptions { Ranking = ranking });
        foreach (var group in units.GroupBy(u => u.DocumentId))
        {
            index.Writer.ReplaceDocument(group.Key, group.ToList());
        }

        index.Writer.Commit();
        return index;
    }

    private static IndexUnit Dated(string id, string text, DateOnly date) =>
        SearchIndexTests.Unit("doc-" + id, id, text, UnitKind.Decision) with { Date = date };

    [Fact]
    public void AYearFactorPrefersUnitsOfTheQuestionsYear()
    {
        // The shipped factor is 1 (chosen by cross-validation, docs/search.md); the knob still works when set.
        using var index = Build(new RankingOptions { YearFactor = 1.5f },
            Dated("a", "Styret valgte Kari Nordmann til nestleder for to år.", new DateOnly(2021, 3, 4)),
            Dated("b", "Styret valgte Ola Hansen til nestleder.", new DateOnly(2019, 3, 6)));
        var response = index.Searcher.Search(new SearchRequest { Query = "hvem ble valgt til nestleder i 2019", Collapse = false });
        Assert.Equal("b", response.Hits[0].Id);

        var without = index.Searcher.Search(new SearchRequest { Query = "hvem ble valgt til nestleder i 2021", Collapse = false });
        Assert.Equal("a", without.Hits[0].Id);
    }

    [Fact]
    public void AYearIsNotAWordEveryHitMustContain()
    {
        using var index = Build(Dated("b", "Styret valgte Ola Hansen til nestleder.", new DateOnly(2019, 3, 6)));
        var response = index.Searcher.Search(new SearchRequest { Query = "nestleder 2019", Collapse = false });
        Assert.False(response.Relaxed);
        Assert.Equal("b", Assert.Single(response.Hits).Id);
    }

    [Fact]
    public void AWordThatNamesTheAskerDoesNotOutweighTheSubjectAtALowWeight()
    {
        // «hva vedtok rådet om helsedata»: the action plan's decision names «Rådet» twice and health data in passing; the
        // decision about the European health data space is about health data. The asker's word must not decide.
        var others = Enumerable.Range(1, 8).Select(i => SearchIndexTests.Unit("m" + i, "m" + i,
            $"Styringsgruppen drøftet sak {i} om rekruttering og kompetanse og ba sekretariatet følge opp.", UnitKind.Decision));
        using var index = Build(new RankingOptions { AskerWeight = 0.2f }, [.. others,
            SearchIndexTests.Unit("d1", "rad", "Rådet slutter seg til handlingsplanen. Rådet ber om at tiltakene for rekruttering, kompetanse, "
                + "forskning og innovasjon følges opp, og at også helsedata nevnes i planen.", UnitKind.Decision),
            SearchIndexTests.Unit("d2", "helsedata", "Forordningen om det europeiske helsedataområdet gjør helsedata tilgjengelige; helsedata skal deles sikkert.", UnitKind.Decision)]);
        var response = index.Searcher.Search(new SearchRequest { Query = "rådet helsedata", Collapse = false });
        Assert.Equal("helsedata", response.Hits[0].Id);
    }

    [Fact]
    public void AnAskerWordAloneIsSearchedAsTyped()
    {
        using var index = Build(SearchIndexTests.Unit("d1", "rad", "Rådet drøftet årshjulet.", UnitKind.Decision));
        Assert.Single(index.Searcher.Search(new SearchRequest { Query = "rådet", Collapse = false }).Hits);
    }

    [Fact]
    public void ALongDocumentsHitListsItsOtherGoodPages()
    {
        var pages = Enumerable.Range(1, 16).Select(p => SearchIndexTests.Unit("rapport", "rapport:p" + p,
            p switch
            {
                14 => "Ventetiden for genetisk veiledning er i snitt ni uker, og genetisk veiledning gis oftest digitalt.",
                3 => "Genetisk veiledning er omtalt i kapittel 5.",
                _ => "Rapporten beskriver organiseringen av tjenestene i regionen og samarbeidet mellom foretakene.",
            }) with { Pages = [p] }).ToArray();
        using var index = Build(pages);
        var response = index.Searcher.Search(new SearchRequest { Query = "genetisk veiledning ventetid" });
        var hit = Assert.Single(response.Hits);
        Assert.Equal(14, hit.Page);
        Assert.Equal([3], hit.OtherPages);
    }
}

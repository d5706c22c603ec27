using NorPreM.Core.Model;

namespace NorPreM.Search.Tests;

public sealed class NewestFirstTests
{
    private static IndexUnit Decision(string number, string text, DateOnly date) =>
        SearchIndexTests.Unit("referat-" + number.Replace('/', '-'), "decision:" + number, text, UnitKind.Decision, number) with
        {
            Date = date,
            Council = Councils.HelseOmsorg21,
        };

    [Fact]
    public void NewestFirstOrdersTheHitsWithMostOfTheQueryWordsBeforeNewerHitsWithOnlyACommonOne()
    {
        using var index = SearchIndex.InMemory();
        var units = new[]
        {
            Decision("22/3/2024", "Rådet ber om raskere tilgang til helsedata, der kvalitetsregistre og biobanker tas med.", new DateOnly(2024, 6, 4)),
            Decision("5/1/2025", "Rådet anbefaler én felles søknad for helseregistre, kvalitetsregistre og biobanker.", new DateOnly(2025, 2, 6)),
            Decision("4/1/2025", "Referatet ble godkjent av rådet.", new DateOnly(2025, 2, 6)),
            Decision("12/2/2025", "Rådet godkjenner høringssvaret og ber sekretariatet sende det innen fristen.", new DateOnly(2025, 4, 10)),
        };
        foreach (var unit in units)
        {
            index.Writer.ReplaceDocument(unit.DocumentId, [unit]);
        }

        index.Writer.Commit();

        var response = index.Searcher.Search(new SearchRequest
        {
            Query = "hva vedtok rådet om kvalitetsregistre og biobanker?",
            Scope = SearchScope.Decisions,
            Sort = SearchSort.Newest,
        });

        Assert.Equal(["5/1/2025", "22/3/2024", "12/2/2025", "4/1/2025"], response.Hits.Select(h => h.CaseNumber));
        Assert.Equal(new DateOnly(2025, 2, 6), response.Hits[0].Date);
    }

    [Fact]
    public void NewestFirstWithOneWordIsByDateAlone()
    {
        using var index = SearchIndex.InMemory();
        foreach (var unit in new[]
                 {
                     Decision("22/3/2024", "Kvalitetsregistre og biobanker tas med i felles søknadsbehandling.", new DateOnly(2024, 6, 4)),
                     Decision("5/1/2025", "Felles søknad for kvalitetsregistre.", new DateOnly(2025, 2, 6)),
                 })
        {
            index.Writer.ReplaceDocument(unit.DocumentId, [unit]);
        }

        index.Writer.Commit();

        var response = index.Searcher.Search(new SearchRequest { Query = "kvalitetsregistre", Sort = SearchSort.Newest });
        Assert.Equal(["5/1/2025", "22/3/2024"], response.Hits.Select(h => h.CaseNumber));
    }
}

using NorPreM.Core.Model;

namespace NorPreM.Search.Tests;

/// <summary>
/// Facet counts and folded totals of the search checked against a plain count over the units the test indexed: for
/// each facet value, the number of distinct result groups (case, else document) among the matching units when hits are
/// folded, else the number of matching units. The archive is spread over several commits (segments), cases have units
/// in two documents, and the matching sets range from a few units to all of them, so the counting by segment ordinals,
/// the ordering of units by group and the ranking of only the shown groups are all exercised.
/// </summary>
public sealed class FacetCountTests
{
    private static readonly string[] CouncilIds = [Councils.HelseOmsorg21, Councils.NorPreM, Councils.Fagdirektormotet];
    private static readonly string[] ThemeIds = ["helsedata", "kliniske-studier", "folkehelse", "digitalisering"];
    private static readonly string[] CaseKinds = ["Vedtakssak", "Orienteringssak", "Drøftingssak"];

    private static readonly string[] Sentences =
    [
        "Rådet drøftet tilgangen til helsedata for forskning og ba sekretariatet om et notat.",
        "Kvalitetsregistrene skal gjøres lettere tilgjengelige for kliniske studier i spesialisthelsetjenesten.",
        "Folkehelseinstituttet orienterte om arbeidet med biobanker og samtykke.",
        "Møtet vedtok handlingsplanen for persontilpasset medisin med de endringer som kom fram.",
    ];

    /// <summary>Units of <paramref name="documents"/> documents: pages, and for some pages a case with a proposal and a decision.</summary>
    private static List<IndexUnit> Archive(int documents)
    {
        var units = new List<IndexUnit>();
        for (var d = 0; d < documents; d++)
        {
            var documentId = $"dok{d:000}";
            var council = CouncilIds[d % CouncilIds.Length];
            var year = 2019 + d % 5;
            var meeting = $"{1 + d % 4}/{year}";
            for (var p = 1; p <= 3 + d % 4; p++)
            {
                // Cases are shared by pairs of documents (case paper and minutes), so a group spans documents and segments.
                var caseNumber = p <= 2 ? $"{p + d / 2 % 7}/{1 + d % 4}/{year}" : null;
                var text = string.Join(' ', Enumerable.Range(0, 1 + (d + p) % 3).Select(i => Sentences[(d * 3 + p + i) % Sentences.Length]));
                var unit = new IndexUnit
                {
                    Id = $"{documentId}:p{p}",
                    Kind = UnitKind.Page,
                    DocumentId = documentId,
                    FileName = documentId + ".pdf",
                    DocumentTitle = $"Referat møte {meeting}",
                    Title = $"Side {p}",
                    Pages = [p],
                    Text = text,
                    Council = council,
                    Meeting = meeting,
                    Date = new DateOnly(year, 1 + d % 12, 1 + p),
                    CaseNumber = caseNumber,
                    CaseTypes = caseNumber is null ? [] : [CaseKinds[(d + p) % CaseKinds.Length]],
                    DocumentType = d % 2 == 0 ? DocumentTypes.CasePaper : DocumentTypes.Minutes,
                    Themes = [.. ThemeIds.Where((_, i) => (d + p + i) % 3 == 0).Select(t => new ThemeScore(t, 0.6, []))],
                };
                units.Add(unit);
                if (caseNumber is not null && p == 1)
                {
                    units.Add(unit with { Id = $"{documentId}:sak", Kind = d % 2 == 0 ? UnitKind.Proposal : UnitKind.Decision, Title = "Forslag til vedtak" });
                }
            }
        }

        return units;
    }

    private static string Group(IndexUnit unit) => unit.CaseNumber is { Length: > 0 } c ? "case:" + c : "doc:" + unit.DocumentId;

    /// <summary>The values a unit has for a facet, by the facet's API name.</summary>
    private static IEnumerable<string> Values(IndexUnit unit, string facet) => facet switch
    {
        "council" => unit.Council is { } c ? [c] : [],
        "year" => unit.Date is { } date ? [date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [],
        "meeting" => unit.Meeting is { } m ? [m] : [],
        "documentType" => unit.DocumentType is { } t ? [t] : [],
        "caseType" => unit.CaseTypes,
        "theme" => unit.Themes.Select(t => t.Id).Distinct(),
        "kind" => [unit.Kind.ToString()],
        _ => throw new ArgumentOutOfRangeException(nameof(facet), facet, null),
    };

    /// <summary>By hand: for each value of <paramref name="facet"/>, the distinct groups (folded) or units among <paramref name="over"/>.</summary>
    private static Dictionary<string, int> Expected(IEnumerable<IndexUnit> over, string facet, bool folded) => over
        .SelectMany(u => Values(u, facet).Select(v => (Value: v, Member: folded ? Group(u) : u.Id)))
        .Distinct()
        .GroupBy(x => x.Value)
        .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The values a facet counted (count above zero), as value and count in ordinal order of the value.</summary>
    private static IEnumerable<KeyValuePair<string, int>> Counted(FacetResult facet) =>
        facet.Values.Where(v => v.Count > 0).Select(v => KeyValuePair.Create(v.Value, v.Count)).OrderBy(kv => kv.Key, StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, int>> Ordered(Dictionary<string, int> counts) =>
        counts.OrderBy(kv => kv.Key, StringComparer.Ordinal);

    private static void AssertCountsMatch(SearchResponse response, IReadOnlyList<IndexUnit> matching, bool folded)
    {
        Assert.Equal(matching.Count, response.TotalUnits);
        Assert.Equal(folded ? matching.Select(Group).Distinct().Count() : matching.Count, response.TotalHits);
        foreach (var facet in response.Facets)
        {
            var expected = Expected(matching, facet.Field, folded);
            foreach (var value in facet.Values.Where(v => !v.Selected || v.Count > 0))
            {
                Assert.True(expected.TryGetValue(value.Value, out var count), $"{facet.Field}={value.Value} counted but no matching unit has it");
                Assert.True(count == value.Count, $"{facet.Field}={value.Value}: {value.Count} counted, {count} by hand");
            }

            Assert.Equal(expected.Count, facet.Values.Count(v => v.Count > 0));
        }

        Assert.Contains(response.Facets, f => f.Field == "theme");
    }

    private static SearchIndex Indexed(List<IndexUnit> units, int commits)
    {
        var index = SearchIndex.InMemory();
        var documents = units.GroupBy(u => u.DocumentId).ToList();
        for (var i = 0; i < documents.Count; i++)
        {
            index.Writer.ReplaceDocument(documents[i].Key, documents[i].ToList());
            if ((i + 1) % (documents.Count / commits + 1) == 0)
            {
                index.Writer.Commit();
            }
        }

        index.Writer.Commit();
        return index;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FacetCountsOfAWordEqualAPlainCountOfTheUnitsThatContainIt(bool folded)
    {
        var units = Archive(60);
        using var index = Indexed(units, commits: 4);
        var response = index.Searcher.Search(new SearchRequest { Query = "biobanker", Collapse = folded });
        var matching = units.Where(u => u.Text.Contains("biobanker", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(matching);
        AssertCountsMatch(response, matching, folded);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FacetCountsOfBrowsingEverythingEqualAPlainCountOfAllUnits(bool folded)
    {
        var units = Archive(60);
        using var index = Indexed(units, commits: 4);
        var response = index.Searcher.Search(new SearchRequest { Query = "", Collapse = folded });
        AssertCountsMatch(response, units, folded);
    }

    [Fact]
    public void TheSecondPageShowsTheGroupsThatFollowTheFirstPageInTheSameOrder()
    {
        var units = Archive(60);
        using var index = Indexed(units, commits: 4);
        var wide = index.Searcher.Search(new SearchRequest { Query = "helsedata", PageSize = 20 });
        var first = index.Searcher.Search(new SearchRequest { Query = "helsedata", PageSize = 10 });
        var second = index.Searcher.Search(new SearchRequest { Query = "helsedata", PageSize = 10, Page = 2 });
        Assert.True(wide.TotalHits > 20);
        Assert.Equal(wide.TotalHits, second.TotalHits);
        Assert.Equal(wide.Hits.Select(h => h.Id), first.Hits.Concat(second.Hits).Select(h => h.Id));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void WithAYearSelectedTheYearsCountTheQueryWithoutItAndTheOtherFacetsCountTheFilteredHits(bool folded)
    {
        var units = Archive(60);
        using var index = Indexed(units, commits: 4);
        var response = index.Searcher.Search(new SearchRequest
        {
            Query = "biobanker",
            Collapse = folded,
            Filters = SearchFilters.Of(FilterField.Year, "2021"),
        });
        var matching = units.Where(u => u.Text.Contains("biobanker", StringComparison.Ordinal)).ToList();
        var filtered = matching.Where(u => u.Date?.Year == 2021).ToList();
        Assert.NotEmpty(filtered);
        Assert.True(filtered.Count < matching.Count);
        Assert.Equal(filtered.Count, response.TotalUnits);
        foreach (var facet in response.Facets)
        {
            var over = facet.Field == "year" ? matching : filtered;
            Assert.Equal(Ordered(Expected(over, facet.Field, folded)), Counted(facet));
        }
    }

    [Fact]
    public void WhenAMisspeltWordFindsNothingInTheSelectedYearTheOtherYearsCountWhatTheCorrectedWordFinds()
    {
        var units = Archive(60);
        using var index = Indexed(units, commits: 4);
        var response = index.Searcher.Search(new SearchRequest
        {
            Query = "biobamker",
            Collapse = false,
            Filters = SearchFilters.Of(FilterField.Year, "2030"),
        });
        Assert.Equal(0, response.TotalUnits);
        var matching = units.Where(u => u.Text.Contains("biobanker", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(matching);
        var years = Assert.Single(response.Facets, f => f.Field == "year");
        Assert.Equal(Ordered(Expected(matching, "year", folded: false)), Counted(years));
    }

    [Fact]
    public void ASelectedCouncilCountsTheOtherCouncilsOverTheQueryWithoutItsFilter()
    {
        var units = Archive(60);
        using var index = Indexed(units, commits: 4);
        var response = index.Searcher.Search(new SearchRequest
        {
            Query = "kliniske studier",
            Filters = SearchFilters.Of(FilterField.Council, Councils.NorPreM),
        });
        var all = index.Searcher.Search(new SearchRequest { Query = "kliniske studier" });
        Assert.All(response.Hits, h => Assert.Equal(Councils.NorPreM, h.Council));
        var councils = response.Facets.Single(f => f.Field == "council");
        var unfiltered = all.Facets.Single(f => f.Field == "council");
        Assert.Equal(unfiltered.Values.Select(v => (v.Value, v.Count)), councils.Values.Select(v => (v.Value, v.Count)));
        Assert.Equal(councils.Values.Single(v => v.Value == Councils.NorPreM).Count, response.TotalHits);
    }
}

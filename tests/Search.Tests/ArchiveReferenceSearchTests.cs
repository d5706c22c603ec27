using NorPreM.Core.Model;

namespace NorPreM.Search.Tests;

/// <summary>A user pastes an archive reference from a letter ("22/01234", "2022/1234-3") and finds the case whose paper carries it.</summary>
public sealed class ArchiveReferenceSearchTests
{
    [Theory]
    [InlineData("22/01234", "2022/1234")]
    [InlineData("2022/1234", "2022/1234")]
    [InlineData("2022/1234-3", "2022/1234")]
    [InlineData("22/01234-3", "2022/1234")]
    [InlineData("24/123", "2024/123")]
    public void ReadsEverySpellingOfAnArchiveCaseAsOneNormalForm(string written, string normal) =>
        Assert.Equal(normal, ArchiveReference.CaseOf(written));

    [Theory]
    [InlineData("12/2023")]
    [InlineData("12/23")]
    [InlineData("28/3/2022")]
    [InlineData("12.05")]
    [InlineData("sak 12/23")]
    public void LeavesCaseNumbersAndDatesAlone(string text) => Assert.Null(ArchiveReference.CaseOf(text));

    [Fact]
    public void FindsTheReferenceInALabelledValue() =>
        Assert.Equal("2024/05678-2", ArchiveReference.Find("2024/05678-2 (brev)"));

    [Theory]
    [InlineData("22/01234")]
    [InlineData("2022/1234")]
    [InlineData("2022/1234-3")]
    public void APastedReferenceFindsTheCase(string query)
    {
        using var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("doc", [Case("case:12/2024", "12/2024", "Regional biobank", "Regional biobank\nArkivsak 22/01234 2022/1234\nBakgrunn\nTeksten."),
            Case("case:13/2024", "13/2024", "Genomdata", "Genomdata\nArkivsak 22/05555 2022/5555\nBakgrunn\nTeksten 1234.")]);
        index.Writer.Commit();
        var hits = index.Searcher.Search(new SearchRequest { Query = query }).Hits;
        Assert.Equal("12/2024", hits[0].CaseNumber);
        Assert.DoesNotContain(hits, h => h.CaseNumber == "13/2024");
    }

    [Theory]
    [InlineData("24/01234")]
    [InlineData("2024/1234-7")]
    [InlineData("2023")]
    public void AReferenceNoPaperCarriesFindsNothingRatherThanTheNearestNumber(string query)
    {
        using var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("doc", [Case("case:12/2024", "12/2024", "Regional biobank", "Regional biobank\nArkivsak 22/01234 2022/1234\nBakgrunn\nVedtatt 2022.")]);
        index.Writer.Commit();
        var response = index.Searcher.Search(new SearchRequest { Query = query });
        Assert.Empty(response.Hits);
        Assert.False(response.Fuzzy);
    }

    private static IndexUnit Case(string id, string number, string title, string text) => new()
    {
        Id = id,
        Kind = UnitKind.Case,
        DocumentId = "doc",
        FileName = "sak.pdf",
        DocumentTitle = "Saksframlegg",
        Title = $"Sak {number} {title}",
        Pages = [1],
        Text = text,
        CaseNumber = number,
    };
}

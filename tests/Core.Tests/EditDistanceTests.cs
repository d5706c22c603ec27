using NorPreM.Core.Lexicon;

namespace NorPreM.Core.Tests;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("helsedata", "helsedata", 0)]
    [InlineData("hlesedata", "helsedata", 1)]
    [InlineData("fagdirektgrmgte", "fagdirektørmøte", 2)]
    [InlineData("", "råd", 3)]
    public void OptimalStringAlignmentCountsAnAdjacentTranspositionAsOneEdit(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.OptimalStringAlignment(a, b));

    [Fact]
    public void LevenshteinCountsAnAdjacentTranspositionAsTwoEdits() =>
        Assert.Equal(2, EditDistance.Levenshtein("hlesedata", "helsedata"));

    [Fact]
    public void OptimalStringAlignmentStopsOneAboveTheLimitWhenEveryRowExceedsIt() =>
        Assert.Equal(3, EditDistance.OptimalStringAlignment("persontilpasset", "helsepersonell", limit: 2));

    [Fact]
    public void BothDistancesAgreeWhenNoLettersAreSwapped()
    {
        foreach (var (a, b) in new[] { ("Sør-Øst", "Sgr-@st"), ("være", "veere"), ("på oppdrag", "pd oppdrag") })
        {
            Assert.Equal(EditDistance.Levenshtein(a, b), EditDistance.OptimalStringAlignment(a, b));
        }
    }
}

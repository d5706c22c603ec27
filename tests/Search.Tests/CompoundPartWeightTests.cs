using NorPreM.Search.Querying;

namespace NorPreM.Search.Tests;

/// <summary>A compound part match weighs by how common the word is in the text (<see cref="CompoundPartWeights"/>).</summary>
public sealed class CompoundPartWeightTests
{
    [Fact]
    public void AWordCommonInTheTextButRareAsAPartWeighsLessAsAPart()
    {
        // "kommunene": a part of two compounds, a word of eighty units.
        var factor = CompoundPartWeights.Factor(asPart: 2, asWord: 80, documents: 500);
        Assert.InRange(factor, 0.2f, 0.6f);
    }

    [Fact]
    public void AWordNoMoreCommonWholeThanAsAPartKeepsItsWeight()
    {
        Assert.Equal(1f, CompoundPartWeights.Factor(asPart: 12, asWord: 5, documents: 500));
        Assert.Equal(1f, CompoundPartWeights.Factor(asPart: 0, asWord: 5, documents: 500));
    }
}

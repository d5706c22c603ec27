using NorPreM.Ingest.Themes;

namespace NorPreM.Ingest.Tests.Themes;

/// <summary>Document context: a passage's scores mixed with those of the passages it is read with.</summary>
public class ThemeContextTests
{
    [Fact]
    public void APassageLeansTowardItsPartAndAPassageAloneKeepsItsScores()
    {
        double[][] scores = [[0.9, 0.1], [0.1, 0.1], [0.2, 0.7]];
        var mixed = ThemeContext.Mix(scores, ["kostnadsrapport", "kostnadsrapport", "eget"], 0.3);

        // Mean of the report's two passages is (0.5, 0.1): the figures-only passage rises toward the report's theme.
        Assert.Equal(0.7 * 0.1 + 0.3 * 0.5, mixed[1][0], 10);
        Assert.Equal(0.7 * 0.9 + 0.3 * 0.5, mixed[0][0], 10);
        Assert.Equal(0.1, mixed[0][1], 10);
        Assert.Equal(0.2, mixed[2][0], 10);
        Assert.Equal(0.7, mixed[2][1], 10);
        Assert.Same(scores, ThemeContext.Mix(scores, ["a", "a", "b"], 0));
    }

    [Fact]
    public void RowsWithoutScoresStayEmptyAndDoNotCountInTheMean()
    {
        double[][] scores = [[1.0], null!, [0.0]];
        var mixed = ThemeContext.Mix(scores, ["x", "x", "x"], 0.5);
        Assert.Null((double[]?)mixed[1]);
        Assert.Equal(0.75, mixed[0][0], 10);
        Assert.Equal(0.25, mixed[2][0], 10);
    }
}

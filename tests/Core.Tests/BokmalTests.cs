using NorPreM.Core.Model;

namespace NorPreM.Core.Tests;

public sealed class BokmalTests
{
    [Theory]
    [InlineData(0, "0 sider")]
    [InlineData(1, "1 side")]
    [InlineData(2, "2 sider")]
    [InlineData(480, "480 sider")]
    public void PagesAreCountedWithTheSingularOnlyForOne(int count, string expected) =>
        Assert.Equal(expected, Bokmal.Pages(count));

    [Fact]
    public void AnyNounCanBeCountedWithItsTwoForms() =>
        Assert.Equal(("1 fil", "3 filer"), (Bokmal.Count(1, "fil", "filer"), Bokmal.Count(3, "fil", "filer")));
}

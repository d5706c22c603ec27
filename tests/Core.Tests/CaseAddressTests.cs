using NorPreM.Core.Model;

namespace NorPreM.Core.Tests;

/// <summary>Web addresses of cases: council numbers with hyphens, items numbered by their place in a meeting without words or spaces.</summary>
public sealed class CaseAddressTests
{
    [Theory]
    [InlineData("28/3/2022", "28-3-2022")]
    [InlineData("45/2023", "45-2023")]
    [InlineData("5 (møte 12.05.2023)", "5-mote-12.05.2023")]
    [InlineData("2 (møte 3/2023)", "2-mote-3-2023")]
    [InlineData("13.1.3 (møte 12.05.2023)", "13.1.3-mote-12.05.2023")]
    public void AnAddressReadsBackAsTheCaseNumber(string number, string address)
    {
        Assert.Equal(address, CaseNumber.Address(number));
        Assert.Equal(number, CaseNumber.NormaliseAddress(address));
    }

    [Fact]
    public void AnItemAddressWithoutAMeetingIsNoCase() =>
        Assert.Null(CaseNumber.NormaliseAddress("5-mote-"));
}

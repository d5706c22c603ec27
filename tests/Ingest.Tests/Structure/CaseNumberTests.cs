using NorPreM.Search.Model;

namespace NorPreM.Ingest.Tests.Structure;

public sealed class CaseNumberTests
{
    [Theory]
    [InlineData("Sak 28/3/2022", "28/3/2022")]
    [InlineData("Sak 13/2/22", "13/2/2022")]
    [InlineData("Sak 28-3-2022", "28/3/2022")]
    [InlineData("Sak 42/4/2020", "42/4/2020")]
    [InlineData("sak 28/3/22", "28/3/2022")]
    public void NormalisesEveryWrittenFormToOneNumber(string written, string normal)
    {
        Assert.True(CaseNumber.TryParse(written, out var number));
        Assert.Equal(normal, number.Value.ToString());
    }

    [Fact]
    public void ReadsSak14Over2Over21AsPrinted()
    {
        var found = CaseNumber.FindAll("Sak 14/2/21 Spørsmål om habilitet");
        Assert.Single(found);
        Assert.Equal(new CaseNumber(14, 2, 2021), found[0].Number);
    }

    [Theory]
    [InlineData("Utkast til referat ble sendt ut til medlemmene 12. april med merknadsfrist 20/4/2022.")]
    [InlineData("Dato Onsdag 30. mars 2022, kl. 10.00 – 16.00")]
    [InlineData("Møtet ble holdt 30/3/2022 i Forskningsrådets lokaler.")]
    public void NeverTakesADateInRunningTextForACaseNumber(string text) => Assert.Empty(CaseNumber.FindAll(text));

    [Fact]
    public void ReadsBareNumbersOnlyWhereTheContextListsCases()
    {
        Assert.Empty(CaseNumber.FindAll("Tidligere behandlet 19/2/2022"));
        var listed = CaseNumber.FindInCaseList("Sak 42/4/2020, Sak 52/5/2020, Sak 23/3/2021, Sak 53/6/2021 (m/oppsummering fra dialogmøtene), Sak 17/2/22");
        Assert.Equal(["42/4/2020", "52/5/2020", "23/3/2021", "53/6/2021", "17/2/2022"], listed.Select(l => l.Number.ToString()));
        Assert.Equal("19/2/2022", CaseNumber.FindInCaseList("19/2/2022").Single().Number.ToString());
    }

    [Theory]
    [InlineData("Referat Møte 2/2022", "2/2022")]
    [InlineData("Møte 3-22 Utkast saksliste", "3/2022")]
    [InlineData("Godkjenning av referat fra møte 1/2022, 2. februar 2022", "1/2022")]
    public void FindsTheMeetingInAHeading(string text, string meeting) => Assert.Equal(meeting, CaseNumber.FindMeeting(text));
}

using NorPreM.Core.Model;

namespace NorPreM.Core.Tests;

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

    [Theory]
    [InlineData("Sak 10/23", "10/2023")]
    [InlineData("sak 010-2023", "10/2023")]
    [InlineData("Sak nr. 7/2024", "7/2024")]
    [InlineData("10/2023", "10/2023")]
    [InlineData("10-2023", "10/2023")]
    public void ReadsCaseNumbersByYearOnlyWithoutAMeeting(string written, string normal)
    {
        Assert.True(CaseNumber.TryParse(written, out var number));
        Assert.Equal(normal, number.Value.ToString());
        Assert.False(number.Value.HasMeeting);
        Assert.Null(number.Value.MeetingKey);
    }

    [Theory]
    [InlineData("12/05")]
    [InlineData("1/2")]
    [InlineData("Sak 10/2")]
    public void NeverTakesAShortFractionOrDateForACaseNumberByYear(string written) =>
        Assert.False(CaseNumber.TryParse(written, out _));

    [Fact]
    public void FindsCaseNumbersByYearAfterSakButKeepsThreePartNumbersWhole()
    {
        var found = CaseNumber.FindAll("Sak 12/23 Status for genpanel-diagnostikk, se også sak 4/23 og Sak 28/3/2022-vedlegg");
        Assert.Equal(["12/2023", "4/2023", "28/3/2022"], found.Select(f => f.Number.ToString()));
        Assert.Empty(CaseNumber.FindAll("Fristen er 12/05, og 3/4 av medlemmene svarte."));
    }

    [Theory]
    [InlineData("2-2022", "2/2022")]
    [InlineData("møte 3/22", "3/2022")]
    [InlineData("12.05.2023", "12.05.2023")]
    [InlineData("2023-05-12", "12.05.2023")]
    [InlineData("1.2.2024", "01.02.2024")]
    public void NormalisesMeetingKeysByNumberOrByDate(string written, string normal) =>
        Assert.Equal(normal, MeetingKeys.Normalise(written));

    [Theory]
    [InlineData("31.02.2023")]
    [InlineData("25/2022")]
    [InlineData("Helse Vest")]
    public void RefusesWhatIsNoMeetingKey(string written) => Assert.Null(MeetingKeys.Normalise(written));

    [Theory]
    [InlineData("10-2023 (NorPreM-råd)", "10/2023 (NorPreM-råd)")]
    [InlineData("sak 10/23", "10/2023")]
    [InlineData("28-3-22", "28/3/2022")]
    [InlineData("(NorPreM-råd)", null)]
    [InlineData("Helse Vest (leder)", null)]
    public void NormalisesCaseNumbersQualifiedByTheirCouncil(string written, string? normal) =>
        Assert.Equal(normal, CaseNumber.NormaliseWritten(written));

    [Fact]
    public void QualifiesAndUnqualifiesANumberByYear()
    {
        Assert.Equal("10/2023 (NorPreM-råd)", CaseNumber.Qualify("10/2023", "NorPreM-råd"));
        Assert.Equal("10/2023", CaseNumber.Plain("10/2023 (NorPreM-råd)"));
        Assert.Equal("28/3/2022", CaseNumber.Plain("28/3/2022"));
    }

    [Fact]
    public void OrdersMeetingKeysByNumberOrByDateWithinAYear()
    {
        string[] keys = ["20.09.2023", "3/2022", "12.05.2023", "2/2022"];
        Assert.Equal(["2/2022", "3/2022", "12.05.2023", "20.09.2023"], keys.OrderBy(MeetingKeys.Order));
        Assert.Equal((0, 0), MeetingKeys.Order("Helse Vest"));
    }

    [Fact]
    public void SortsQualifiedNumbersByTheirPlainNumber() =>
        Assert.Equal(["9/2023", "10/2023 (NorPreM-råd)", "28/3/2024"],
            new[] { "28/3/2024", "10/2023 (NorPreM-råd)", "9/2023" }.OrderBy(CaseNumber.SortKey));
}

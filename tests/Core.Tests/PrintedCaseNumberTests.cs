using NorPreM.Core.Model;

namespace NorPreM.Core.Tests;

/// <summary>Item numbers in the forms Norwegian councils, boards, municipalities and associations print them.</summary>
public sealed class PrintedCaseNumberTests
{
    [Theory]
    [InlineData("Sak 28/3/2022 Innspill til helsepersonellkommisjonen", "Sak 28/3/2022", "meeting", "28/3/2022", "Innspill til helsepersonellkommisjonen")]
    [InlineData("Styresak 45-2023 Økonomisk langtidsplan", "Styresak 45-2023", "year", "45/2023", "Økonomisk langtidsplan")]
    [InlineData("Styresak 045/23 Virksomhetsrapport", "Styresak 045/23", "year", "45/2023", "Virksomhetsrapport")]
    [InlineData("PS 12/23 Plan for legedekning", "PS 12/23", "year", "12/2023", "Plan for legedekning")]
    [InlineData("FS 3/24 Budsjettjustering", "FS 3/24", "year", "3/2024", "Budsjettjustering")]
    [InlineData("KST-sak 006/19 Delegeringsreglement", "KST-sak 006/19", "year", "6/2019", "Delegeringsreglement")]
    [InlineData("S-sak 12/24 Tildeling av omsorgsboliger", "S-sak 12/24", "year", "12/2024", "Tildeling av omsorgsboliger")]
    [InlineData("O-sak 3/24 Status for velferdsteknologi", "O-sak 3/24", "year", "3/2024", "Status for velferdsteknologi")]
    [InlineData("Sak 5 Regnskap", "Sak 5", "sequence", "5", "Regnskap")]
    [InlineData("Sak 1 – Godkjenning av referat", "Sak 1", "sequence", "1", "Godkjenning av referat")]
    [InlineData("SR 2017/43 Godkjenning av innkalling og dagsorden", "SR 2017/43", "year", "43/2017", "Godkjenning av innkalling og dagsorden")]
    [InlineData("Sak 2011/38 Orienteringssaker", "Sak 2011/38", "year", "38/2011", "Orienteringssaker")]
    public void ReadsANumberWithItsSeriesWordAndKeepsItAsPrinted(string row, string label, string scheme, string normal, string title)
    {
        var printed = CaseNumber.ReadPrinted(row);
        Assert.NotNull(printed);
        Assert.Equal(label, printed.Label);
        Assert.Equal(scheme, printed.Scheme);
        Assert.Equal(normal, printed.Normal);
        Assert.Equal(title, printed.Title);
    }

    [Theory]
    [InlineData("5. Innkomne forslag", "5.", "sequence", "5")]
    [InlineData("5) Valg", "5)", "sequence", "5")]
    [InlineData("13.1.3 Oppfølging av tilsynsrapporten", "13.1.3", "outline", "13.1.3")]
    public void ReadsABareNumberOnlyWhereTheRowIsAHeading(string row, string label, string scheme, string normal)
    {
        Assert.Null(CaseNumber.ReadPrinted(row));
        var printed = CaseNumber.ReadPrinted(row, bare: true);
        Assert.NotNull(printed);
        Assert.Equal(label, printed.Label);
        Assert.Equal(scheme, printed.Scheme);
        Assert.Equal(normal, printed.Normal);
    }

    [Theory]
    [InlineData("12.05.2023 Møte i rådet")]
    [InlineData("Sak 12.05.2023")]
    [InlineData("Sak 2022/1234 Arkivsak")]
    [InlineData("2023-05-12 Årsmøte")]
    public void NeverReadsADateOrAnArchiveReferenceAsAnItemNumber(string row)
    {
        Assert.Null(CaseNumber.ReadPrinted(row, bare: true));
    }

    [Theory]
    [InlineData("RS", true)]
    [InlineData("DS", true)]
    [InlineData("Referatsak", true)]
    [InlineData("PS", false)]
    [InlineData("Styresak", false)]
    public void TellsReferatsakerFromCases(string series, bool item) =>
        Assert.Equal(item, CaseNumber.IsItemSeries(series));

    [Theory]
    [InlineData("Styret i Helse Sør-Øst RHF", "styret-helse-sor-ost-rhf")]
    [InlineData("Kommunestyret i Bodø", "kommunestyret-bodo")]
    [InlineData("Årsmøtet i Pasientforeningen for sjeldne diagnoser", "arsmotet-pasientforeningen-for-sjeldne-diagnoser")]
    [InlineData("Helse- og omsorgsutvalget i Vestvik kommune", "helse-og-omsorgsutvalget-vestvik")]
    [InlineData("Sykehuspartner HF", "sykehuspartner-hf")]
    public void GivesABodyAStableAddress(string name, string slug) =>
        Assert.Equal(slug, Councils.Slug(name));

    [Fact]
    public void AnArchiveNumberWithItsYearFirstAndNoSeriesIsNoItem()
    {
        Assert.Null(CaseNumber.ReadPrinted("2015/1097 Christin Kristensen"));
        Assert.Null(CaseNumber.ReadPrinted("Arkivsak 2024/1234 Budsjett"));
    }
}

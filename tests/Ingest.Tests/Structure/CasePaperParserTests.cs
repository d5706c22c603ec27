using NorPreM.Ingest.Structure.CasePapers;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Splitting;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Structure;

public sealed class CasePaperParserTests
{
    // Sak 29/3/2022 as pdftotext -layout prints it: the header values wrap onto rows in the value column.
    private const string Sak29 = """
        Saksframlegg                                                                             Møte 3/2022

        Sak 29/3/2022
        Oppfølging av dialogmøter - prioritering av aktiviteter
        Type sak                   Diskusjonssak/Vedtakssak
        Til                        HO21-rådet
        Fra                        Ole Johan Borge
        Saksbehandlere             Hege Strand Mikkelsen, Ina Dahlsveen, Henrietta Blankson
        Vedlegg                    1. Dialogmøter - oppsummering og forslag til videre mål og
                                   aktiviteter
        Tidligere behandlet        Sak 42/4/2020, Sak 52/5/2020, Sak 23/3/2021, Sak
                                   53/6/2021 (m/oppsummering fra dialogmøtene), Sak
                                   17/2/22

        Bakgrunn
        Rådet avholdt i 2021 to dialogmøter om hvordan innkjøp og anskaffelser kan bidra til mer innovasjon
        og bærekraft i helsetjenesten.

        Hvorfor saken fremmes
        Saken fremmes for diskusjon og beslutning om hvilke aktiviteter rådet skal prioritere.

        Forslag til vedtak
         Rådet ber sekretariatet følge opp aktivitetene i tråd med innspillene på møtet.
        """;

    private static ParsedCasePaper ParseText(string text, CaseNumber? outlineNumber = null, string? outlineTitle = null)
    {
        var rows = LayoutReader.FromLayoutText(text).SelectMany(p => p.Rows).ToList();
        var part = new SplitPart(
            new DocumentPart { Id = "doc:1", Title = outlineTitle ?? "", DocumentType = DocumentTypes.CasePaper, FirstPage = 1, LastPage = 1 },
            outlineNumber, null, outlineTitle);
        return new CasePaperParser().Parse(part, rows, "doc", Councils.HelseOmsorg21)!;
    }

    [Fact]
    public void ReadsHeaderValuesThatRunOverSeveralRows()
    {
        var c = ParseText(Sak29).Case;
        Assert.Equal("29/3/2022", c.Number);
        Assert.Equal("Oppfølging av dialogmøter - prioritering av aktiviteter", c.Title);
        Assert.Equal("3/2022", c.Meeting);
        Assert.Equal(["Diskusjonssak", "Vedtakssak"], c.CaseTypes);
        Assert.Equal("HO21-rådet", c.To);
        Assert.Equal("Ole Johan Borge", c.From);
        Assert.Equal(["Hege Strand Mikkelsen", "Ina Dahlsveen", "Henrietta Blankson"], c.CaseOfficers);
        Assert.Equal(["42/4/2020", "52/5/2020", "23/3/2021", "53/6/2021", "17/2/2022"], c.PreviouslyHandled);
        Assert.Equal("Dialogmøter - oppsummering og forslag til videre mål og aktiviteter", Assert.Single(c.Attachments).Title);
    }

    [Fact]
    public void ReadsTheEarlierHandlingOfANynorskCasePaper()
    {
        const string page = """
            Saksframlegg
            Sak 14/25 Regional plan for presisjonsmedisin

            Saksbehandlar:            Marit Grønås
            Tidlegare handsama:       Sak 12/24, sak 18/24

            Bakgrunn
            Rådet drøfta utkastet til plan i to møte i fjor.
            """;
        var c = ParseText(page).Case;
        Assert.Equal(["12/2024", "18/2024"], c.PreviouslyHandled);
        Assert.Equal(["Marit Grønås"], c.CaseOfficers);
        Assert.Equal(["Bakgrunn"], c.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void SeparatesSectionsFromTheProposedDecision()
    {
        var c = ParseText(Sak29).Case;
        Assert.Equal(["Bakgrunn", "Hvorfor saken fremmes"], c.Sections.Select(s => s.Heading));
        Assert.StartsWith("Rådet avholdt i 2021 to dialogmøter", c.Sections[0].Text);
        Assert.Equal("Rådet ber sekretariatet følge opp aktivitetene i tråd med innspillene på møtet.", c.ProposedDecision);
    }

    [Fact]
    public void TakesNumberAndTitleFromTheBookmarkWhenTheHeadingIsOnlyInTheImage()
    {
        const string page = """
            Type sak                  Diskusjonssak
            Det foretas en evaluering av møtet.

            Forslag til vedtak
             Intet
            """;
        var c = ParseText(page, new CaseNumber(32, 3, 2022), "Evaluering av møtet").Case;
        Assert.Equal("32/3/2022", c.Number);
        Assert.Equal("Evaluering av møtet", c.Title);
        Assert.Equal("3/2022", c.Meeting);
        Assert.Equal(["Diskusjonssak"], c.CaseTypes);
        Assert.Equal("Det foretas en evaluering av møtet.", Assert.Single(c.Sections).Text);
        Assert.Equal("Intet", c.ProposedDecision);
    }

    [Fact]
    public void ReturnsNothingWhenNeitherPageNorBookmarkNamesACase() =>
        Assert.Null(new CasePaperParser().Parse(
            new SplitPart(new DocumentPart { Id = "d:1", Title = "", DocumentType = DocumentTypes.CasePaper, FirstPage = 1, LastPage = 1 }, null, null, null),
            LayoutReader.FromLayoutText("Bakgrunn\nNoe tekst uten saksnummer.").SelectMany(p => p.Rows).ToList(), "d", null));

    [Theory]
    [InlineData("Diskusjonssak/Vedtakssak", new[] { "Diskusjonssak", "Vedtakssak" })]
    [InlineData("Orienteringssak", new[] { "Orienteringssak" })]
    [InlineData("Diskusjonssak og vedtakssak", new[] { "Diskusjonssak", "Vedtakssak" })]
    [InlineData("Se vedlegg", new string[0])]
    public void ReadsCaseTypesAndTheirCombinations(string value, string[] expected) =>
        Assert.Equal(expected, CasePaperParser.ParseCaseTypes(value));

    [Fact]
    public void ParsesEveryCasePaperOfTheBundle()
    {
        var numbers = StructureFixture.Bundle.Cases.Where(c => c.DocumentId is not null).Select(c => c.Number);
        Assert.Equal(Enumerable.Range(24, 10).Select(n => $"{n}/3/2022"), numbers);
        Assert.Equal("Strategi for livsvitenskap - mulige behov", StructureFixture.Case("31/3/2022").Title);
        Assert.Empty(StructureFixture.Case("31/3/2022").CaseTypes);
        Assert.Equal("Innspill til helsepersonellkommisjonen", StructureFixture.Case("28/3/2022").Title);
        Assert.Empty(StructureFixture.Case("28/3/2022").Attachments);
    }

    [Fact]
    public void LinksListedAttachmentsToTheirBundleParts()
    {
        var attachments = StructureFixture.Case("27/3/2022").Attachments;
        Assert.Equal(["HO21-rådets handlingsplan 2022 - 2023", "HO21-rådets kommunikasjonsplan"], attachments.Select(a => a.Title));
        Assert.Equal([10, 13], attachments.Select(a => a.FirstPage ?? 0));
        var minutes = Assert.Single(StructureFixture.Case("26/3/2022").Attachments);
        Assert.Equal(4, minutes.FirstPage);
        Assert.EndsWith(":sak-26-3-2022-vedlegg-1", minutes.PartId);
    }
}

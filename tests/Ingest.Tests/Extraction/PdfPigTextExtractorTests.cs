using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Tests.TestSupport;

namespace NorPreM.Ingest.Tests.Extraction;

public sealed class PdfPigTextExtractorTests
{
    private static readonly Lazy<ExtractedDocument> Bundle = new(() =>
        new PdfPigTextExtractor().Extract(Repo.CorpusPdf(Repo.Ho21Bundle), Repo.Ho21Bundle));

    private static readonly Lazy<ExtractedDocument> Mandate = new(() =>
        new PdfPigTextExtractor().Extract(Repo.CorpusPdf(Repo.NorPreMMandate), Repo.NorPreMMandate));

    [Fact]
    public void ReadsAllThirtyFivePagesOfTheCouncilBundle() => Assert.Equal(35, Bundle.Value.Pages.Count);

    [Fact]
    public void ReadsAllFourPagesOfTheMandate() => Assert.Equal(4, Mandate.Value.Pages.Count);

    [Fact]
    public void FindsAKnownNorwegianSentenceOnItsPage()
    {
        var page2 = Bundle.Value.Pages.Single(p => p.Number == 2).Text;
        Assert.Contains("Habilitetsvurderinger og -avklaringer er et punkt på agendaen i alle rådsmøtene.", page2);
        Assert.DoesNotContain("Habilitetsvurderinger", Bundle.Value.Pages.Single(p => p.Number == 3).Text);
    }

    [Fact]
    public void KeepsPageNumbersOutOfTheBodyText()
    {
        var minutes = Bundle.Value.Pages.Single(p => p.Number == 4);
        Assert.DoesNotContain(minutes.Text.Split('\n'), l => l.Trim() == "1/4");
        Assert.Contains(minutes.Furniture, l => l.Text.Trim() == "1/4");

        var letterLast = Bundle.Value.Pages.Single(p => p.Number == 31);
        Assert.DoesNotContain(letterLast.Text.Split('\n'), l => l.Trim() == "4");
    }

    [Fact]
    public void JoinsWordsBrokenAtALineEndHyphenKeepingTheRealHyphen()
    {
        var all = string.Join("\n", Bundle.Value.Pages.Select(p => p.Text));
        Assert.Contains("helse-økosystemet", all);
        Assert.Contains("offentlig-privat", all);
        Assert.Contains("helsepersonell-kommisjonen", all);
        Assert.DoesNotContain("helse-\nøkosystemet", all);
    }

    [Fact]
    public void ReadsMetadataTitleAndLanguage()
    {
        Assert.Equal("HelseOmsorg21-rådet – saksdokumenter møte 3/2022", Bundle.Value.Metadata.Title);
        Assert.StartsWith("nb", Bundle.Value.Metadata.Language, StringComparison.OrdinalIgnoreCase);
        Assert.Null(Mandate.Value.Metadata.Title);
    }

    [Fact]
    public void ReadsTheSixteenBookmarksWithTheirPages()
    {
        var outline = Bundle.Value.Outline;
        Assert.Equal(16, outline.Count);
        Assert.Contains(outline, o => o.Title.StartsWith("Sak 28-3-2022", StringComparison.Ordinal) && o.Page == 17);
        Assert.Contains(outline, o => o.Title.StartsWith("Sak 33-3-2022", StringComparison.Ordinal) && o.Page == 35);
    }

    [Fact]
    public void RecognisesTheMandateAsAnInvisibleTextLayerOverAScan()
    {
        Assert.All(Mandate.Value.Pages, p => Assert.True(p.InvisibleText && p.ImageCount >= 1));
        Assert.All(Bundle.Value.Pages, p => Assert.False(p.InvisibleText));
    }

    [Fact]
    public void WritesTypographicLigaturesAsTheirLettersSoTheWordsCanBeFound()
    {
        // Chromium set "fl", "ffi", "fi" and "ff" as ligature glyphs (U+FB02, U+FB03, U+FB01, U+FB00) in this fixture.
        const string file = "ligaturer.pdf";
        var page = Assert.Single(new PdfPigTextExtractor().Extract(
            File.ReadAllBytes(Repo.Path2("tests", "Ingest.Tests", "Extraction", "Fixtures", file)), file).Pages);
        Assert.Contains("Rådet vil ha flere offisielle profiler og effektive finansieringsmodeller for helsedata.", page.Text);
        Assert.DoesNotContain(page.Blocks.SelectMany(b => b.Lines).SelectMany(l => l.Words), w => w.Text.Any(c => c is >= '\uFB00' and <= '\uFB06'));
    }

    private static ExtractedPage FixturePage(string file) => Assert.Single(new PdfPigTextExtractor().Extract(
        File.ReadAllBytes(Repo.Path2("tests", "Ingest.Tests", "Extraction", "Fixtures", file)), file).Pages);

    [Fact]
    public void ReadsATwoColumnPageDownTheLeftColumnThenDownTheRight()
    {
        var text = FixturePage("tospalter.pdf").Text;
        // A sentence that wraps inside the left column stays whole, and the left column ends before the right begins.
        Assert.Contains("der hun har arbeidet med\nmolekylærpatologi i mange år, og vil\nlegge vekt på samarbeid mellom", text);
        Assert.True(text.IndexOf("regionene blir invitert til å gi innspill.", StringComparison.Ordinal)
                    < text.IndexOf("Kurs i farmakogenetikk", StringComparison.Ordinal));
        Assert.Contains("har mange familier fått en diagnose,\nog ventetiden er redusert fra flere år", text);
    }

    [Fact]
    public void KeepsAFullWidthTitleWholeWhenAWordSpaceFallsOnTheGutter()
    {
        var text = FixturePage("tospalter-tittel.pdf").Text;
        Assert.StartsWith("Årsmelding 2024 for det regionale NorPreM-rådet\ni Helse Nord\n\nNy regional leder", text);
        Assert.DoesNotContain("\nregionale NorPreM-", text);
    }

    [Fact]
    public void ReadsTheColumnsOfAPageWithAWrappedTitleColumnByColumn()
    {
        // The title's short second line and the column headings do not make the left column look like a table.
        var text = FixturePage("tospalter-tittel.pdf").Text;
        Assert.Contains("der hun har arbeidet med\nmolekylærpatologi i mange år, og vil\nlegge vekt på samarbeid mellom", text);
        Assert.True(text.IndexOf("regionene blir invitert til å gi innspill.", StringComparison.Ordinal)
                    < text.IndexOf("Kurs i farmakogenetikk", StringComparison.Ordinal));
    }

    [Fact]
    public void WritesTheStretchedGapsOfAJustifiedNarrowColumnAsSpaces()
    {
        var text = FixturePage("blokkjustert.pdf").Text;
        Assert.Contains("universitetssykehus, der hun\nhar arbeidet med\nmolekylærpatologi i mange år,", text);
        Assert.Contains("og vil særlig legge vekt på\nsamarbeid mellom\nlaboratoriene og på opplæring.", text);
        Assert.DoesNotContain("har\tarbeidet", text);
    }

    [Fact]
    public void KeepsTheTabsOfLabelAndValueRowsAboveAJustifiedColumn()
    {
        var text = FixturePage("blokkjustert.pdf").Text;
        Assert.Contains("Saksbehandler:\tKari Nordmann", text);
        Assert.Contains("Dato:\t12. desember 2024", text);
    }

    [Fact]
    public void ReadsATableWithTwoWideColumnsRowByRow() =>
        Assert.Matches(@"Kari Nordmann\s+Helse Bergen HF, leder\s+Per Hansen\s+Universitetet i Bergen", FixturePage("navnetabell.pdf").Text);

    [Fact]
    public void JoinsAWordBrokenAtAHyphenInATableCellWithItsRestInTheSameCell()
    {
        // The label "Observatør fra departementet:" wraps too, so the line under "offentlig-" starts with "departementet:".
        var text = FixturePage("tabell-bindestrek.pdf").Text;
        Assert.Contains("Per Olsen, seksjonen for offentlig-privat", text);
        Assert.DoesNotContain("offentlig-departementet", text);
        Assert.Contains("departementet:", text);
    }

    [Fact]
    public void KeepsAHyphenBeforeOgAtTheEndOfALineAsTheFirstPartOfTwoCompounds()
    {
        var text = FixturePage("tabell-bindestrek.pdf").Text;
        Assert.Contains("avdeling for forsknings-\nog innovasjonsstøtte", text);
        Assert.Contains("seksjon for kvalitets-", text);
        Assert.DoesNotContain("kvalitets-administrasjonen", text);
        Assert.DoesNotContain("forsknings-og", text);
    }

    [Fact]
    public void IdentifiesDocumentsByContentHash()
    {
        var again = new PdfPigTextExtractor().Extract(Repo.CorpusPdf(Repo.Ho21Bundle), "renamed.pdf");
        Assert.Equal(Bundle.Value.DocumentId, again.DocumentId);
        Assert.NotEqual(Bundle.Value.DocumentId, Mandate.Value.DocumentId);
        Assert.Matches("^[0-9a-f]{16}$", Bundle.Value.DocumentId);
    }

    [Theory]
    [InlineData(new byte[0], "tom")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 }, "ikke en PDF")]
    public void RejectsEmptyAndNonPdfInputWithAClearReason(byte[] content, string reason)
    {
        var e = Assert.Throws<PdfReadException>(() => new PdfPigTextExtractor().Extract(content, "x.pdf"));
        Assert.Contains(reason, e.Reason);
        Assert.Equal("x.pdf", e.FileName);
    }

    [Fact]
    public void RejectsAPasswordProtectedPdfSayingItIsEncrypted()
    {
        // Made by scripts/make-encrypted-pdf.py: RC4 encryption with the user password "hemmelig".
        var bytes = File.ReadAllBytes(Repo.Path2("tests", "Ingest.Tests", "Extraction", "Fixtures", "passordbeskyttet.pdf"));
        var e = Assert.Throws<PdfReadException>(() => new PdfPigTextExtractor().Extract(bytes, "passordbeskyttet.pdf"));
        Assert.Equal("passordbeskyttet.pdf", e.FileName);
        Assert.Contains("kryptert eller passordbeskyttet", e.Reason);
    }

    [Fact]
    public void ReadsAnEncryptedPdfThatNeedsNoPasswordToOpen()
    {
        // Encrypted with only an owner password (printing and copying restricted), as some published papers are.
        var page = FixturePage("eierbeskyttet.pdf");
        Assert.Contains("Referat fra lukket møte i rådet", page.Text);
    }

    [Fact]
    public void RejectsATruncatedPdfWithAClearReason()
    {
        var bytes = Repo.CorpusPdf(Repo.Ho21Bundle)[..4000];
        var e = Assert.Throws<PdfReadException>(() => new PdfPigTextExtractor().Extract(bytes, "avkuttet.pdf"));
        Assert.Equal("avkuttet.pdf", e.FileName);
    }

    [Theory]
    [InlineData(Repo.Ho21Bundle)]
    [InlineData(Repo.NorPreMMandate)]
    public void MatchesTheGoldenPageText(string fileName)
    {
        var doc = fileName == Repo.Ho21Bundle ? Bundle.Value : Mandate.Value;
        var view = new
        {
            doc.FileName,
            doc.DocumentId,
            doc.Metadata.Title,
            doc.Metadata.Language,
            Outline = doc.Outline.Select(o => $"{o.Page}: {o.Title}"),
            Pages = doc.Pages.Select(p => new { p.Number, Furniture = p.Furniture.Select(f => f.Text), Blocks = p.Blocks.Select(b => b.Text) }),
        };
        Golden.Verify(view, $"tests/Ingest.Tests/Extraction/Golden/{Path.GetFileNameWithoutExtension(fileName)}.expected.json");
    }
}

using NorPreM.Ingest.Themes;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Themes;

public class CaseThemeAggregationTests
{
    /// <summary>Assigns helsedata to text about registers and kommunikasjon to text about the website.</summary>
    private sealed class KeywordClassifier : IThemeClassifier
    {
        public IReadOnlyList<ThemeScore> Classify(string text)
        {
            var result = new List<ThemeScore>();
            if (text.Contains("registr", StringComparison.OrdinalIgnoreCase))
            {
                result.Add(new ThemeScore("helsedata", 0.9, ["registrene"]));
            }

            if (text.Contains("nettside", StringComparison.OrdinalIgnoreCase))
            {
                result.Add(new ThemeScore("kommunikasjon", 0.8, ["nettsiden"]));
            }

            return result;
        }
    }

    private static string Paragraph(string topic) =>
        $"Rådet drøftet {topic} og ba sekretariatet følge opp saken med de berørte aktørene før neste møte. " +
        "Medlemmene la vekt på at arbeidet må forankres bredt, og at framdriften rapporteres jevnlig til rådet.";

    [Fact]
    public void AThemeInOneParagraphOfALongAttachmentDoesNotBecomeTheCasesTheme()
    {
        var paragraphs = Enumerable.Range(0, 10).Select(i => Paragraph(i switch
        {
            0 or 1 or 2 => "tilgangen til de nasjonale registrene",
            3 => "teksten på nettsiden",
            _ => $"punkt {i} i handlingsplanen",
        }));
        var attachment = string.Join("\n\n", paragraphs);

        var themes = new KeywordClassifier().ClassifyCase("Saksframlegg: Orienteringer fra sekretariatet.", [attachment]);

        Assert.Equal(["helsedata"], themes.Select(t => t.Id));
        Assert.Equal(["registrene"], themes[0].Evidence);
    }

    [Fact]
    public void TheCasePapersOwnThemesAreKeptAndAShortAttachmentCountsWhole()
    {
        var themes = new KeywordClassifier().ClassifyCase(
            "Saksframlegg: Ny tekst på nettsiden om rådets arbeid.", [Paragraph("tilgangen til registrene")]);

        Assert.Equal(["helsedata", "kommunikasjon"], themes.Select(t => t.Id));
    }

    [Fact]
    public void AttachmentsAreCutIntoTrainingSizedPassagesAtBlankLinesAndSentenceEnds()
    {
        var shortBullets = "• Helsedata\n\n• Kliniske studier\n\n• Persontilpasset medisin";
        Assert.Single(ThemePassages.Split(shortBullets));

        var longText = string.Join(" ", Enumerable.Repeat("Rådet mener at kapasiteten for genetisk diagnostikk må økes i alle helseregioner.", 40));
        var pieces = ThemePassages.Split(longText);
        Assert.True(pieces.Count >= 3);
        Assert.All(pieces, p => Assert.InRange(p.Length, ThemePassages.MinLength, ThemePassages.MaxLength));
        Assert.All(pieces, p => Assert.EndsWith("helseregioner.", p));

        Assert.Empty(ThemePassages.Split("  \n\n  "));
    }
}

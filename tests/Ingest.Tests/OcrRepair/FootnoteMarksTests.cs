using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Ingest.Tests.OcrRepair;

public sealed class FootnoteMarksTests
{
    [Fact]
    public void RemovesTheMisreadFootnoteMarksOfTheScannedMandate()
    {
        var page = OcrTestData.MandateCorrected.Value.Pages[0];

        Assert.Contains("etablert på oppdrag fra Helse- og omsorgsdepartementet og skal ha en koordinerende rolle", page.Text);
        Assert.Contains("6. Det etableres NorPreM-råd i hver helseregion", page.Text);
        Assert.Contains("1 Oppdragsdokument til de regionale helseforetakene 2017", page.Text);
        Assert.Contains(page.Repairs, r => r.Before == "!" && r.After == "" && r.Length == 0);
        Assert.Contains(page.Repairs, r => r.Before == "?" && r.After == "");
        Assert.All(page.Repairs, r => Assert.Equal(r.After, page.Text.Substring(r.Offset, r.Length)));
    }

    [Fact]
    public void MovesTheRepairsAfterARemovedMarkToTheLeft()
    {
        var layout = Lines((11, "Rådets? skal vaere en arena"), (11, "for samarbeid med fagdirektørene"), (9, "2 Rådet er opprettet i 2019"));
        string[] lines = ["Rådets? skal være en arena", "for samarbeid med fagdirektørene", "2 Rådet er opprettet i 2019"];
        List<LineRepair> repairs = [new(0, 13, "vaere", "være", 0.8)];

        var (fixedLines, fixedRepairs) = FootnoteMarks.Remove(layout, lines, repairs);

        Assert.Equal("Rådets skal være en arena", fixedLines[0]);
        Assert.Contains(fixedRepairs, r => r is { Line: 0, Start: 12, After: "være" });
        Assert.Contains(fixedRepairs, r => r is { Line: 0, Start: 6, Before: "?", After: "" });
    }

    [Theory]
    [InlineData("Hva betyr dette for pasientene? Det er uklart.")]
    [InlineData("Velkommen til møtet! vi starter klokka ti.")]
    [InlineData("Hva med fagdirektørmøtet? og hva med rådet?")]
    public void LeavesRealExclamationAndQuestionMarksAlone(string sentence)
    {
        // The third sentence has a glued "?" before a lower-case word, but the page has no footnote 2; the second
        // has a "!" before a lower-case word and no footnote 1: only footnote 3 is on the page.
        var layout = Lines((11, sentence), (11, "Neste sak gjelder økonomi og budsjett for året"), (9, "3 Se referatet fra møtet i mars"));
        string[] lines = [sentence, "Neste sak gjelder økonomi og budsjett for året", "3 Se referatet fra møtet i mars"];

        var (fixedLines, fixedRepairs) = FootnoteMarks.Remove(layout, lines, []);

        Assert.Equal(lines, fixedLines);
        Assert.Empty(fixedRepairs);
    }

    [Fact]
    public void LeavesAMarkBeforeACapitalAlone()
    {
        var layout = Lines((11, "Vi gratulerer helseforetakene! Nå starter arbeidet"), (9, "1 Oppdragsdokument 2024"));
        string[] lines = ["Vi gratulerer helseforetakene! Nå starter arbeidet", "1 Oppdragsdokument 2024"];

        var (fixedLines, _) = FootnoteMarks.Remove(layout, lines, []);

        Assert.Equal("Vi gratulerer helseforetakene! Nå starter arbeidet", fixedLines[0]);
    }

    private static List<TextLine> Lines(params (double Size, string Text)[] lines) =>
        lines.Select((l, i) => new TextLine(l.Text, [], 72, 700 - 14 * i, 500, 710 - 14 * i, l.Size, false)).ToList();
}

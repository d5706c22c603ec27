using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Ingest.Tests.OcrRepair;

public sealed class NoisyChannelCorrectorTests
{
    private static string MandateText => string.Join("\n\n", OcrTestData.MandateCorrected.Value.Pages.Select(p => p.Text));

    [Theory]
    [InlineData("etablert pd oppdrag", "etablert på oppdrag")]
    [InlineData("fagdirektgrmgte", "fagdirektørmøte")]
    [InlineData("Helse Sgr-@st", "Helse Sør-Øst")]
    [InlineData("skal veere en arena", "skal være en arena")]
    [InlineData("bade internt", "både internt")]
    [InlineData("apne nettverksmgter", "åpne nettverksmøter")]
    [InlineData("gremerkede midler", "øremerkede midler")]
    [InlineData("en rddgivende rolle", "en rådgivende rolle")]
    public void RepairsTheMandateTextLayer(string damaged, string repaired)
    {
        var original = string.Join("\n", OcrTestData.Mandate.Value.Pages.Select(p => p.Text));
        Assert.Contains(damaged, original);
        Assert.Contains(repaired, MandateText);
    }

    [Fact]
    public void RepairsOslashReadAsGInsideACompound()
    {
        var result = NoisyChannelCorrector.Default.Correct(["Endringsforslagene ble godkjent av interregionalt fagdirektgrmgte 28"], 0.4);
        Assert.Equal("Endringsforslagene ble godkjent av interregionalt fagdirektørmøte 28", result.Lines[0]);
        var repair = Assert.Single(result.Repairs);
        Assert.Equal(("fagdirektgrmgte", "fagdirektørmøte"), (repair.Before, repair.After));
        Assert.Equal(result.Lines[0].IndexOf("fagdirektørmøte", StringComparison.Ordinal), repair.Start);
        Assert.InRange(repair.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void RestoresCapitalOslashAfterAHyphen()
    {
        var result = NoisyChannelCorrector.Default.Correct(["som er lagt til Helse Sgr-@st å forvalte."], 0.4);
        Assert.Equal("som er lagt til Helse Sør-Øst å forvalte.", result.Lines[0]);
    }

    [Fact]
    public void LeavesAbbreviationsAlone()
    {
        var result = NoisyChannelCorrector.Default.Correct(["Dette omfatter bl.a. arbeidet med prgvetaking o.l. samt etablering"], 0.4);
        Assert.Equal("Dette omfatter bl.a. arbeidet med prøvetaking o.l. samt etablering", result.Lines[0]);
    }

    [Fact]
    public void KeepsLinesAndTheirCountAsTheyWere()
    {
        string[] lines = ["Kompetansenettverket skal bidra til a:", "", "e Styrke samarbeidet mellom klinisk og basalmedisinsk forskning"];
        var result = NoisyChannelCorrector.Default.Correct(lines, 0.4);
        Assert.Equal(3, result.Lines.Count);
        Assert.Equal("Kompetansenettverket skal bidra til å:", result.Lines[0]);
        Assert.Equal("", result.Lines[1]);
        Assert.Equal(lines[2], result.Lines[2]);
    }

    [Fact]
    public void ChangesNoSoundWordOnACleanPage()
    {
        // Real-word pairs (vare/være, far/får, bade/både) are only questioned on damaged pages.
        string[] lines = ["Rådet vil ha en vare til salgs, og far kan bade i sjøen før møtet."];
        var result = NoisyChannelCorrector.Default.Correct(lines, 0.0);
        Assert.Empty(result.Repairs);
    }

    [Fact]
    public void DecidesAmbiguousPairsByContextOnADamagedPage()
    {
        var result = NoisyChannelCorrector.Default.Correct(
            ["Kompetansenettverket kan vare en hgringsinstans etter oppdrag fra fagdirektgrene."], 0.4);
        Assert.Equal("Kompetansenettverket kan være en høringsinstans etter oppdrag fra fagdirektørene.", result.Lines[0]);
    }

    [Fact]
    public void ReadsAnAmpersandBeforeAVerbAsAaRing()
    {
        var result = NoisyChannelCorrector.Default.Correct(["som er lagt til Helse Sgr-@st & forvalte."], 0.5);
        Assert.Equal("som er lagt til Helse Sør-Øst å forvalte.", result.Lines[0]);
    }

    [Fact]
    public void LeavesNumbersCodesAndNamesAlone()
    {
        string[] lines = ["HO21-rådet og NorPreM møttes 18. mars 2024 (sak 24/3/2022) om R & D, 3D-print og Ernst & Young."];
        var result = NoisyChannelCorrector.Default.Correct(lines, 0.5);
        Assert.Equal(lines[0], result.Lines[0]);
    }

    [Fact]
    public void RespellsNamesAndAbbreviationsOutsideTheLexicon()
    {
        // HO21 papers: "Direktoratet for forvaltning og økonomistyring (DFØ)", "Stein Olav Skrøvseth".
        var result = NoisyChannelCorrector.Default.Correct(
            ["Direktoratet for forvaltning og gkonomistyring (DF@) var pa mgte med Stein Olav Skrgvseth og Ingrid Bergh."], 0.6);
        Assert.Equal("Direktoratet for forvaltning og økonomistyring (DFØ) var på møte med Stein Olav Skrøvseth og Ingrid Bergh.", result.Lines[0]);
    }

    [Fact]
    public void LeavesAddressesCodesAndMeasuresAlone()
    {
        string[] lines = ["Send innspill til postmottak@hod.dep.no om arets budsjett for vitamin D3 og 28,3cm rør."];
        var result = NoisyChannelCorrector.Default.Correct(lines, 0.6);
        Assert.Equal("Send innspill til postmottak@hod.dep.no om årets budsjett for vitamin D3 og 28,3cm rør.", result.Lines[0]);
    }

    [Fact]
    public void ReadsADigitThreeOpeningAWordAsAring()
    {
        var result = NoisyChannelCorrector.Default.Correct(["Rådet skal i 3ret som kommer 3pne for nye medlemmer."], 0.6);
        Assert.Equal("Rådet skal i året som kommer åpne for nye medlemmer.", result.Lines[0]);
    }

    [Fact]
    public void DoesNotTakeAMisspeltNameForAName()
    {
        // HO21 papers: "Nærings- og fiskeridepartementet", "Næringsdepartementet"; Tesseract's English model reads "æ" as "ze".
        var result = NoisyChannelCorrector.Default.Correct(["Dialogmøte med Nzeringsdepartementet og Helse- og omsorgsdepartementet om helsenæringen."], 0.6);
        Assert.Equal("Dialogmøte med Næringsdepartementet og Helse- og omsorgsdepartementet om helsenæringen.", result.Lines[0]);
    }

    [Fact]
    public void PrefersALexiconWordOverAnUnlistedCompoundReading()
    {
        // The NorPreM mandate's text layer: "tienestene" parses as "tie|nestene", but "tjenestene" is one i→j away.
        var result = NoisyChannelCorrector.Default.Correct(["tienestene og en rddgivende rolle overfor fagdirektgrene i de regionale helseforetakene."], 0.6);
        Assert.Equal("tjenestene og en rådgivende rolle overfor fagdirektørene i de regionale helseforetakene.", result.Lines[0]);
    }

    [Fact]
    public void KeepsAnAttestedCompoundOnADamagedPage()
    {
        // HO21 papers: "helseforetakene" and "fagdirektørmøte" are written so; neither moves on a damaged page.
        var result = NoisyChannelCorrector.Default.Correct(["Interregionalt fagdirektørmøte og de regionale helseforetakene."], 0.6);
        Assert.Empty(result.Repairs);
    }

    [Fact]
    public void ReadsAFourBetweenWordsAsÅBeforeAnInfinitive()
    {
        // An English OCR text layer over a serif "å": "ønsker 4 delta", "behov for 4 avklare", "i oppdrag 4 utarbeide".
        var result = NoisyChannelCorrector.Default.Correct(
        [
            "Sykehusene i Tromsg og Bodg gnsker 4",
            "delta i utprgvingen, og det er serlig behov for 4 avklare hvem som skal vere dataansvarlig.",
            "Fagdirektgrmgtet gir NorPreM i oppdrag 4 utarbeide et opplaringsprogram.",
        ], 0.9);
        Assert.Equal("Sykehusene i Tromsø og Bodø ønsker å", result.Lines[0]);
        Assert.StartsWith("delta i utprøvingen, og det er særlig behov for å avklare", result.Lines[1]);
        Assert.StartsWith("Fagdirektørmøtet gir NorPreM i oppdrag å utarbeide", result.Lines[2]);
    }

    [Theory]
    [InlineData("de 4 regionale helseforetakene skal vere med")]
    [InlineData("mandatet gjelder i 4 ar fra na")]
    [InlineData("det kom 4 nye medlemmer i radet")]
    [InlineData("se punkt 4 og 5 i mandatet for radet")]
    public void KeepsAFourThatCountsSomething(string damaged)
    {
        var result = NoisyChannelCorrector.Default.Correct([damaged], 0.9);
        Assert.Contains(" 4 ", result.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void RestoresTheGenitiveOfARepairedNoun()
    {
        // The English OCR layer of a board case: "Administrerende direktors forslag" for "direktørs"; the lexicon
        // lists "direktør" but not its genitive.
        var result = NoisyChannelCorrector.Default.Correct(["Administrerende direktors forslag til vedtak ble lagt fram pa mgtet."], 0.9);
        Assert.Contains("direktørs forslag", result.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void WritesAMisreadCapitalØSmallInsideASentenceForACommonWord()
    {
        var result = NoisyChannelCorrector.Default.Correct(
        [
            "Styret legges fram forslag til @konomisk langtidsplan for perioden.",
            "Sak 61/23 @konomisk langtidsplan",
            "Konserntillitsvalgt @yvind Lovas har papekt at tiltakene ikke ma ga ut over arbeidsmiljget.",
        ], 0.9);
        Assert.Contains("til økonomisk langtidsplan", result.Lines[0], StringComparison.Ordinal);
        Assert.Equal("Sak 61/23 Økonomisk langtidsplan", result.Lines[1]);
        Assert.StartsWith("Konserntillitsvalgt Øyvind", result.Lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsOgAndAgForØInsideAWordButNotInAValidOne()
    {
        var result = NoisyChannelCorrector.Default.Correct(["Styret ber om en status for tiltakene i magtet i mars og dagen etter."], 0.9);
        Assert.Equal("Styret ber om en status for tiltakene i møtet i mars og dagen etter.", result.Lines[0]);
    }

    [Fact]
    public void GivesARepairNynorskSpellsTwoWaysNoHighConfidenceInANynorskDocument()
    {
        // Nynorsk has both "foreslår" and "føreslår"; the bokmål counts cannot tell which one the paper wrote.
        var memory = new DocumentMemory { Nynorsk = true };
        var result = NoisyChannelCorrector.Default.Correct(["Arbeidsgruppa foreslar difor at kommunane ikkje får ansvaret."], 0.9, memory);
        var repair = Assert.Single(result.Repairs, r => r.Before == "foreslar");
        Assert.True(repair.Confidence < 0.9, $"confidence {repair.Confidence}");
    }
}

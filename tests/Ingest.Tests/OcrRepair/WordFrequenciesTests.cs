using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Ingest.Tests.OcrRepair;

public sealed class WordFrequenciesTests
{
    // Sentences from the HO21 papers (corpus/ho21-mote-2022-03-saksdokumenter.pdf).
    private static readonly WordFrequencies Counts = WordFrequencies.CountTexts(
    [
        "Rådet skal være en arena for dialog om forskning og innovasjon i helse og omsorg.",
        "Dette vil medføre behov for nye løsninger.",
        "Rådet skal være en pådriver for gjennomføring av strategien.",
        "Sekretariatet skal være rådets støttespiller.",
    ]);

    [Fact]
    public void AWordSeenOnceDoesNotPunishFollowersNeverSeenAfterIt()
    {
        // "medføre" was seen once, followed by "behov"; "medføre at" was never seen. The estimate must not fall far
        // below the follower's own probability, or a rare right word loses to a word never counted at all.
        var unigram = Counts.Unigram("at", ["at"]);
        Assert.InRange(Counts.Next("medføre", "at", unigram) / unigram, 0.5, 1.0);
    }

    [Fact]
    public void AFrequentWordTrustsItsPairs()
    {
        // "skal" is followed by "være" three times out of three.
        var unigram = Counts.Unigram("være", ["være"]);
        var vaere = Counts.Next("skal", "være", unigram);
        Assert.True(vaere > 0.3);
        Assert.True(Counts.Next("skal", "vare", Counts.Unigram("vare", ["vare"])) < vaere / 20);
    }

    [Fact]
    public void CountsHowOftenAWordIsCapitalisedInsideASentence()
    {
        var counts = WordFrequencies.CountTexts(
        [
            "Møtet i Helse Sør-Øst drøftet den økonomiske planen.",
            "Økonomisk styring er krevende for Øst og Vest.",
        ]);
        var written = new MemoryStream();
        counts.Write(written, "test");
        var read = WordFrequencies.Read(new MemoryStream(written.ToArray()));

        Assert.Equal(2, read.CapitalisedCount("øst"));
        Assert.Equal(0, read.CapitalisedCount("økonomisk"));
        Assert.Equal(1, read.Count("økonomisk"));
    }
}

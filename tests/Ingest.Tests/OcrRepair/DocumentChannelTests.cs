using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Ingest.Tests.OcrRepair;

public sealed class DocumentChannelTests
{
    [Fact]
    public void FindsTheMisreadingsThatTurnAWordIntoItsDamagedForm()
    {
        var edits = DocumentChannel.EditsOf("fagdirektgrmgte", "fagdirektørmøte", ConfusionModel.Default);
        Assert.Equal([new ChannelEdit("g", 'ø'), new ChannelEdit("g", 'ø')], edits);
        Assert.Equal([new ChannelEdit("ee", 'æ')], DocumentChannel.EditsOf("veere", "være", ConfusionModel.Default));
        Assert.Equal([new ChannelEdit("g@", 'ø')], DocumentChannel.EditsOf("tromsg@", "tromsø", ConfusionModel.Default));
        Assert.Empty(DocumentChannel.EditsOf("møte", "møte", ConfusionModel.Default)!);
        Assert.Null(DocumentChannel.EditsOf("mxte", "møte", ConfusionModel.Default));
    }

    [Fact]
    public void MovesTheChannelTowardsTheMisreadingsTheDocumentMakes()
    {
        var general = ConfusionModel.Default;
        var e = new ChannelEdit("e", 'ø');
        var g = new ChannelEdit("g", 'ø');
        var channel = new DocumentChannel();
        Assert.Equal(0.06, channel.Weight(e, general), 3);

        for (var i = 0; i < 30; i++)
        {
            channel.AddRepair([e]);
        }

        Assert.True(channel.Weight(e, general) > 0.5, $"e for ø after 30 of them: {channel.Weight(e, general)}");
        Assert.Equal(0.40, channel.Weight(g, general), 3);
        Assert.Equal(0.0, channel.Weight(new ChannelEdit("x", 'ø'), general));
    }

    [Fact]
    public void TakesThetaFromTheLettersThatSurvivedAndThoseThatDidNot()
    {
        var lost = new DocumentChannel();
        lost.AddRepair([.. Enumerable.Repeat(new ChannelEdit("a", 'å'), 40)]);
        Assert.InRange(lost.Theta(0.6), 0.9, DocumentChannel.MaxTheta);

        var kept = new DocumentChannel();
        kept.AddRepair([new ChannelEdit("a", 'å')]);
        kept.AddIntact(60);
        Assert.True(kept.Theta(0.6) < 0.2, $"a layer that kept its letters: {kept.Theta(0.6)}");
    }

    [Fact]
    public void RepairsARealWordWhenTheDocumentReadsOslashAsE()
    {
        // A layer whose OCR wrote "e" for "ø" throughout: the non-words show it, and the real word "mete" follows.
        string[] layer =
        [
            "Referat fra mete i radet. Behovet er sterst i nord, og gruppen dreftet hvordan",
            "sterre sykehus kan hjelpe de minste. Radet ber om en ny utredning for neste mete.",
            "Behovet for kompetanse er sterre enn ventet, og radet vil dreefte saken videre.",
        ];
        var result = NoisyChannelCorrector.Default.Correct(layer, 0.9);
        Assert.StartsWith("Referat fra møte i rådet.", result.Lines[0]);
        Assert.EndsWith("for neste møte.", result.Lines[1]);
    }

    [Fact]
    public void KeepsAValidNynorskFormFromBecomingABokmalOne()
    {
        string[] layer =
        [
            "Partane skal gjere resultata tilgjengelege for kommunane og ha ansvar for a folgje opp avtalen.",
            "Det skal vere eit samarbeidsutval med to representantar fra kvar part, og dei skal gjere greie for arbeidet.",
        ];
        var result = NoisyChannelCorrector.Default.Correct(layer, 0.9, new DocumentMemory { Nynorsk = true });
        Assert.DoesNotContain(result.Repairs, r => r.Before == "gjere");
        Assert.Contains("skal gjere resultata", result.Lines[0]);
        Assert.Contains("frå kvar part", result.Lines[1]);
    }

    [Fact]
    public void LetsNoSinglePairOutweighACommonWord()
    {
        string[] layer =
        [
            "Radet fikk en orientering om trygghetsalarmer og sensorer som varsler fall.",
            "Medlemmene var positive, men understreket at teknologien ikke ma erstatte besgk.",
        ];
        var result = NoisyChannelCorrector.Default.Correct(layer, 0.9);
        Assert.Contains("Medlemmene var positive", result.Lines[1]);
        Assert.Contains("må erstatte besøk", result.Lines[1]);
    }

    [Fact]
    public void GivesTheGuessAtANameLessThanCertainty()
    {
        string[] layer = ["Radet ba om at Sjoberg og Lindqvist ser pa saken for mgtet i mars, og at radet far svar."];
        var result = NoisyChannelCorrector.Default.Correct(layer, 0.9);
        Assert.All(result.Repairs.Where(r => r.Before is "Sjoberg" or "Lindqvist"), r => Assert.True(r.Confidence <= NoisyChannelCorrector.UnlistedRepairConfidence));
    }
}

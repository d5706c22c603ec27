using NorPreM.Ingest.OcrRepair;
using NorPreM.Cli.Evaluation;

namespace NorPreM.Cli.Tests;

public sealed class DocumentMemoryTests
{
    [Fact]
    public void RemembersCleanFormsAndRepairsOfNonWordsButNotRealWordGuesses()
    {
        // NorPreM mandate, text layer: "fagdirektgrmgte" is no word, "vare" is one ("skal vare en arena").
        var memory = new DocumentMemory();
        var result = NoisyChannelCorrector.Default.Correct(
            ["Endringsforslagene ble godkjent av interregionalt fagdirektgrmgte.", "NorPreM skal vare en arena for både internt samarbeid."],
            0.6, memory);
        Assert.Contains("fagdirektørmøte", result.Lines[0]);
        Assert.Contains("skal være en arena", result.Lines[1]);
        Assert.Equal(1, memory.Count("fagdirektørmøte"));
        Assert.Equal(1, memory.Count("både"));
        Assert.Equal(0, memory.Count("være"));
        Assert.True(memory.Words >= 14);
    }

    [Fact]
    public void LaterPagesDrawOnEarlierOnes()
    {
        var memory = new DocumentMemory();
        NoisyChannelCorrector.Default.Correct(["Protokoll fra nettverksmgter i NorPreM-rdd"], 0.6, memory);
        var before = memory.Words;
        NoisyChannelCorrector.Default.Correct(["Neste nettverksmgte blir i juni."], 0.6, memory);
        Assert.True(memory.Words > before);
        Assert.Equal(1, memory.Count("nettverksmøter"));
    }

    [Theory]
    [InlineData("ho21-p07", "ho21")]
    [InlineData("norquad-v0008", "norquad-v0008")]
    [InlineData("mandat-p", "mandat-p")]
    public void PagesOfOneDocumentShareItsMemoryInTheEvaluation(string group, string document) =>
        Assert.Equal(document, RepairEvaluation.DocumentOf(group));
}

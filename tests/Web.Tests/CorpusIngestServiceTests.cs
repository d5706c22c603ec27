using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NorPreM.Ingest.Pipeline;
using NorPreM.Core.Model;
using NorPreM.Web.Hosting;
using NorPreM.Web.Knowledge;

namespace NorPreM.Web.Tests;

public sealed class CorpusIngestServiceTests
{
    /// <summary>An ingestion stuck in a long step (an OCR pass) that looks at the token only when the step ends.</summary>
    private sealed class SlowIngestion : ICorpusIngestion
    {
        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public KnowledgeBase? LoadExisting() => null;

        public TopicSet? LoadTopics() => null;

        public IngestOutcome Run(Action<IngestProgress> progress, CancellationToken cancellationToken)
        {
            Entered.Set();
            Release.Wait(TimeSpan.FromSeconds(30));
            cancellationToken.ThrowIfCancellationRequested();
            return new IngestOutcome(new KnowledgeBase(), [], false);
        }
    }

    [Fact]
    public async Task StoppingTheHostDoesNotWaitForAnIngestionStepToEnd()
    {
        var ingestion = new SlowIngestion();
        var state = new KnowledgeState();
        using var service = new CorpusIngestService(ingestion, state, new NorPreM.Web.Archive.CorpusChanges(), Options.Create(new WebOptions()), NullLogger<CorpusIngestService>.Instance);
        try
        {
            await service.StartAsync(CancellationToken.None);
            Assert.True(ingestion.Entered.Wait(TimeSpan.FromSeconds(10)), "ingestion should have started");

            var stop = service.StopAsync(CancellationToken.None);
            var finished = await Task.WhenAny(stop, Task.Delay(TimeSpan.FromSeconds(3)));

            Assert.Same(stop, finished);
            Assert.NotEqual(IngestPhase.Ready, state.Status.Phase);
        }
        finally
        {
            ingestion.Release.Set();
        }
    }
}

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

    /// <summary>An ingestion that adds a document and leaves its topics to be found afterwards, which takes until released.</summary>
    private sealed class TopicsAfterwards : ICorpusIngestion
    {
        public ManualResetEventSlim TopicsStarted { get; } = new();

        public ManualResetEventSlim ReleaseTopics { get; } = new();

        public static KnowledgeBase Knowledge { get; } = new()
        {
            Documents = [new DocumentRecord { Id = "0123456789abcdef", FileName = "ny.pdf", Title = "Nytt saksdokument", PageCount = 1 }],
        };

        public KnowledgeBase? LoadExisting() => null;

        public TopicSet? LoadTopics() => null;

        public IngestOutcome Run(Action<IngestProgress> progress, CancellationToken cancellationToken) =>
            new(Knowledge, [], true)
            {
                FindTopics = () =>
                {
                    TopicsStarted.Set();
                    ReleaseTopics.Wait(TimeSpan.FromSeconds(30));
                    return new TopicSet { Method = "test", DocumentIds = ["0123456789abcdef"] };
                },
            };
    }

    [Fact]
    public async Task AChangeIsPublishedBeforeTheTopicsOfTheArchiveAreFoundAgain()
    {
        var ingestion = new TopicsAfterwards();
        var state = new KnowledgeState();
        using var service = new CorpusIngestService(ingestion, state, new NorPreM.Web.Archive.CorpusChanges(), Options.Create(new WebOptions()), NullLogger<CorpusIngestService>.Instance);
        try
        {
            await service.StartAsync(CancellationToken.None);
            Assert.True(ingestion.TopicsStarted.Wait(TimeSpan.FromSeconds(10)), "the topics should be found after the run");

            // The run is live while its topics are still being found.
            Assert.Equal(IngestPhase.Ready, state.Status.Phase);
            Assert.NotNull(state.Full.FindDocument("0123456789abcdef"));
            Assert.True(state.TopicsPending);
            Assert.Null(state.FullTopics);

            ingestion.ReleaseTopics.Set();
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (state.TopicsPending && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.False(state.TopicsPending);
            Assert.Equal("test", state.FullTopics?.Method);
        }
        finally
        {
            ingestion.ReleaseTopics.Set();
            await service.StopAsync(CancellationToken.None);
        }
    }
}

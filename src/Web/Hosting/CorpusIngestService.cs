using Microsoft.Extensions.Options;
using NorPreM.Ingest.Pipeline;
using NorPreM.Web.Archive;
using NorPreM.Web.Knowledge;
using NorPreM.Core.Model;

namespace NorPreM.Web.Hosting;

/// <summary>
/// Runs ingestion in the background so the site answers at once: it first publishes what the last run persisted, then
/// ingests when the corpus changed, and again whenever the corpus folder changes (a staff action or a file copied in by
/// hand, <see cref="CorpusChanges"/>), printing progress to the console and to the pages. A failure is logged and
/// shown; the app keeps serving what it had.
/// </summary>
/// <remarks>
/// The index and the knowledge base switch to a new version together, so no hit points to a page that is not there:
/// first the knowledge base of both versions (<see cref="KnowledgeBridge"/>: every document, case and meeting of the new
/// one and those the old one had, a newly restricted paper still as it was), then the searcher on the new commit, then
/// the new knowledge base alone. A document added is on its pages before it is in the hits; a document withdrawn or
/// restricted leaves the hits before its pages go. The run returns at its commit; the topics of the whole archive are
/// found afterwards in the background and published when they are ready (until then the previous topics are shown,
/// less the pages that are gone), so a change is searchable within seconds of the commit.
/// </remarks>
public sealed class CorpusIngestService(
    ICorpusIngestion ingestion,
    KnowledgeState state,
    CorpusChanges changes,
    IOptions<WebOptions> options,
    ILogger<CorpusIngestService> logger,
    ISearchRefresh? refresh = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the server start listening before the CPU-heavy work begins.
        await Task.Yield();
        try
        {
            var existing = ingestion.LoadExisting();
            if (existing is not null)
            {
                state.Publish(existing, KnowledgeBridge.TopicsWithin(ingestion.LoadTopics(), existing));
                state.Report(new IngestStatus(IngestPhase.Ready, "Kunnskapsbasen er lastet."));
            }

            if (!options.Value.IngestOnStart)
            {
                return;
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnce(stoppingToken);
                await changes.WaitAsync(stoppingToken);
                // A copy in progress settles before it is read; every signal in the meantime is taken by this run.
                await Task.Delay(options.Value.ChangeDebounceMilliseconds, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Indekseringen ble avbrutt fordi tjeneren stopper; den fullføres ved neste oppstart.");
        }
    }

    private async Task RunOnce(CancellationToken stoppingToken)
    {
        try
        {
            var seen = changes.Requested;
            state.Report(new IngestStatus(IngestPhase.Running, "Indekserer dokumentene …"));
            // The pipeline looks at the token only between its steps (one OCR pass can take seconds), so stopping
            // the host does not wait for it: the run is left to stop at its next step. Nothing it wrote counts
            // until it commits, and the index discards uncommitted changes when it is disposed.
            var run = Task.Run(() => ingestion.Run(Progress, stoppingToken), CancellationToken.None);
            _ = run.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            var outcome = await run.WaitAsync(stoppingToken);
            var published = Switch(outcome, seen);
            foreach (var warning in outcome.Warnings)
            {
                logger.LogWarning("{Warning}", warning);
            }

            var message = outcome.Changed
                ? $"Indeksering ferdig: {Bokmal.Count(outcome.Knowledge.Documents.Count, "dokument", "dokumenter")}, {Bokmal.Count(outcome.Knowledge.Cases.Count, "sak", "saker")}."
                : "Indeksen er oppdatert.";
            logger.LogInformation("{Message}", message);
            state.Report(new IngestStatus(IngestPhase.Ready, message)
            {
                Warnings = outcome.Warnings,
                FinishedAt = DateTimeOffset.UtcNow,
            });
            if (outcome.FindTopics is { } find)
            {
                QueueTopics(find, published, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Indekseringen feilet");
            state.Report(new IngestStatus(IngestPhase.Failed, "Indekseringen feilet: " + ex.Message));
        }
    }

    /// <summary>Taken while a version is published, and while topics are published for it (never for an older one).</summary>
    private readonly Lock publishGate = new();

    /// <summary>How many versions were published; the topics of an older one are dropped.</summary>
    private long versions;

    /// <summary>Topics are found one run at a time, after the run is published; a newer run's topics replace an older one's.</summary>
    private Task topicsWork = Task.CompletedTask;

    /// <summary>
    /// Publishes a run's knowledge base with the searcher on its commit (see the remarks), with the topics the run
    /// found or, when it left them to be found afterwards, the topics already shown less the pages that are gone.
    /// Returns the version published.
    /// </summary>
    private long Switch(IngestOutcome outcome, long seen)
    {
        lock (publishGate)
        {
            var version = ++versions;
            var before = state.Full.Base;
            var next = outcome.Knowledge;
            var topics = outcome.FindTopics is null ? outcome.Topics : KnowledgeBridge.TopicsWithin(state.FullTopics, next);
            if (KnowledgeBridge.Of(before, next) is { } bridge)
            {
                // Both versions' pages while the searcher switches: every hit either version lists has its page.
                state.Publish(bridge, KnowledgeBridge.TopicsWithin(state.FullTopics, bridge));
            }

            // Built before the searcher turns, so that the new knowledge base follows it at once.
            var prepared = KnowledgeState.Prepare(next, topics);
            refresh?.Refresh();
            state.Publish(prepared);
            state.Generation = seen;
            state.TopicsPending = outcome.FindTopics is not null;
            return version;
        }
    }

    /// <summary>
    /// Finds the topics of the published version <paramref name="version"/> in the background and publishes them unless a
    /// newer version was published meanwhile (its own topics follow it). Topics never fail ingestion.
    /// </summary>
    private void QueueTopics(Func<TopicSet?> find, long version, CancellationToken stoppingToken)
    {
        bool Current() => !stoppingToken.IsCancellationRequested && Interlocked.Read(ref versions) == version;
        topicsWork = topicsWork.ContinueWith(_ =>
        {
            if (!Current())
            {
                return;
            }

            try
            {
                var topics = find();
                lock (publishGate)
                {
                    if (Current())
                    {
                        state.PublishTopics(topics);
                        state.TopicsPending = false;
                    }
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogWarning("Emnene kunne ikke beregnes: {Message}", e.Message);
                lock (publishGate)
                {
                    if (Current())
                    {
                        state.TopicsPending = false;
                    }
                }
            }
        }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private void Progress(IngestProgress progress)
    {
        logger.LogInformation("Indekserer {Current}/{Total} {File}: {Message}", progress.Current, progress.Total, progress.FileName, progress.Message);
        state.Report(new IngestStatus(IngestPhase.Running, $"Indekserer {progress.FileName}: {progress.Message}", progress.Current, progress.Total));
    }
}

/// <summary>Turns the web app's searcher to the index's latest commit (the host decides when, see <see cref="CorpusIngestService"/>).</summary>
public interface ISearchRefresh
{
    void Refresh();
}

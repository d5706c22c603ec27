using Microsoft.Extensions.Options;
using NorPreM.Ingest.Pipeline;
using NorPreM.Web.Knowledge;
using NorPreM.Core.Model;

namespace NorPreM.Web.Hosting;

/// <summary>
/// Runs ingestion in the background at start-up so the site answers at once: it first publishes what the last
/// run persisted, then re-ingests when the corpus changed, printing progress to the console and to the pages.
/// A failure is logged and shown; the app keeps serving what it had.
/// </summary>
public sealed class CorpusIngestService(
    ICorpusIngestion ingestion,
    KnowledgeState state,
    IOptions<WebOptions> options,
    ILogger<CorpusIngestService> logger) : BackgroundService
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
                // Topics first: a reader who sees the new knowledge base also sees its topics.
                state.PublishTopics(ingestion.LoadTopics());
                state.Publish(existing);
                state.Report(new IngestStatus(IngestPhase.Ready, "Kunnskapsbasen er lastet."));
            }

            if (!options.Value.IngestOnStart)
            {
                return;
            }

            state.Report(new IngestStatus(IngestPhase.Running, "Indekserer dokumentene …"));
            // The pipeline looks at the token only between its steps (one OCR pass can take seconds), so stopping
            // the host does not wait for it: the run is left to stop at its next step. Nothing it wrote counts
            // until it commits, and the index discards uncommitted changes when it is disposed.
            var run = Task.Run(() => ingestion.Run(Progress, stoppingToken), CancellationToken.None);
            _ = run.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            var outcome = await run.WaitAsync(stoppingToken);
            state.PublishTopics(outcome.Topics);
            state.Publish(outcome.Knowledge);
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
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Indekseringen ble avbrutt fordi tjeneren stopper; den fullføres ved neste oppstart.");
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Indekseringen feilet");
            state.Report(new IngestStatus(IngestPhase.Failed, "Indekseringen feilet: " + ex.Message));
        }
    }

    private void Progress(IngestProgress progress)
    {
        logger.LogInformation("Indekserer {Current}/{Total} {File}: {Message}", progress.Current, progress.Total, progress.FileName, progress.Message);
        state.Report(new IngestStatus(IngestPhase.Running, $"Indekserer {progress.FileName}: {progress.Message}", progress.Current, progress.Total));
    }
}

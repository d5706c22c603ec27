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
/// first the knowledge base of both versions (every document of the new one, and those the old one had), then the
/// searcher on the new commit, then the new knowledge base alone. A document added is on its pages before it is in
/// the hits; a document withdrawn leaves the hits before its pages go.
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
                state.Publish(existing, ingestion.LoadTopics());
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
            Switch(outcome, seen);
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
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Indekseringen feilet");
            state.Report(new IngestStatus(IngestPhase.Failed, "Indekseringen feilet: " + ex.Message));
        }
    }

    /// <summary>Publishes a run's knowledge base and topics with the searcher on its commit (see the remarks).</summary>
    private void Switch(IngestOutcome outcome, long seen)
    {
        var before = state.Full.Base;
        var next = outcome.Knowledge;
        var ids = next.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var leaving = before.Documents.Where(d => !ids.Contains(d.Id)).ToList();
        if (leaving.Count > 0 && before.Documents.Count > 0)
        {
            state.Publish(next with { Documents = [.. next.Documents, .. leaving] }, outcome.Topics);
        }

        refresh?.Refresh();
        state.Publish(next, outcome.Topics);
        state.Generation = seen;
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

using Microsoft.Extensions.Options;
using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Pipeline;
using NorPreM.Search;
using NorPreM.Core.Knowledge;
using NorPreM.Core.Model;

namespace NorPreM.Web.Hosting;

/// <summary>
/// Runs the pipeline's host entry (<see cref="CorpusIndexing"/>) over the corpus folder into the index the app
/// searches meanwhile; the knowledge base is kept in <c>knowledge.json</c> and the topics in <c>topics.json</c> beside
/// the index so the next start serves at once. Unchanged files come from the pipeline's cache; unreadable PDFs are reported by name and left out.
/// </summary>
public sealed class PipelineIngestion(
    SearchIndex index,
    CorpusFiles corpus,
    IOptions<WebOptions> options,
    ILogger<PipelineIngestion> logger) : ICorpusIngestion
{
    public string IndexDirectory { get; } = Path.GetFullPath(options.Value.IndexPath);

    /// <summary>
    /// The pipeline's stages, made once (their models take about a second to load) and used by every run; their theme
    /// classifier remembers its answers, so a run classifies only texts it has not seen.
    /// </summary>
    private IngestStages? stages;

    /// <summary>The parsed documents of the last run, kept in memory so a run reads from disk only what changed.</summary>
    private RememberingDocumentCache? documents;

    /// <summary>True once the stages' theme memory holds the knowledge base's texts (after the first run).</summary>
    private bool warmed;

    public KnowledgeBase? LoadExisting() => index.WasRebuilt ? null : KnowledgeStore.Load(IndexDirectory);

    public TopicSet? LoadTopics() =>
        index.WasRebuilt ? null : TopicStore.Load(IndexDirectory, message => logger.LogWarning("{Warning}", message));

    /// <summary>
    /// Keeps the PDF of every indexed document in the last good store (so it stays downloadable when its file is later
    /// replaced by a copy that cannot be read) and purges the store and the parse cache of documents no longer indexed.
    /// </summary>
    private void Keep(KnowledgeBase knowledge)
    {
        foreach (var document in knowledge.Documents)
        {
            if (corpus.Store.PdfPath(document.Id) is null && CorpusFolder.ResolveFile(corpus.Root, document.FileName) is { } path)
            {
                corpus.Store.PutPdf(document.Id, File.ReadAllBytes(path));
            }
        }

        var purged = corpus.Store.Purge(knowledge.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal), Path.Combine(IndexDirectory, "documents"));
        if (purged > 0)
        {
            logger.LogInformation("Fjernet {Count} filer av dokumenter som ikke lenger er indeksert fra lageret og mellomlageret", purged);
        }
    }

    /// <summary>The isolated extractor the options ask for, or null for extraction in this process.</summary>
    public static ITextExtractor? Extractor(WebOptions settings)
    {
        if (!settings.ExtractInWorker)
        {
            return null;
        }

        var command = settings.ExtractWorker.Count > 0
            ? new ExtractWorkerCommand(settings.ExtractWorker[0], settings.ExtractWorker.Skip(1).ToList())
            : ExtractWorkerCommand.OfProgram(typeof(Program).Assembly);
        return new IsolatedTextExtractor(command, new ExtractBudget(TimeSpan.FromSeconds(settings.ExtractSeconds), settings.ExtractMemoryMegabytes * 1024L * 1024));
    }

    public IngestOutcome Run(Action<IngestProgress> progress, CancellationToken cancellationToken)
    {
        logger.LogInformation("Leser korpuset i {Corpus}; indeksen ligger i {Index}", corpus.Root, IndexDirectory);
        cancellationToken.ThrowIfCancellationRequested();

        // The pipeline takes no token; it reports progress between its steps, so that is where a stop is observed.
        // Every step before the commit only reads and caches, so stopping there leaves the index as it was.
        void Checked(IngestProgress step)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress(step);
        }

        void Log(string message) => logger.LogWarning("{Warning}", message);
        // The topics of the whole archive are found after the host has published the run (FindTopics), so a change is
        // searchable as soon as it is committed.
        var report = CorpusIndexing.Run(corpus.Root, index, IndexDirectory, force: false, Checked, Log,
            options.Value.RestrictedFiles, Extractor(options.Value), findTopics: false, stages ??= IngestStages.CreateDefault(Log, rememberThemes: true),
            documents ??= new RememberingDocumentCache(new FileDocumentCache(IndexDirectory)));
        documents.KeepOnly(report.Knowledge.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal));
        if (!warmed && report.IndexedUnits is null)
        {
            // The first run after a start found the index up to date, so nothing was classified: the themes of the
            // knowledge base are worked out once in the background, so that the first change costs only its own texts.
            var (themes, knowledge) = (stages.Themes, report.Knowledge);
            _ = Task.Run(() =>
            {
                try
                {
                    themes.Classify(knowledge);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    logger.LogWarning("Temaene kunne ikke forberedes: {Message}", e.Message);
                }
            }, CancellationToken.None);
        }

        warmed = true;
        Keep(report.Knowledge);
        var warnings = report.Duplicates.Select(d => d.Message)
            .Concat(report.Failures.Select(f => $"Hoppet over {f.FileName}: {f.Reason}"))
            .ToList();
        logger.LogInformation(
            "Indeksert {Files} filer ({Processed} lest, {Unchanged} uendret, {Renamed} omdøpt, {Removed} fjernet), {Pages} sider, {Units} enheter, {Replaced} dokumenter skrevet på nytt, på {Seconds:0.00} s ({Steps})",
            report.Files, report.Processed, report.Unchanged, report.Renamed, report.Removed, report.Pages, report.Units, report.ReplacedDocuments,
            report.Elapsed.TotalSeconds, string.Join(", ", report.Timings.Select(t => $"{t.Step} {t.Took.TotalSeconds:0.00} s")));
        return new IngestOutcome(report.Knowledge, warnings, report.Processed > 0 || report.Renamed > 0 || report.Removed > 0)
        {
            FindTopics = () => CorpusIndexing.FindTopics(IndexDirectory, report, Log),
        };
    }
}

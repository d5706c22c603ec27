using Microsoft.Extensions.Options;
using NorPreM.Ingest.Pipeline;
using NorPreM.Search.Knowledge;
using NorPreM.Search.Model;

namespace NorPreM.Web.Hosting;

/// <summary>
/// Runs the ingest pipeline (<see cref="CorpusIngestor"/>) over the corpus folder into the app's index, and keeps
/// the knowledge base in <c>knowledge.json</c> beside the index so the next start serves at once.
/// Only unchanged files are skipped; unreadable PDFs are reported by name and left out.
/// </summary>
public sealed class PipelineIngestion(
    IIndexWriterService writer,
    CorpusFiles corpus,
    IOptions<WebOptions> options,
    ILogger<PipelineIngestion> logger) : ICorpusIngestion
{
    public string IndexDirectory { get; } = Path.GetFullPath(options.Value.IndexPath);

    public KnowledgeBase? LoadExisting() => KnowledgeStore.Load(IndexDirectory);

    public IngestOutcome Run(Action<IngestProgress> progress, CancellationToken cancellationToken)
    {
        logger.LogInformation("Leser korpuset i {Corpus}; indeksen ligger i {Index}", corpus.Root, IndexDirectory);
        var (files, unreadable) = CorpusFolder.Read(corpus.Root);
        cancellationToken.ThrowIfCancellationRequested();

        var stages = IngestStages.CreateDefault(message => logger.LogWarning("{Warning}", message));
        var ingestor = new CorpusIngestor(stages, new FileDocumentCache(IndexDirectory), progress);
        var report = ingestor.Run(files, writer);
        var changed = report.Processed > 0 || report.Removed > 0 || KnowledgeStore.Load(IndexDirectory) is null;
        if (changed)
        {
            KnowledgeStore.Save(IndexDirectory, report.Knowledge);
        }

        var warnings = unreadable.Concat(report.Failures)
            .Select(f => $"Hoppet over {f.FileName}: {f.Reason}")
            .ToList();
        return new IngestOutcome(report.Knowledge, warnings, changed);
    }
}

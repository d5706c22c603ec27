using NorPreM.Core.Knowledge;
using NorPreM.Search;

namespace NorPreM.Ingest.Pipeline;

/// <summary>
/// The hosts' edge of ingestion (CLI `ingest`, the web app's start-up): reads the corpus folder, opens the index for
/// writing and the knowledge storage beside it, and runs <see cref="IngestPipeline"/>. Files that cannot be read are
/// reported, never fatal; neither are topics that cannot be found.
/// </summary>
public static class CorpusIndexing
{
    /// <summary>Opens (or creates) the index in <paramref name="indexDirectory"/> for writing and ingests into it.</summary>
    public static IngestReport Run(string corpusDirectory, string indexDirectory, bool force, Action<IngestProgress>? progress, Action<string> log,
        IReadOnlyList<string>? restrictedRules = null)
    {
        using var index = SearchIndex.OpenOrCreate(indexDirectory);
        return Run(corpusDirectory, index, indexDirectory, force, progress, log, restrictedRules);
    }

    /// <summary>Ingests into an index the caller keeps open (the web app searches it meanwhile).</summary>
    public static IngestReport Run(string corpusDirectory, SearchIndex index, string indexDirectory, bool force, Action<IngestProgress>? progress, Action<string> log,
        IReadOnlyList<string>? restrictedRules = null)
    {
        var (files, unreadable) = CorpusFolder.Read(corpusDirectory, restrictedRules);
        var pipeline = new IngestPipeline(IngestStages.CreateDefault(log), new FileDocumentCache(indexDirectory), progress);
        var report = pipeline.Run(files, index.Writer, new FolderKnowledgeStorage(indexDirectory), force || index.WasRebuilt, log);
        return report with { Failures = [.. unreadable, .. report.Failures] };
    }
}

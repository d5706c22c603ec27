using NorPreM.Core.Knowledge;
using NorPreM.Core.Model;
using NorPreM.Ingest.Extraction;
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
        IReadOnlyList<string>? restrictedRules = null, ITextExtractor? extractor = null)
    {
        using var index = SearchIndex.OpenOrCreate(indexDirectory);
        return Run(corpusDirectory, index, indexDirectory, force, progress, log, restrictedRules, extractor);
    }

    /// <summary>
    /// Ingests into an index the caller keeps open (the web app searches it meanwhile). <paramref name="extractor"/>
    /// replaces the in-process extractor, e.g. with <see cref="IsolatedTextExtractor"/> (a worker process with a time
    /// and memory budget per file).
    /// </summary>
    /// <remarks>
    /// Without <paramref name="findTopics"/> the run returns once the index is committed and the knowledge base saved;
    /// the host publishes that and then calls <see cref="FindTopics"/> (the web app does, so a change is searchable
    /// before the topics of the whole archive are found again). A host that ingests again and again (the web app on each
    /// corpus change) passes the <paramref name="stages"/> it made once (loading their models costs about a second) and
    /// a <paramref name="documents"/> cache it keeps (<see cref="RememberingDocumentCache"/> over this folder's
    /// <see cref="FileDocumentCache"/>), so a run reads and classifies only what changed.
    /// </remarks>
    public static IngestReport Run(string corpusDirectory, SearchIndex index, string indexDirectory, bool force, Action<IngestProgress>? progress, Action<string> log,
        IReadOnlyList<string>? restrictedRules = null, ITextExtractor? extractor = null, bool findTopics = true, IngestStages? stages = null,
        IDocumentCache? documents = null)
    {
        // Content ids by file stamp: only files whose size or last write time changed are hashed again.
        var stamps = CorpusStamps.Load(indexDirectory);
        var readAt = DateTime.UtcNow;
        var (files, unreadable) = CorpusFolder.Read(corpusDirectory, restrictedRules, stamps);
        stages ??= IngestStages.CreateDefault(log);
        var pipeline = new IngestPipeline(extractor is null ? stages : stages with { Extractor = extractor }, documents ?? new FileDocumentCache(indexDirectory), progress);
        var report = pipeline.Run(files, index.Writer, new FolderKnowledgeStorage(indexDirectory), force || index.WasRebuilt, log, findTopics);
        stamps.Save(indexDirectory, readAt);
        return report with { Failures = [.. unreadable, .. report.Failures] };
    }

    /// <summary>The topics of a run made without them (<see cref="Run(string, SearchIndex, string, bool, Action{IngestProgress}?, Action{string}, IReadOnlyList{string}?, ITextExtractor?, bool, IngestStages?, IDocumentCache?)"/>), saved beside the index.</summary>
    public static TopicSet FindTopics(string indexDirectory, IngestReport report, Action<string> log) =>
        TopicIndexing.Update(new FolderKnowledgeStorage(indexDirectory), report, IngestStages.CreateTopicFinder(log), log);
}

using NorPreM.Search;
using NorPreM.Core.Knowledge;

namespace NorPreM.Ingest.Pipeline;

/// <summary>
/// The host's ingest entry (CLI `ingest`, the web app's start-up): reads the corpus folder, runs the stages, updates
/// the index and writes the knowledge base and the topics (<see cref="TopicIndexing"/>) beside it. Files that cannot be
/// read are reported, never fatal; neither are topics that cannot be found.
/// </summary>
public static class CorpusIndexing
{
    /// <summary>Opens (or creates) the index in <paramref name="indexDirectory"/> and ingests into it.</summary>
    public static IngestReport Run(string corpusDirectory, string indexDirectory, bool force, Action<IngestProgress>? progress, Action<string> log)
    {
        using var index = SearchIndex.OpenOrCreate(indexDirectory);
        return Run(corpusDirectory, index, indexDirectory, force, progress, log);
    }

    /// <summary>Ingests into an index the caller keeps open (the web app searches it meanwhile).</summary>
    public static IngestReport Run(string corpusDirectory, SearchIndex index, string indexDirectory, bool force, Action<IngestProgress>? progress, Action<string> log)
    {
        var (files, unreadable) = CorpusFolder.Read(corpusDirectory);
        var stages = IngestStages.CreateDefault(log);
        var knowledgeMissing = KnowledgeStore.Load(indexDirectory) is null;
        var ingestor = new CorpusIngestor(stages, new FileDocumentCache(indexDirectory), progress);
        var report = ingestor.Run(files, index.Writer, force || index.WasRebuilt || knowledgeMissing);
        index.Writer.SetLearnedAcronyms(report.Knowledge.Organisations
            .Where(o => o.Acronym is not null)
            .Select(o => (o.Acronym!, o.Name))
            .ToList());
        index.Writer.Commit();
        KnowledgeStore.Save(indexDirectory, report.Knowledge);
        var topics = TopicIndexing.Update(indexDirectory, report.Knowledge, report.IndexedUnits,
            () => IndexUnitBuilder.Build(report.Knowledge, stages.Themes).Values.SelectMany(u => u).ToList(), stages.Topics, log);
        return report with { Failures = [.. unreadable, .. report.Failures], Topics = topics };
    }
}

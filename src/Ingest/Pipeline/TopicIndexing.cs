using NorPreM.Ingest.Topics;
using NorPreM.Core.Knowledge;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Pipeline;

/// <summary>
/// Keeps the stored topics in step with the index (the last step of <see cref="IngestPipeline.Run"/>, after the index
/// and the knowledge base are written). Topics are an extra: whatever goes wrong here is logged and recorded as a
/// Norwegian note in the topic set, and never fails ingestion.
/// </summary>
public static class TopicIndexing
{
    /// <summary>
    /// Stored topics found in at least this many pages are kept while the documents they were found in still make up
    /// at least 1 − <see cref="ReuseWhileChangedBelow"/> of the archive (and the archive at least as much of them):
    /// refitting a model of a few hundred sampled pages after a handful of new bundles costs seconds and changes little.
    /// Smaller archives are refitted on every change, which is cheap for them.
    /// </summary>
    public const int ReuseFromUnits = 300;

    /// <summary>Share of documents added or removed since the topics were found above which they are found again.</summary>
    public const double ReuseWhileChangedBelow = 0.1;

    /// <summary>
    /// Returns the topics of the current index: the stored ones when the index was left as it was and they were found
    /// in the same documents, else new ones from <paramref name="indexedUnits"/> (the units this run wrote) or, when
    /// the run wrote none, from <paramref name="currentUnits"/> (the units rebuilt from the knowledge base). New topics
    /// are saved. A large archive keeps its stored topics while few of its documents changed (<see cref="ReuseFromUnits"/>).
    /// </summary>
    public static TopicSet Update(
        IKnowledgeStorage storage,
        KnowledgeBase knowledge,
        IReadOnlyList<IndexUnit>? indexedUnits,
        Func<IReadOnlyList<IndexUnit>> currentUnits,
        ITopicFinder finder,
        Action<string> log)
    {
        var documentIds = knowledge.Documents.Select(d => d.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var stored = storage.LoadTopics(log);
        if (indexedUnits is null && stored is not null && stored.DocumentIds.SequenceEqual(documentIds, StringComparer.Ordinal))
        {
            return stored;
        }

        if (stored is not null && Reusable(stored, documentIds))
        {
            // Kept as found; pages of documents that left the archive are no longer offered as examples.
            var current = documentIds.ToHashSet(StringComparer.Ordinal);
            return stored with
            {
                Topics = stored.Topics.Select(t => t with { Units = t.Units.Where(u => current.Contains(u.DocumentId)).ToList() }).ToList(),
            };
        }

        TopicSet topics;
        try
        {
            topics = finder.Find(indexedUnits ?? currentUnits(), knowledge.People.Select(p => p.Name).ToList());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Deliberately broad: topics come from a native library and are not needed to search or browse.
            log($"Emnene kunne ikke beregnes: {e.Message}");
            topics = new TopicSet { Note = "Emnene kunne ikke beregnes ved siste indeksering." };
        }

        topics = topics with { DocumentIds = documentIds };
        try
        {
            storage.SaveTopics(topics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log($"Kunne ikke lagre emnene: {e.Message}");
        }

        return topics;
    }

    /// <summary>
    /// The topics of what a run made without them left (<see cref="IngestPipeline.Run"/> with <c>findTopics</c> off):
    /// the same step, taken after the host has published the run.
    /// </summary>
    public static TopicSet Update(IKnowledgeStorage storage, IngestReport report, ITopicFinder finder, Action<string> log) =>
        Update(storage, report.Knowledge, report.IndexedUnits, () => IndexUnitBuilder.Build(report.Knowledge).Values.SelectMany(u => u).ToList(), finder, log);

    private static bool Reusable(TopicSet stored, IReadOnlyList<string> documentIds)
    {
        if (stored.Note is not null || stored.Topics.Count == 0 || stored.UnitCount < ReuseFromUnits || documentIds.Count == 0)
        {
            return false;
        }

        var before = stored.DocumentIds.ToHashSet(StringComparer.Ordinal);
        var kept = documentIds.Count(before.Contains);
        var added = documentIds.Count - kept;
        var removed = before.Count - kept;
        return added < ReuseWhileChangedBelow * documentIds.Count && removed < ReuseWhileChangedBelow * before.Count;
    }
}

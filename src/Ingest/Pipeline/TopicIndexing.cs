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
    /// Returns the topics of the current index: the stored ones when the index was left as it was and they were found
    /// in the same documents, else new ones from <paramref name="indexedUnits"/> (the units this run wrote) or, when
    /// the run wrote none, from <paramref name="currentUnits"/> (the units rebuilt from the knowledge base). New topics
    /// are saved.
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
        if (indexedUnits is null && storage.LoadTopics(log) is { } stored && stored.DocumentIds.SequenceEqual(documentIds, StringComparer.Ordinal))
        {
            return stored;
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
}

using NorPreM.Core.Model;

namespace NorPreM.Web.Knowledge;

/// <summary>Where ingestion stands, shown on every page while it runs.</summary>
public enum IngestPhase
{
    /// <summary>Nothing has run yet.</summary>
    NotStarted,
    /// <summary>Ingestion is reading the corpus.</summary>
    Running,
    /// <summary>The last run finished.</summary>
    Ready,
    /// <summary>The last run failed; the previous knowledge (if any) is still served.</summary>
    Failed,
}

/// <summary>Progress of ingestion for the status line (Norwegian message for users).</summary>
public sealed record IngestStatus(IngestPhase Phase, string Message, int Done = 0, int Total = 0)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public DateTimeOffset? FinishedAt { get; init; }
}

/// <summary>
/// The web app's current knowledge: the latest published snapshot, the topics found with it and the ingestion status.
/// Readers take <see cref="Current"/> once per request; ingestion publishes a new snapshot when done.
/// </summary>
public sealed class KnowledgeState
{
    private volatile KnowledgeSnapshot current = KnowledgeSnapshot.Empty;
    private volatile IngestStatus status = new(IngestPhase.NotStarted, "");
    private volatile TopicSet? topics;

    public KnowledgeSnapshot Current => current;

    /// <summary>The unsupervised topics of the index, or null when none have been published (yet).</summary>
    public TopicSet? Topics => topics;

    public IngestStatus Status => status;

    public void Publish(KnowledgeBase knowledge) => current = new KnowledgeSnapshot(knowledge);

    public void Report(IngestStatus next) => status = next;

    public void PublishTopics(TopicSet? next) => topics = next;
}

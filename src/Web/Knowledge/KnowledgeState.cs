using NorPreM.Core.Model;
using NorPreM.Core.Privacy;
using NorPreM.Web.Access;

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
/// <remarks>
/// Two snapshots are published together: the whole knowledge base for staff and its public view
/// (<see cref="PublicKnowledge"/>: no restricted paper or trace of one, personal data masked) for everyone else.
/// <see cref="Current"/> picks by the caller (<see cref="AccessContext"/>), so every page and endpoint that reads the
/// knowledge base applies the same access rule without knowing of it.
/// </remarks>
public sealed class KnowledgeState(AccessContext? access = null)
{
    private volatile Snapshots current = new(KnowledgeSnapshot.Empty, KnowledgeSnapshot.Empty);
    private volatile IngestStatus status = new(IngestPhase.NotStarted, "");
    private volatile TopicSet? topics;

    private sealed record Snapshots(KnowledgeSnapshot Full, KnowledgeSnapshot Public);

    /// <summary>The knowledge the current caller may see: everything for staff, the public view otherwise.</summary>
    public KnowledgeSnapshot Current => access?.IsStaff == true ? current.Full : current.Public;

    /// <summary>The whole knowledge base whoever asks (staff views and the ingestion host only).</summary>
    public KnowledgeSnapshot Full => current.Full;

    /// <summary>The unsupervised topics of the index, or null when none have been published (yet).</summary>
    public TopicSet? Topics => topics;

    public IngestStatus Status => status;

    public void Publish(KnowledgeBase knowledge) =>
        current = new Snapshots(new KnowledgeSnapshot(knowledge), new KnowledgeSnapshot(PublicKnowledge.Of(knowledge)));

    public void Report(IngestStatus next) => status = next;

    public void PublishTopics(TopicSet? next) => topics = next;
}

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
    private volatile TopicPair topics = new(null, null);

    internal sealed record Snapshots(KnowledgeSnapshot Full, KnowledgeSnapshot Public);

    internal sealed record TopicPair(TopicSet? Full, TopicSet? Public);

    /// <summary>The knowledge the current caller may see: everything for staff, the public view otherwise.</summary>
    public KnowledgeSnapshot Current => access?.IsStaff == true ? current.Full : current.Public;

    /// <summary>The whole knowledge base whoever asks (staff views and the ingestion host only).</summary>
    public KnowledgeSnapshot Full => current.Full;

    /// <summary>
    /// The unsupervised topics the caller may see, or null when none have been published (yet). For anonymous callers
    /// the pages of restricted papers are gone, and so are topic words that no public paper contains.
    /// </summary>
    public TopicSet? Topics => access?.IsStaff == true ? topics.Full : topics.Public;

    /// <summary>The topics published with <see cref="Full"/>, whoever asks (the ingestion host only).</summary>
    public TopicSet? FullTopics => topics.Full;

    /// <summary>
    /// Where ingestion stands, as the caller may read it: staff see file names and warnings; anyone else a message
    /// without them (a file name, or a warning about a file, would name a restricted paper).
    /// </summary>
    public IngestStatus Status => access?.IsStaff == true ? status : PublicStatus(status);

    /// <summary>The knowledge base and its topics switch together: a reader never sees one without the other.</summary>
    public void Publish(KnowledgeBase knowledge, TopicSet? nextTopics) => Publish(Prepare(knowledge, nextTopics));

    /// <summary>
    /// A knowledge base and its topics made ready to publish (the snapshots and public views built), so that
    /// <see cref="Publish(Prepared)"/> is only a switch: the host prepares before it turns the searcher, then publishes.
    /// </summary>
    public sealed class Prepared
    {
        internal Prepared(KnowledgeBase knowledge, TopicSet? nextTopics)
        {
            var full = new KnowledgeSnapshot(knowledge);
            var open = new KnowledgeSnapshot(PublicKnowledge.Of(knowledge));
            Snapshots = new Snapshots(full, open);
            Topics = new TopicPair(nextTopics, PublicTopics.Of(nextTopics, knowledge, open.Base));
        }

        internal Snapshots Snapshots { get; }

        internal TopicPair Topics { get; }
    }

    public static Prepared Prepare(KnowledgeBase knowledge, TopicSet? nextTopics) => new(knowledge, nextTopics);

    public void Publish(Prepared prepared)
    {
        topics = prepared.Topics;
        current = prepared.Snapshots;
        Interlocked.Increment(ref version);
    }

    private long version;

    /// <summary>Counts the knowledge bases published; answers kept for an older one are stale (<c>SearchResultCache</c>).</summary>
    public long Version => Interlocked.Read(ref version);

    public void Publish(KnowledgeBase knowledge) => Publish(knowledge, topics.Full);

    public void Report(IngestStatus next) => status = next;

    /// <summary>The number of corpus changes (<c>CorpusChanges.Requested</c>) the published version had seen when its run began.</summary>
    public long Generation { get; set; }

    /// <summary>
    /// True while the topics of the published knowledge base are still being found (in the background, after the switch);
    /// meanwhile the previous topics are shown, less the pages that are gone.
    /// </summary>
    public bool TopicsPending { get; set; }

    public void PublishTopics(TopicSet? next) => topics = new TopicPair(next, PublicTopics.Of(next, current.Full.Base, current.Public.Base));

    private static IngestStatus PublicStatus(IngestStatus s) => s.Phase switch
    {
        IngestPhase.Running => new IngestStatus(IngestPhase.Running, s.Total > 0 ? $"Indekserer dokumentene ({s.Done} av {s.Total}) …" : "Indekserer dokumentene …", s.Done, s.Total)
        {
            FinishedAt = s.FinishedAt,
        },
        IngestPhase.Failed => new IngestStatus(IngestPhase.Failed, "Indekseringen feilet; det forrige innholdet vises.") { FinishedAt = s.FinishedAt },
        IngestPhase.Ready => new IngestStatus(IngestPhase.Ready, "Kunnskapsbasen er oppdatert.") { FinishedAt = s.FinishedAt },
        _ => s with { Warnings = [] },
    };
}

/// <summary>The topics an anonymous user may see: no page of a restricted paper, no word only restricted papers hold.</summary>
public static class PublicTopics
{
    public static TopicSet? Of(TopicSet? topics, KnowledgeBase full, KnowledgeBase open)
    {
        if (topics is null)
        {
            return null;
        }

        var restricted = full.Documents.Where(d => d.Restricted).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        if (restricted.Count == 0)
        {
            return topics;
        }

        var words = open.Documents.SelectMany(d => d.Pages)
            .SelectMany(p => System.Text.RegularExpressions.Regex.Split(p.Text.ToLowerInvariant(), @"\W+"))
            .Where(w => w.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        bool Public(string word) => word.Split(' ').All(part => words.Contains(part.ToLowerInvariant()) || words.Any(w => w.StartsWith(part, StringComparison.OrdinalIgnoreCase)));

        return topics with
        {
            DocumentIds = topics.DocumentIds.Where(id => !restricted.Contains(id)).ToList(),
            CommonWords = topics.CommonWords.Where(Public).ToList(),
            Topics = topics.Topics
                .Select(t => t with { Words = t.Words.Where(w => Public(w.Word)).ToList(), Units = t.Units.Where(u => !restricted.Contains(u.DocumentId)).ToList() })
                .Where(t => t.Units.Count > 0 && t.Words.Count > 0)
                .ToList(),
        };
    }
}

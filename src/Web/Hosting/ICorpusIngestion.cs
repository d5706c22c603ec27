using NorPreM.Ingest.Pipeline;
using NorPreM.Core.Model;

namespace NorPreM.Web.Hosting;

/// <summary>What ingestion produced: the knowledge base and the problems met (e.g. skipped PDFs, by name).</summary>
public sealed record IngestOutcome(KnowledgeBase Knowledge, IReadOnlyList<string> Warnings, bool Changed)
{
    /// <summary>The unsupervised topics of the index (<see cref="TopicSet"/>), or null when there are none to show.</summary>
    public TopicSet? Topics { get; init; }

    /// <summary>
    /// When the run left its topics to be found after it is published: finds (or reuses) and saves them. The host calls
    /// it in the background once the index and knowledge base of the run are live; null when <see cref="Topics"/> is final.
    /// </summary>
    public Func<TopicSet?>? FindTopics { get; init; }
}

/// <summary>
/// The web host's port to the ingestion pipeline: load what the last run persisted, and bring the index and
/// knowledge base up to date with the corpus folder. Kept as a port so tests can run the app on fixed knowledge.
/// </summary>
public interface ICorpusIngestion
{
    /// <summary>The knowledge base persisted by the last run, or null when there is none (or it is stale).</summary>
    KnowledgeBase? LoadExisting();

    /// <summary>The topics persisted by the last run, or null when there are none (absent, damaged or stale: never throws).</summary>
    TopicSet? LoadTopics();

    /// <summary>Ingests the corpus if it changed since the last run; otherwise returns the existing knowledge.</summary>
    IngestOutcome Run(Action<IngestProgress> progress, CancellationToken cancellationToken);
}

using NorPreM.Core.Model;

namespace NorPreM.Core.Knowledge;

/// <summary>
/// Where the pipeline keeps the knowledge base and the topics between runs. The host chooses the place (the index
/// folder: <see cref="FolderKnowledgeStorage"/>); tests and benchmarks keep them in memory.
/// </summary>
public interface IKnowledgeStorage
{
    /// <summary>The stored knowledge base, or null when absent, unreadable or of another format version.</summary>
    KnowledgeBase? LoadKnowledge();

    void SaveKnowledge(KnowledgeBase knowledge);

    /// <summary>The stored topics, or null when absent or unusable (<paramref name="warn"/> says why).</summary>
    TopicSet? LoadTopics(Action<string> warn);

    void SaveTopics(TopicSet topics);
}

/// <summary><c>knowledge.json</c> and <c>topics.json</c> beside the index (<see cref="KnowledgeStore"/>, <see cref="TopicStore"/>).</summary>
public sealed class FolderKnowledgeStorage(string indexDirectory) : IKnowledgeStorage
{
    public string Directory { get; } = indexDirectory;

    public KnowledgeBase? LoadKnowledge() => KnowledgeStore.Load(Directory);

    public void SaveKnowledge(KnowledgeBase knowledge) => KnowledgeStore.Save(Directory, knowledge);

    public TopicSet? LoadTopics(Action<string> warn) => TopicStore.Load(Directory, warn);

    public void SaveTopics(TopicSet topics) => TopicStore.Save(Directory, topics);
}

/// <summary>Knowledge and topics held in memory, for tests, benchmarks and in-memory indexes.</summary>
public sealed class MemoryKnowledgeStorage : IKnowledgeStorage
{
    public KnowledgeBase? Knowledge { get; private set; }

    public TopicSet? Topics { get; private set; }

    public KnowledgeBase? LoadKnowledge() => Knowledge;

    public void SaveKnowledge(KnowledgeBase knowledge) => Knowledge = knowledge;

    public TopicSet? LoadTopics(Action<string> warn) => Topics;

    public void SaveTopics(TopicSet topics) => Topics = topics;
}

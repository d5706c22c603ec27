using NorPreM.Core.Model;

namespace NorPreM.Ingest.Topics;

/// <summary>
/// Topics stage: finds unsupervised topics in the indexed units and compares each with the taxonomy themes its
/// representative units carry. Never throws for content it cannot use: the <see cref="TopicSet.Note"/> says why.
/// </summary>
public interface ITopicFinder
{
    /// <param name="units">The indexed units.</param>
    /// <param name="personNames">Names of the people the knowledge base knows; their words are not topic words.</param>
    TopicSet Find(IReadOnlyList<IndexUnit> units, IReadOnlyCollection<string> personNames);
}

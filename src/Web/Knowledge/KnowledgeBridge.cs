using NorPreM.Core.Model;

namespace NorPreM.Web.Knowledge;

/// <summary>
/// What is published while the searcher switches from one version of the archive to the next, so that no hit of either
/// version points to a page that is not there: every document, case and meeting of the new knowledge base and those of
/// the old one that the new one has not, with a paper that becomes restricted kept as it was (public) until the searcher
/// no longer lists it. Also the topics that may stay shown with a knowledge base: none of their pages of documents it lacks.
/// </summary>
public static class KnowledgeBridge
{
    /// <summary>The knowledge base of both versions, or null when <paramref name="next"/> alone serves every hit of both.</summary>
    public static KnowledgeBase? Of(KnowledgeBase before, KnowledgeBase next)
    {
        var old = before.Documents.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var ids = next.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var changed = false;

        var documents = next.Documents.Select(d =>
        {
            if (d.Restricted && old.TryGetValue(d.Id, out var was) && !was.Restricted)
            {
                changed = true;
                return was;
            }

            return d;
        }).ToList();
        var leaving = before.Documents.Where(d => !ids.Contains(d.Id)).ToList();

        var numbers = next.Cases.Select(c => c.Number).ToHashSet(StringComparer.Ordinal);
        var oldCases = before.Cases.Where(c => !numbers.Contains(c.Number)).ToList();

        static string MeetingKey(MeetingRecord m) => m.Council + "\n" + m.Number;
        var meetings = next.Meetings.Select(MeetingKey).ToHashSet(StringComparer.Ordinal);
        var oldMeetings = before.Meetings.Where(m => !meetings.Contains(MeetingKey(m))).ToList();

        if (!changed && leaving.Count == 0 && oldCases.Count == 0 && oldMeetings.Count == 0)
        {
            return null;
        }

        return next with
        {
            Documents = [.. documents, .. leaving],
            Cases = [.. next.Cases, .. oldCases],
            Meetings = [.. next.Meetings, .. oldMeetings],
        };
    }

    /// <summary><paramref name="topics"/> without the pages of documents <paramref name="knowledge"/> does not hold (topics left without pages go).</summary>
    public static TopicSet? TopicsWithin(TopicSet? topics, KnowledgeBase knowledge)
    {
        if (topics is null)
        {
            return null;
        }

        var ids = knowledge.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return topics with
        {
            DocumentIds = topics.DocumentIds.Where(ids.Contains).ToList(),
            Topics = topics.Topics
                .Select(t => t with { Units = t.Units.Where(u => ids.Contains(u.DocumentId)).ToList() })
                .Where(t => t.Units.Count > 0)
                .ToList(),
        };
    }
}

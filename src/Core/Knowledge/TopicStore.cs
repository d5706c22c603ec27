using System.Text.Json;
using NorPreM.Core.Model;
using NorPreM.Core.Serialization;

namespace NorPreM.Core.Knowledge;

/// <summary>
/// Persists the <see cref="TopicSet"/> found at ingest as <c>topics.json</c> beside the index, the way
/// <see cref="KnowledgeStore"/> keeps the knowledge base: written to a temporary file and moved into place. Topics are
/// an extra: a missing file reads as absent, and a damaged file or one of another format version reads as absent
/// with a warning, so the host recomputes them or shows that there are none, and never stops.
/// </summary>
public static class TopicStore
{
    public const string FileName = "topics.json";

    public static void Save(string indexDirectory, TopicSet topics)
    {
        AtomicJsonFile.Write(indexDirectory, FileName, topics, JsonDefaults.Indented);
    }

    /// <summary>
    /// Reads the topics, or null when the file is absent, unreadable, damaged or of another format version;
    /// <paramref name="warn"/> hears why (Norwegian) in all but the first case.
    /// </summary>
    public static TopicSet? Load(string indexDirectory, Action<string>? warn = null)
    {
        var path = Path.Combine(indexDirectory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            var topics = JsonSerializer.Deserialize<TopicSet>(stream, JsonDefaults.Compact);
            if (topics is null || !IsComplete(topics))
            {
                warn?.Invoke($"Emnefilen {path} er ufullstendig og brukes ikke; emnene beregnes på nytt ved neste indeksering.");
                return null;
            }

            if (topics.FormatVersion != TopicSet.CurrentFormatVersion)
            {
                warn?.Invoke($"Emnefilen {path} har en annen versjon ({topics.FormatVersion}) og brukes ikke; emnene beregnes på nytt ved neste indeksering.");
                return null;
            }

            return topics;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            warn?.Invoke($"Emnefilen {path} kan ikke leses ({e.Message}); emnene beregnes på nytt ved neste indeksering.");
            return null;
        }
    }

    /// <summary>False when a list is missing (JSON null), so a hand-edited or truncated-then-repaired file cannot crash a reader.</summary>
    private static bool IsComplete(TopicSet topics) =>
        topics.Topics is not null && topics.DocumentIds is not null && topics.CommonWords is not null &&
        topics.Topics.All(t => t is not null && t.Words is not null && t.Units is not null && t.Themes is not null &&
            t.Units.All(u => u is not null && u.Themes is not null));
}

using System.Text.Json;
using NorPreM.Core.Model;
using NorPreM.Core.Serialization;

namespace NorPreM.Core.Knowledge;

/// <summary>
/// Persists the <see cref="KnowledgeBase"/> as <c>knowledge.json</c> beside the index. Written to a temporary file
/// and moved into place, so a crash never leaves half a file; a file of another format version reads as absent
/// (the host then re-ingests).
/// </summary>
public static class KnowledgeStore
{
    public const string FileName = "knowledge.json";

    public static void Save(string indexDirectory, KnowledgeBase knowledge)
    {
        AtomicJsonFile.Write(indexDirectory, FileName, knowledge, JsonDefaults.Compact);
    }

    /// <summary>Reads the knowledge base, or null when absent, unreadable or of another format version.</summary>
    public static KnowledgeBase? Load(string indexDirectory)
    {
        var path = Path.Combine(indexDirectory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            var kb = JsonSerializer.Deserialize<KnowledgeBase>(stream, JsonDefaults.Compact);
            return kb is { FormatVersion: KnowledgeBase.CurrentFormatVersion } ? kb : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

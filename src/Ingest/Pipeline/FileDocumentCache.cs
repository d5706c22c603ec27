using System.Text.Json;
using NorPreM.Ingest.Structure;
using NorPreM.Core.Serialization;

namespace NorPreM.Ingest.Pipeline;

/// <summary>
/// Caches each parsed document as JSON under <c>{indexDir}/documents/{build}/</c>. The folder is keyed by this
/// build of the ingest code, so a changed parser or repairer never serves stale results. Every parse is also kept in the
/// build-independent <see cref="LastGoodStore"/>, the fallback for a file that can no longer be read.
/// </summary>
public sealed class FileDocumentCache : IDocumentCache
{
    private readonly string _folder;
    private readonly LastGoodStore _lastGood;

    public FileDocumentCache(string indexDirectory)
    {
        var build = typeof(FileDocumentCache).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
        _folder = Path.Combine(indexDirectory, "documents", build);
        _lastGood = new LastGoodStore(indexDirectory);
    }

    /// <summary>This build's parse, else the last good one of any build.</summary>
    public bool TryGetLastGood(string documentId, out StructuredDocument document) =>
        TryGet(documentId, out document) || _lastGood.TryGetRecord(documentId, out document);

    public bool TryGet(string documentId, out StructuredDocument document)
    {
        document = null!;
        var path = Path.Combine(_folder, documentId + ".json");
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var stream = File.OpenRead(path);
            var read = JsonSerializer.Deserialize<StructuredDocument>(stream, JsonDefaults.Compact);
            if (read is null)
            {
                return false;
            }

            document = read;
            return true;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return false;
        }
    }

    public void Put(StructuredDocument document)
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, document.Document.Id + ".json");
        var temp = path + ".tmp";
        using (var stream = File.Create(temp))
        {
            JsonSerializer.Serialize(stream, document, JsonDefaults.Compact);
        }

        File.Move(temp, path, overwrite: true);
        _lastGood.PutRecord(document);
    }
}

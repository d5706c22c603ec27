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

/// <summary>
/// Keeps the parsed documents of the last run in memory in front of another cache (the folder cache), for a host that
/// ingests again and again (the web app on every corpus change): a run then reads from disk only what changed, not the
/// JSON of every document in the archive. <see cref="KeepOnly"/> lets go of documents no longer in the archive.
/// </summary>
public sealed class RememberingDocumentCache(IDocumentCache inner) : IDocumentCache
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, StructuredDocument> _documents = new(StringComparer.Ordinal);

    public bool TryGet(string documentId, out StructuredDocument document)
    {
        if (_documents.TryGetValue(documentId, out document!))
        {
            return true;
        }

        if (!inner.TryGet(documentId, out document))
        {
            return false;
        }

        _documents[documentId] = document;
        return true;
    }

    public void Put(StructuredDocument document)
    {
        inner.Put(document);
        _documents[document.Document.Id] = document;
    }

    public bool TryGetLastGood(string documentId, out StructuredDocument document) =>
        TryGet(documentId, out document) || inner.TryGetLastGood(documentId, out document);

    /// <summary>Forgets (in memory only) every document but <paramref name="documentIds"/>.</summary>
    public void KeepOnly(IReadOnlySet<string> documentIds)
    {
        foreach (var id in _documents.Keys.Where(id => !documentIds.Contains(id)).ToList())
        {
            _documents.TryRemove(id, out _);
        }
    }
}

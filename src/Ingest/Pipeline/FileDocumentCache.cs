using System.Text.Json;
using NorPreM.Ingest.Structure;
using NorPreM.Core.Serialization;

namespace NorPreM.Ingest.Pipeline;

/// <summary>
/// Caches each parsed document as JSON under <c>{indexDir}/documents/{build}/</c>. The folder is keyed by this
/// build of the ingest code, so a changed parser or repairer never serves stale results.
/// </summary>
public sealed class FileDocumentCache : IDocumentCache
{
    private readonly string _folder;

    public FileDocumentCache(string indexDirectory)
    {
        var build = typeof(FileDocumentCache).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
        _folder = Path.Combine(indexDirectory, "documents", build);
    }

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
    }
}

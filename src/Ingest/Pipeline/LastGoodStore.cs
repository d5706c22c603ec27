using System.Text.Json;
using NorPreM.Core.Model;
using NorPreM.Core.Serialization;
using NorPreM.Ingest.Structure;

namespace NorPreM.Ingest.Pipeline;

/// <summary>
/// The last good version of every indexed document, content-addressed by its document id (the SHA-256 of its bytes):
/// the PDF bytes (<c>{indexDir}/store/pdf/{id}.pdf</c>) and the parsed record (<c>{indexDir}/store/records/{id}.json</c>).
/// Unlike <see cref="FileDocumentCache"/> it is not keyed by the build, so it survives upgrades: a document whose file
/// was replaced by a corrupt copy keeps its text, its pages and a downloadable PDF. A withdrawn or removed document is
/// purged from it (and from the cache) by <see cref="Purge"/>.
/// </summary>
public sealed class LastGoodStore(string indexDirectory)
{
    private readonly string pdfs = Path.Combine(indexDirectory, "store", "pdf");
    private readonly string records = Path.Combine(indexDirectory, "store", "records");

    /// <summary>The stored PDF of a document, or null.</summary>
    public string? PdfPath(string documentId)
    {
        var path = Path.Combine(pdfs, documentId + ".pdf");
        return IsId(documentId) && File.Exists(path) ? path : null;
    }

    /// <summary>Keeps the PDF bytes of a document when they are what its id says (the file may have changed since).</summary>
    public void PutPdf(string documentId, ReadOnlySpan<byte> content)
    {
        if (!IsId(documentId) || File.Exists(Path.Combine(pdfs, documentId + ".pdf")) || DocumentIds.Of(content) != documentId)
        {
            return;
        }

        Directory.CreateDirectory(pdfs);
        Write(Path.Combine(pdfs, documentId + ".pdf"), content);
    }

    public void PutRecord(StructuredDocument document)
    {
        Directory.CreateDirectory(records);
        using var buffer = new MemoryStream();
        JsonSerializer.Serialize(buffer, document, JsonDefaults.Compact);
        Write(Path.Combine(records, document.Document.Id + ".json"), buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public bool TryGetRecord(string documentId, out StructuredDocument document)
    {
        document = null!;
        var path = Path.Combine(records, documentId + ".json");
        if (!IsId(documentId) || !File.Exists(path))
        {
            return false;
        }

        try
        {
            using var stream = File.OpenRead(path);
            document = JsonSerializer.Deserialize<StructuredDocument>(stream, JsonDefaults.Compact)!;
            return document is not null;
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Deletes every stored PDF and record, and every cached parse of any build, of documents not in <paramref name="keep"/>.</summary>
    public int Purge(IReadOnlySet<string> keep, string cacheFolder)
    {
        var removed = 0;
        foreach (var folder in new[] { pdfs, records }.Concat(Directory.Exists(cacheFolder) ? Directory.GetDirectories(cacheFolder) : []))
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var id = Path.GetFileName(file).Split('.')[0];
                if (!keep.Contains(id))
                {
                    File.Delete(file);
                    removed++;
                }
            }
        }

        return removed;
    }

    private static bool IsId(string id) => id.Length is >= 8 and <= 64 && id.All(Uri.IsHexDigit);

    private static void Write(string path, ReadOnlySpan<byte> content)
    {
        var temp = path + ".tmp";
        using (var stream = File.Create(temp))
        {
            stream.Write(content);
        }

        File.Move(temp, path, overwrite: true);
    }
}

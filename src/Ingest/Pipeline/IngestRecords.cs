using NorPreM.Ingest.Structure;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Pipeline;

/// <summary>A corpus file handed to the ingestor by the host (which did the reading).</summary>
public sealed record CorpusFile(string FileName, ReadOnlyMemory<byte> Content)
{
    /// <summary>When the file was last written, if the host knows; of two identical files the older one is kept.</summary>
    public DateTime? LastWriteUtc { get; init; }
    /// <summary>
    /// The content id (<see cref="DocumentIds"/>) when the host already knows it (<see cref="CorpusStamps"/>: the file's
    /// stamp is unchanged since it was hashed); null makes the pipeline hash the content.
    /// </summary>
    public string? Id { get; init; }
    /// <summary>The archive's restriction of the file (sidecar or rule, see <see cref="AccessSidecar"/>); null when public.</summary>
    public DocumentAccess? Access { get; init; }
}

/// <summary>A step of ingestion, for progress display.</summary>
public sealed record IngestProgress(int Current, int Total, string FileName, string Message);

/// <summary>A file that could not be ingested, and why (Norwegian, for users).</summary>
public sealed record IngestFailure(string FileName, string Reason);

/// <summary>A file skipped because another corpus file has the same content (the same document id).</summary>
public sealed record IngestDuplicate(string FileName, string SameAs)
{
    /// <summary>The warning shown to users (Norwegian).</summary>
    public string Message => $"{FileName} har samme innhold som {SameAs}; hoppet over";
}

/// <summary>What an ingest run did. <see cref="Units"/> is what the index holds after the run.</summary>
public sealed record IngestReport(
    int Files,
    int Processed,
    int Unchanged,
    int Removed,
    int Pages,
    int Units,
    IReadOnlyList<IngestFailure> Failures,
    TimeSpan Elapsed,
    KnowledgeBase Knowledge)
{
    /// <summary>Files whose content was indexed before under another name; they take the new name.</summary>
    public int Renamed { get; init; }

    /// <summary>Files skipped because another file has the same content.</summary>
    public IReadOnlyList<IngestDuplicate> Duplicates { get; init; } = [];

    /// <summary>
    /// Every unit the index holds after a run that changed it (the documents it rewrote and those it left as they were);
    /// null when the index was left as it was.
    /// </summary>
    public IReadOnlyList<IndexUnit>? IndexedUnits { get; init; }

    /// <summary>Documents whose units this run wrote (the others' units were already in the index as they are).</summary>
    public int ReplacedDocuments { get; init; }

    /// <summary>
    /// Time per step of the run (Norwegian step names: les, and of that, summed over the files read, uttrekk, ocr, struktur;
    /// then lenk, tema, indekser, commit, lagre), for logs and measurements.
    /// </summary>
    public IReadOnlyList<(string Step, TimeSpan Took)> Timings { get; init; } = [];

    /// <summary>The unsupervised topics of the indexed corpus (set by <see cref="CorpusIndexing"/>), or null.</summary>
    public TopicSet? Topics { get; init; }
}

/// <summary>Per-document cache of parsed documents, so unchanged files are not extracted and OCR'd again.</summary>
public interface IDocumentCache
{
    bool TryGet(string documentId, out StructuredDocument document);
    void Put(StructuredDocument document);

    /// <summary>The last good parse of a document whose file can no longer be read (of any build, where kept).</summary>
    bool TryGetLastGood(string documentId, out StructuredDocument document) => TryGet(documentId, out document);
}

/// <summary>No cache: every file is read again (benchmarks, tests and one-off runs).</summary>
public sealed class NoDocumentCache : IDocumentCache
{
    public bool TryGet(string documentId, out StructuredDocument document)
    {
        document = null!;
        return false;
    }

    public void Put(StructuredDocument document)
    {
    }
}

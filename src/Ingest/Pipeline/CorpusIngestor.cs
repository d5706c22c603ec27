using System.Diagnostics;
using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Themes;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Pipeline;

/// <summary>A corpus file handed to the ingestor by the host (which did the reading).</summary>
public sealed record CorpusFile(string FileName, ReadOnlyMemory<byte> Content)
{
    /// <summary>When the file was last written, if the host knows; of two identical files the older one is kept.</summary>
    public DateTime? LastWriteUtc { get; init; }
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

    /// <summary>The units written to the index by this run; null when the index was left as it was.</summary>
    public IReadOnlyList<IndexUnit>? IndexedUnits { get; init; }

    /// <summary>The unsupervised topics of the indexed corpus (set by <see cref="CorpusIndexing"/>), or null.</summary>
    public TopicSet? Topics { get; init; }
}

/// <summary>Per-document cache of parsed documents, so unchanged files are not extracted and OCR'd again.</summary>
public interface IDocumentCache
{
    bool TryGet(string documentId, out StructuredDocument document);
    void Put(StructuredDocument document);
}

/// <summary>
/// Runs the ingest stages over a corpus and brings the index and knowledge base up to date. Changed or new files are
/// processed; unchanged files come from the cache; files gone from the corpus are removed. A document is identified by
/// its content, so a renamed file keeps its id and takes its new name, and of several files with the same content
/// only one is indexed (the one the index already has, otherwise the oldest) and the others are reported as
/// duplicates. A file that cannot be read is reported by name and skipped, and whatever the index already held for
/// that file name is kept.
/// </summary>
public sealed class CorpusIngestor(IngestStages stages, IDocumentCache cache, Action<IngestProgress>? progress = null)
{
    public IngestReport Run(IReadOnlyList<CorpusFile> files, IIndexWriterService writer, bool force = false)
    {
        var clock = Stopwatch.StartNew();
        var indexed = writer.IndexedDocuments();
        var failures = new List<IngestFailure>();
        var duplicates = new List<IngestDuplicate>();
        var structured = new List<StructuredDocument>();
        var processed = 0;
        var unchanged = 0;
        var renamed = 0;
        var keep = new HashSet<string>(StringComparer.Ordinal);
        var ids = files.Select(f => PdfPigTextExtractor.DocumentIdFor(f.Content.Span)).ToList();
        var owners = Owners(files, ids, indexed);

        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var id = ids[i];
            var owner = files[owners[id]];
            if (!ReferenceEquals(owner, file))
            {
                var duplicate = new IngestDuplicate(file.FileName, owner.FileName);
                duplicates.Add(duplicate);
                Report(i, files.Count, file.FileName, $"har samme innhold som {owner.FileName}; hoppet over");
                continue;
            }

            if (!force && indexed.TryGetValue(id, out var indexedName) && cache.TryGet(id, out var cached))
            {
                var moved = indexedName != file.FileName;
                var current = WithFileName(cached, file.FileName);
                if (!ReferenceEquals(current, cached))
                {
                    cache.Put(current);
                }

                structured.Add(current);
                keep.Add(id);
                if (moved)
                {
                    renamed++;
                    Report(i, files.Count, file.FileName, $"uendret innhold, nytt navn (før {indexedName})");
                }
                else
                {
                    unchanged++;
                    Report(i, files.Count, file.FileName, "uendret");
                }

                continue;
            }

            try
            {
                Report(i, files.Count, file.FileName, "leser tekst");
                var extracted = stages.Extractor.Extract(file.Content, file.FileName);
                Report(i, files.Count, file.FileName, $"{Bokmal.Pages(extracted.Pages.Count)}; sjekker OCR-kvalitet");
                var repaired = stages.Repairer.Repair(extracted, file.Content);
                Report(i, files.Count, file.FileName, "finner saker, møter og vedtak");
                var parsed = stages.Parser.Parse(repaired);
                cache.Put(parsed);
                structured.Add(parsed);
                keep.Add(id);
                processed++;
            }
            catch (PdfReadException e)
            {
                failures.Add(new IngestFailure(file.FileName, e.Reason));
                Report(i, files.Count, file.FileName, $"HOPPET OVER: {e.Reason}");
                // Keep what the index already has under this file name: a damaged copy must not erase a good one
                // (unless another file still has that content and stands for it).
                foreach (var (docId, name) in indexed)
                {
                    if (name == file.FileName && !owners.ContainsKey(docId) && cache.TryGet(docId, out var previous))
                    {
                        structured.Add(WithFileName(previous, file.FileName));
                        keep.Add(docId);
                    }
                }
            }
        }

        var removed = indexed.Keys.Where(id => !keep.Contains(id)).ToList();
        var knowledge = stages.Linker.Link(structured);
        knowledge = ApplyThemes(knowledge);
        List<IndexUnit>? indexedUnits = null;
        if (processed > 0 || renamed > 0 || removed.Count > 0 || force)
        {
            foreach (var id in removed)
            {
                writer.DeleteDocument(id);
            }

            // Case units draw on several documents (a proposal here, its decision in other minutes), so every
            // document's units are rebuilt whenever anything changed.
            var byDocument = IndexUnitBuilder.Build(knowledge, stages.Themes);
            indexedUnits = [];
            foreach (var (docId, docUnits) in byDocument)
            {
                writer.ReplaceDocument(docId, docUnits);
                indexedUnits.AddRange(docUnits);
            }

            writer.Commit();
        }

        return new IngestReport(files.Count, processed, unchanged, removed.Count, knowledge.Documents.Sum(d => d.PageCount), writer.UnitCount(), failures,
            clock.Elapsed, knowledge)
        {
            Renamed = renamed,
            Duplicates = duplicates,
            IndexedUnits = indexedUnits,
        };
    }

    /// <summary>
    /// For each document id, the index of the file that stands for it: the file whose name the index already has for
    /// that content, otherwise the oldest (by last write, when known), then the first in corpus order.
    /// </summary>
    private static Dictionary<string, int> Owners(IReadOnlyList<CorpusFile> files, IReadOnlyList<string> ids, IReadOnlyDictionary<string, string> indexed) =>
        Enumerable.Range(0, files.Count)
            .GroupBy(i => ids[i], StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(i => indexed.TryGetValue(g.Key, out var name) && name == files[i].FileName ? 0 : 1)
                    .ThenBy(i => files[i].LastWriteUtc ?? DateTime.MaxValue)
                    .ThenBy(i => i)
                    .First(),
                StringComparer.Ordinal);

    /// <summary>
    /// A cached document under the file's current name. A title that was only the old file name follows the rename.
    /// </summary>
    private static StructuredDocument WithFileName(StructuredDocument document, string fileName)
    {
        var record = document.Document;
        if (record.FileName == fileName)
        {
            return document;
        }

        var title = record.Title == Path.GetFileNameWithoutExtension(record.FileName) ? Path.GetFileNameWithoutExtension(fileName) : record.Title;
        return document with { Document = record with { FileName = fileName, Title = title } };
    }

    /// <summary>
    /// Classifies each case on its own text together with its attachments in the bundle (a case paper is often a
    /// short cover note; the theme is in the attached letter or plan).
    /// </summary>
    private KnowledgeBase ApplyThemes(KnowledgeBase kb) => kb with
    {
        Cases = kb.Cases.Select(c => c with { Themes = stages.Themes.ClassifyCase(IndexUnitBuilder.CaseText(c), AttachmentTexts(kb, c), c.Title) }).ToList(),
    };

    private static IEnumerable<string> AttachmentTexts(KnowledgeBase kb, CaseRecord c) =>
        kb.Documents
            .Where(d => d.Id == c.DocumentId)
            .SelectMany(d => d.Parts
                .Where(p => p.CaseNumber == c.Number && p.DocumentType != DocumentTypes.CasePaper && p.DocumentType != DocumentTypes.Minutes)
                .SelectMany(p => d.Pages.Where(pg => pg.Number >= p.FirstPage && pg.Number <= p.LastPage).Select(pg => pg.Text)));

    private void Report(int index, int total, string file, string message) =>
        progress?.Invoke(new IngestProgress(index + 1, total, file, message));
}

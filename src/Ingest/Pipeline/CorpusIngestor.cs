using System.Diagnostics;
using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Themes;
using NorPreM.Search.Model;

namespace NorPreM.Ingest.Pipeline;

/// <summary>A corpus file handed to the ingestor by the host (which did the reading).</summary>
public sealed record CorpusFile(string FileName, ReadOnlyMemory<byte> Content);

/// <summary>A step of ingestion, for progress display.</summary>
public sealed record IngestProgress(int Current, int Total, string FileName, string Message);

/// <summary>A file that could not be ingested, and why (Norwegian, for users).</summary>
public sealed record IngestFailure(string FileName, string Reason);

/// <summary>What an ingest run did.</summary>
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
/// processed; unchanged files come from the cache; files gone from the corpus are removed. A file that cannot be read
/// is reported by name and skipped, and whatever the index already held for that file name is kept.
/// </summary>
public sealed class CorpusIngestor(IngestStages stages, IDocumentCache cache, Action<IngestProgress>? progress = null)
{
    public IngestReport Run(IReadOnlyList<CorpusFile> files, IIndexWriterService writer, bool force = false)
    {
        var clock = Stopwatch.StartNew();
        var indexed = writer.IndexedDocuments();
        var failures = new List<IngestFailure>();
        var structured = new List<StructuredDocument>();
        var processed = 0;
        var unchanged = 0;
        var keep = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var id = PdfPigTextExtractor.DocumentIdFor(file.Content.Span);
            if (!force && indexed.ContainsKey(id) && cache.TryGet(id, out var cached))
            {
                unchanged++;
                structured.Add(cached);
                keep.Add(id);
                Report(i, files.Count, file.FileName, "uendret");
                continue;
            }

            try
            {
                Report(i, files.Count, file.FileName, "leser tekst");
                var extracted = stages.Extractor.Extract(file.Content, file.FileName);
                Report(i, files.Count, file.FileName, $"{extracted.Pages.Count} sider; sjekker OCR-kvalitet");
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
                // Keep what the index already has under this file name: a damaged copy must not erase a good one.
                foreach (var (docId, name) in indexed)
                {
                    if (name == file.FileName && cache.TryGet(docId, out var previous))
                    {
                        structured.Add(previous);
                        keep.Add(docId);
                    }
                }
            }
        }

        var removed = indexed.Keys.Where(id => !keep.Contains(id)).ToList();
        var knowledge = stages.Linker.Link(structured);
        knowledge = ApplyThemes(knowledge);
        var units = 0;
        List<IndexUnit>? indexedUnits = null;
        if (processed > 0 || removed.Count > 0 || force)
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
                units += docUnits.Count;
                indexedUnits.AddRange(docUnits);
            }

            writer.Commit();
        }

        return new IngestReport(files.Count, processed, unchanged, removed.Count, knowledge.Documents.Sum(d => d.PageCount), units, failures,
            clock.Elapsed, knowledge)
        {
            IndexedUnits = indexedUnits,
        };
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

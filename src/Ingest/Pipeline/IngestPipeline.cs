using System.Diagnostics;
using NorPreM.Core.Knowledge;
using NorPreM.Core.Model;
using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Structure;

namespace NorPreM.Ingest.Pipeline;

/// <summary>
/// The ingest pipeline, the one sequence every host runs (CLI `ingest`, the web app, the benchmark, the test
/// fixtures): extract → repair OCR → parse structure (per file) → link → classify themes → project to index units →
/// index → one commit → persist the knowledge base → topics. The stages themselves come from <see cref="IngestStages"/>.
/// Changed or new files are read; unchanged files come from the cache; files gone from the corpus are removed. A
/// document is identified by its content, so a renamed file keeps its id and takes its new name, and of several files
/// with the same content only one is indexed (the one the index already has, otherwise the oldest) and the others are
/// reported as duplicates. A file that cannot be read is reported by name and skipped, and whatever the index already
/// held for that file name is kept.
/// </summary>
public sealed class IngestPipeline(IngestStages stages, IDocumentCache cache, Action<IngestProgress>? progress = null)
{
    /// <summary>
    /// Brings <paramref name="writer"/>'s index and <paramref name="storage"/>'s knowledge base and topics up to date
    /// with <paramref name="files"/>. <paramref name="force"/> rebuilds every unit even when no file changed. Without
    /// <paramref name="findTopics"/> the run ends at the commit and the saved knowledge base (<see cref="IngestReport.Topics"/>
    /// stays null): a host that publishes the change at once finds the topics afterwards (<see cref="TopicIndexing.Update(IKnowledgeStorage, IngestReport, NorPreM.Ingest.Topics.ITopicFinder, Action{string})"/>).
    /// </summary>
    public IngestReport Run(IReadOnlyList<CorpusFile> files, IIndexWriterService writer, IKnowledgeStorage storage, bool force = false,
        Action<string>? log = null, bool findTopics = true)
    {
        var clock = Stopwatch.StartNew();
        log ??= _ => { };
        var stored = storage.LoadKnowledge();
        var read = Read(files, writer.IndexedDocuments(), force || stored is null);
        var documents = WithAccess(read.Documents, files);
        var changed = read.Changed || force || stored is null || AccessChanged(stored, documents);

        KnowledgeBase knowledge;
        IReadOnlyDictionary<string, List<IndexUnit>>? units = null;
        List<IndexUnit>? indexedUnits = null;
        var replaced = 0;
        var timings = new List<(string Step, TimeSpan Took)>
        {
            ("les", clock.Elapsed),
            // Of which, summed over the files read: extraction, OCR repair, structure.
            ("uttrekk", Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _extractTicks))),
            ("ocr", Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _repairTicks))),
            ("struktur", Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _parseTicks))),
        };
        var mark = clock.Elapsed;
        void Took(string step)
        {
            timings.Add((step, clock.Elapsed - mark));
            mark = clock.Elapsed;
        }

        if (changed)
        {
            var linked = stages.Linker.Link(documents);
            Took("lenk");
            knowledge = stages.Themes.Classify(linked);
            Took("tema");
            units = IndexUnitBuilder.Build(knowledge);
            // What the index holds is the projection of the stored knowledge base (written after each commit): only
            // the documents whose units differ from it are replaced. A forced run, or one without a stored knowledge
            // base, writes every document.
            var before = force || stored is null ? null : IndexUnitBuilder.Build(stored);
            (indexedUnits, replaced) = Index(writer, units, read.Removed, knowledge, before);
            Took("indekser");
            writer.Commit();
            Took("commit");
            storage.SaveKnowledge(knowledge);
            Took("lagre");
        }
        else
        {
            // Nothing changed since the stored knowledge base was written with the index: it stands as it is.
            knowledge = stored!;
        }

        var topics = findTopics
            ? TopicIndexing.Update(storage, knowledge, indexedUnits, () => (units ?? IndexUnitBuilder.Build(knowledge)).Values.SelectMany(u => u).ToList(), stages.Topics, log)
            : null;
        return new IngestReport(files.Count, read.Processed, read.Unchanged, read.Removed.Count, knowledge.Documents.Sum(d => d.PageCount),
            writer.UnitCount(), read.Failures, clock.Elapsed, knowledge)
        {
            Renamed = read.Renamed,
            Duplicates = read.Duplicates,
            IndexedUnits = indexedUnits,
            ReplacedDocuments = replaced,
            Timings = timings,
            Topics = topics,
        };
    }

    /// <summary>The parsed documents of a run and what happened to each file.</summary>
    private sealed record ReadResult(
        List<StructuredDocument> Documents,
        List<string> Removed,
        List<IngestFailure> Failures,
        List<IngestDuplicate> Duplicates,
        int Processed,
        int Unchanged,
        int Renamed)
    {
        public bool Changed => Processed > 0 || Renamed > 0 || Removed.Count > 0;
    }

    /// <summary>Extract → repair → parse for every new or changed file; the cache for the others.</summary>
    private ReadResult Read(IReadOnlyList<CorpusFile> files, IReadOnlyDictionary<string, string> indexed, bool force)
    {
        var failures = new List<IngestFailure>();
        var duplicates = new List<IngestDuplicate>();
        var structured = new List<StructuredDocument>();
        var processed = 0;
        var unchanged = 0;
        var renamed = 0;
        var keep = new HashSet<string>(StringComparer.Ordinal);
        var ids = files.Select(f => f.Id ?? DocumentIds.Of(f.Content.Span)).ToList();
        var owners = Owners(files, ids, indexed);

        // The per-file stages (extract → repair → parse) of new and changed files run in parallel across cores; what
        // they give is then taken in corpus order, so the result and the order of the report do not depend on timing.
        var toParse = new List<int>();
        for (var i = 0; i < files.Count; i++)
        {
            var id = ids[i];
            if (ReferenceEquals(files[owners[id]], files[i]) && (force || !indexed.ContainsKey(id) || !cache.TryGet(id, out _)))
            {
                toParse.Add(i);
            }
        }

        var parsed = ParseAll(files, toParse);
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

            if (!parsed.TryGetValue(i, out var outcome) && indexed.TryGetValue(id, out var indexedName) && cache.TryGet(id, out var cached))
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

            outcome ??= ParseOne(files, i);
            if (outcome.Document is { } document)
            {
                cache.Put(document);
                structured.Add(document);
                keep.Add(id);
                processed++;
            }
            else
            {
                var error = outcome.Error!;
                failures.Add(new IngestFailure(file.FileName, error.Reason));
                Report(i, files.Count, file.FileName, $"HOPPET OVER: {error.Reason}");
                // Keep what the index already has under this file name: a damaged copy must not erase a good one
                // (unless another file still has that content and stands for it).
                foreach (var (docId, name) in indexed)
                {
                    if (name == file.FileName && !owners.ContainsKey(docId) && cache.TryGetLastGood(docId, out var previous))
                    {
                        structured.Add(WithFileName(previous, file.FileName));
                        keep.Add(docId);
                    }
                }
            }
        }

        var removed = indexed.Keys.Where(id => !keep.Contains(id)).ToList();
        return new ReadResult(structured, removed, failures, duplicates, processed, unchanged, renamed);
    }

    /// <summary>A file's parse: the document, or why it could not be read.</summary>
    private sealed record ParseOutcome(StructuredDocument? Document, PdfReadException? Error);

    /// <summary>
    /// Parses the files at <paramref name="indices"/> on up to <see cref="MaxParallelFiles"/> threads. Each file is
    /// one work item: its pages stay on one thread (the OCR stage spreads a scan's pages itself), and large files are
    /// started first so a long bundle does not finish alone at the end.
    /// </summary>
    private Dictionary<int, ParseOutcome> ParseAll(IReadOnlyList<CorpusFile> files, List<int> indices)
    {
        var results = new ParseOutcome[files.Count];
        var order = indices.OrderByDescending(i => files[i].Content.Length).ThenBy(i => i).ToList();
        try
        {
            Parallel.ForEach(
                System.Collections.Concurrent.Partitioner.Create(order, loadBalance: true),
                new ParallelOptions { MaxDegreeOfParallelism = MaxParallelFiles },
                i => results[i] = ParseOne(files, i));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            // A stage's own failure surfaces as it would from a sequential run.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return indices.ToDictionary(i => i, i => results[i]);
    }

    private ParseOutcome ParseOne(IReadOnlyList<CorpusFile> files, int i)
    {
        try
        {
            return new ParseOutcome(Parse(files[i], message => Report(i, files.Count, files[i].FileName, message)), null);
        }
        catch (PdfReadException e)
        {
            return new ParseOutcome(null, e);
        }
    }

    /// <summary>Files parsed at once: one per core.</summary>
    public static int MaxParallelFiles { get; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// The per-file stages: extract → repair OCR → parse structure. <paramref name="step"/> hears each step in Norwegian.
    /// Throws <see cref="PdfReadException"/> for a file that cannot be read.
    /// </summary>
    public StructuredDocument Parse(CorpusFile file, Action<string>? step = null)
    {
        var started = Stopwatch.GetTimestamp();
        step?.Invoke("leser tekst");
        var extracted = stages.Extractor.Extract(file.Content, file.FileName);
        var read = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _extractTicks, read - started);
        step?.Invoke($"{Bokmal.Pages(extracted.Pages.Count)}; sjekker OCR-kvalitet");
        var repaired = stages.Repairer.Repair(extracted, file.Content);
        var checkedAt = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _repairTicks, checkedAt - read);
        step?.Invoke("finner saker, møter og vedtak");
        var parsed = stages.Parser.Parse(repaired);
        Interlocked.Add(ref _parseTicks, Stopwatch.GetTimestamp() - checkedAt);
        return parsed;
    }

    /// <summary>Time spent in the per-file stages, summed over the files (they run in parallel): where a run's reading goes.</summary>
    private long _extractTicks, _repairTicks, _parseTicks;

    /// <summary>
    /// Writes the units: removed documents out, and the units of every document whose units differ from
    /// <paramref name="before"/> (what the index holds) replaced — all of them when <paramref name="before"/> is null.
    /// A case unit draws on several documents (a proposal here, its decision in other minutes), so a new document can
    /// change the units of documents it does not touch; comparing each document's projection finds those too, and only
    /// those, so a change costs the documents it changes, not the archive. Then the acronyms the corpus defines
    /// ("Helse- og omsorgsdepartementet (HOD)") for query expansion. Returns every unit the index now holds and how many
    /// documents were written.
    /// </summary>
    private static (List<IndexUnit> Units, int Replaced) Index(IIndexWriterService writer, IReadOnlyDictionary<string, List<IndexUnit>> units,
        IReadOnlyList<string> removed, KnowledgeBase knowledge, IReadOnlyDictionary<string, List<IndexUnit>>? before)
    {
        var gone = removed.ToHashSet(StringComparer.Ordinal);
        if (before is not null)
        {
            gone.UnionWith(before.Keys.Where(id => !units.ContainsKey(id)));
        }

        foreach (var id in gone.Order(StringComparer.Ordinal))
        {
            writer.DeleteDocument(id);
        }

        var changed = units
            .Where(kv => before is null || !before.TryGetValue(kv.Key, out var old) || !SameUnits(old, kv.Value))
            .Select(kv => KeyValuePair.Create(kv.Key, (IReadOnlyList<IndexUnit>)kv.Value))
            .ToList();
        WriteAll(writer, changed);
        var written = units.Values.SelectMany(u => u).ToList();

        // Acronyms expand every caller's query and are offered by autocomplete: only those a public paper defines.
        writer.SetLearnedAcronyms(NorPreM.Core.Privacy.PublicKnowledge.Of(knowledge).Organisations
            .Where(o => o.Acronym is not null)
            .Select(o => (o.Acronym!, o.Name))
            .ToList());
        return (written, changed.Count);
    }

    /// <summary>True when two projections of a document give the same units, field by field (compared as their JSON).</summary>
    private static bool SameUnits(IReadOnlyList<IndexUnit> a, IReadOnlyList<IndexUnit> b) =>
        a.Count == b.Count
        && System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(a, NorPreM.Core.Serialization.JsonDefaults.Compact)
            .AsSpan().SequenceEqual(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(b, NorPreM.Core.Serialization.JsonDefaults.Compact));

    /// <summary>
    /// Replaces each document's units, in the order given, from this thread. Feeding the writer from one thread per core
    /// was measured and left out (BENCHMARKS.md, writer settings): no gain on the shared two-core machine, and the
    /// units' Lucene document numbers — which break ties between equal scores — would depend on thread timing.
    /// </summary>
    public static void WriteAll(IIndexWriterService writer, IEnumerable<KeyValuePair<string, IReadOnlyList<IndexUnit>>> documents)
    {
        foreach (var (id, units) in documents)
        {
            writer.ReplaceDocument(id, units);
        }
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
    /// <summary>
    /// Sets each document's access from its file (sidecar or rule, read by the host) and the exemption stamp its first
    /// page carries as a suggestion for staff. Access is not content: it is set on every run, never cached.
    /// </summary>
    private static List<StructuredDocument> WithAccess(List<StructuredDocument> documents, IReadOnlyList<CorpusFile> files)
    {
        var access = files.GroupBy(f => f.FileName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Access, StringComparer.Ordinal);
        return documents.Select(d =>
        {
            var restriction = access.GetValueOrDefault(d.Document.FileName);
            var stamp = AccessSidecar.FindExemptionStamp(d.Document.Pages.FirstOrDefault()?.Text);
            return d.Document.Restriction == restriction && d.Document.SuggestedRestriction == stamp
                ? d
                : d with { Document = d.Document with { Restriction = restriction, SuggestedRestriction = stamp } };
        }).ToList();
    }

    /// <summary>True when a document's access differs from the stored knowledge base's: the index must follow at once.</summary>
    private static bool AccessChanged(KnowledgeBase stored, List<StructuredDocument> documents)
    {
        var before = stored.Documents.ToDictionary(d => d.Id, d => d.Restriction, StringComparer.Ordinal);
        return documents.Any(d => !before.TryGetValue(d.Document.Id, out var old) || old != d.Document.Restriction);
    }

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

    private readonly object _progressGate = new();

    /// <summary>Progress from the parallel parse is handed on one message at a time: hosts need not be thread-safe.</summary>
    private void Report(int index, int total, string file, string message)
    {
        if (progress is null)
        {
            return;
        }

        lock (_progressGate)
        {
            progress(new IngestProgress(index + 1, total, file, message));
        }
    }
}

using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NorPreM.Search.Analysis;
using NorPreM.Core.Model;

namespace NorPreM.Search.Indexing;

/// <summary>
/// The write side: owns the single <see cref="IndexWriter"/>. Replacing a document deletes its units by
/// document id and adds the new ones in one batch; <see cref="Commit"/> writes the schema version, analyzer
/// name and learned acronyms into the commit user data and refreshes the searchers.
/// Acronyms are learned from every indexed unit's text ("Full name (ACR)", see <see cref="AcronymDictionary.Learn"/>),
/// kept per document so deleting a document forgets its pairs, and merged with pairs set by the host.
/// </summary>
public sealed class IndexWriterService : IIndexWriterService
{
    private readonly IndexWriter _writer;
    private readonly UnitDocumentMapper _mapper;
    private readonly Action _afterCommit;
    private readonly object _gate = new();
    private IReadOnlyList<AcronymPair> _learned;
    private readonly Dictionary<string, IReadOnlyList<AcronymPair>> _learnedByDocument;

    internal IndexWriterService(IndexWriter writer, UnitDocumentMapper mapper, LearnedAcronyms learned, Action afterCommit)
    {
        _writer = writer;
        _mapper = mapper;
        _learned = learned.Explicit;
        _learnedByDocument = new Dictionary<string, IReadOnlyList<AcronymPair>>(learned.ByDocument, StringComparer.Ordinal);
        _afterCommit = afterCommit;
    }

    /// <summary>Every learned pair: set by the host first, then those found in the indexed texts.</summary>
    internal IReadOnlyList<AcronymPair> AllLearned()
    {
        lock (_gate)
        {
            return _learned.Concat(_learnedByDocument.OrderBy(kv => kv.Key, StringComparer.Ordinal).SelectMany(kv => kv.Value)).ToList();
        }
    }

    /// <summary>
    /// Raised when learned acronyms change. Listeners rebuild the dictionary when they next need it
    /// (<see cref="AllLearned"/>): building it per replaced document made indexing quadratic in the number of documents.
    /// </summary>
    internal event Action? AcronymsChanged;

    /// <summary>
    /// Replaces a document's units. Safe from several threads at once (ingest feeds the writer from one thread per
    /// core): Lucene's writer takes concurrent adds, the analyzers keep one stream per thread, and the acronym table
    /// is guarded.
    /// </summary>
    public void ReplaceDocument(string documentId, IReadOnlyList<IndexUnit> units)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        foreach (var unit in units)
        {
            if (unit.DocumentId != documentId)
            {
                throw new ArgumentException($"Unit {unit.Id} belongs to document {unit.DocumentId}, not {documentId}.", nameof(units));
            }
        }

        // Mapped lazily: one document's token streams in memory at a time.
        _writer.UpdateDocuments(new Term(IndexSchema.DocumentId, documentId), units.Select(_mapper.Map));
        // A restricted paper's acronyms would expand every caller's query and be offered by autocomplete: not learned.
        var learned = units.Where(u => !u.Restricted).SelectMany(u => AcronymDictionary.Learn(u.Text)).DistinctBy(p => (p.Acronym, p.Name.ToLowerInvariant())).ToList();
        lock (_gate)
        {
            if (learned.Count > 0)
            {
                _learnedByDocument[documentId] = learned;
            }
            else
            {
                _learnedByDocument.Remove(documentId);
            }
        }

        AcronymsChanged?.Invoke();
    }

    public void DeleteDocument(string documentId)
    {
        _writer.DeleteDocuments(new Term(IndexSchema.DocumentId, documentId));
        bool removed;
        lock (_gate)
        {
            removed = _learnedByDocument.Remove(documentId);
        }

        if (removed)
        {
            AcronymsChanged?.Invoke();
        }
    }

    public IReadOnlyDictionary<string, string> IndexedDocuments()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var terms = atomic.GetTerms(IndexSchema.DocumentId);
            if (terms is null)
            {
                continue;
            }

            var te = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (te.MoveNext())
            {
                var id = te.Term.Utf8ToString();
                if (result.ContainsKey(id))
                {
                    continue;
                }

                docs = te.Docs(atomic.LiveDocs, docs, DocsFlags.NONE);
                var doc = docs.NextDoc();
                if (doc != DocIdSetIterator.NO_MORE_DOCS)
                {
                    result[id] = atomic.Document(doc).Get(IndexSchema.FileName) ?? "";
                }
            }
        }

        return result;
    }

    public int UnitCount()
    {
        using var reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        return reader.NumDocs;
    }

    /// <summary>
    /// Stores "Full name (ACR)" pairs learned at ingest; they replace the previously learned pairs, are used for
    /// query expansion right away and are persisted in the index at the next <see cref="Commit"/>.
    /// </summary>
    public void SetLearnedAcronyms(IReadOnlyList<(string Acronym, string Name)> pairs)
    {
        lock (_gate)
        {
            _learned = pairs.Select(p => new AcronymPair(p.Acronym, p.Name)).ToList();
        }

        AcronymsChanged?.Invoke();
    }

    public void Commit()
    {
        lock (_gate)
        {
            _writer.SetCommitData(CommitData(new LearnedAcronyms(_learned, _learnedByDocument)));
            _writer.Commit();
        }

        _afterCommit();
    }

    /// <summary>Removes every unit (the host then re-ingests).</summary>
    public void DeleteAll()
    {
        _writer.DeleteAll();
        lock (_gate)
        {
            _learnedByDocument.Clear();
        }
    }

    internal static Dictionary<string, string> CommitData(LearnedAcronyms learned) => new()
    {
        [IndexSchema.SchemaKey] = IndexSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [IndexSchema.AnalyzerKey] = NorPreMAnalyzer.Name,
        [IndexSchema.AcronymsKey] = JsonSerializer.Serialize(learned),
    };

    internal static LearnedAcronyms LearnedFrom(IDictionary<string, string> userData)
    {
        if (!userData.TryGetValue(IndexSchema.AcronymsKey, out var json) || string.IsNullOrEmpty(json))
        {
            return LearnedAcronyms.None;
        }

        try
        {
            return JsonSerializer.Deserialize<LearnedAcronyms>(json) ?? LearnedAcronyms.None;
        }
        catch (JsonException)
        {
            return LearnedAcronyms.None;
        }
    }

    public void Dispose()
    {
        // The owning SearchIndex disposes the writer after the searchers.
    }
}

/// <summary>Acronym pairs persisted in the commit user data: those set by the host and those found per document.</summary>
internal sealed record LearnedAcronyms(IReadOnlyList<AcronymPair> Explicit, IReadOnlyDictionary<string, IReadOnlyList<AcronymPair>> ByDocument)
{
    public static readonly LearnedAcronyms None = new([], new Dictionary<string, IReadOnlyList<AcronymPair>>());

    public IReadOnlyList<AcronymPair> All => Explicit.Concat(ByDocument.OrderBy(kv => kv.Key, StringComparer.Ordinal).SelectMany(kv => kv.Value)).ToList();
}

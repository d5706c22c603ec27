using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NorPreM.Search.Analysis;
using NorPreM.Search.Indexing;
using NorPreM.Core.Lexicon;
using NorPreM.Core.Model;
using NorPreM.Search.Querying;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NorPreM.Search;

/// <summary>Options of the index, bound once.</summary>
public sealed record SearchIndexOptions
{
    /// <summary>Word list for decompounding; the shipped lexicon when null.</summary>
    public NorwegianLexicon? Lexicon { get; init; }
    /// <summary>Ranking knobs (field boosts, kind weights, minimum-should-match).</summary>
    public RankingOptions Ranking { get; init; } = new();
    /// <summary>Index writer RAM buffer before a flush, in MB.</summary>
    public double RamBufferMb { get; init; } = 32;
}

/// <summary>
/// The NorPreM search index: one Lucene index with a single <see cref="IIndexWriterService"/> (write side) and a
/// <see cref="ISearchService"/> backed by a <see cref="SearcherManager"/> (read side), so queries run while ingest
/// writes. The commit user data records the schema version and analyzer name; when they differ from this build's
/// (or the files are unreadable) the index is cleared and <see cref="WasRebuilt"/> tells the host to re-ingest.
/// Similarity is BM25 (Robertson &amp; Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009).
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _manager;
    private readonly IndexWriterService _writerService;
    private AcronymDictionary _acronyms;
    private bool _disposed;

    /// <summary>The single writer.</summary>
    public IIndexWriterService Writer => _writerService;

    /// <summary>Searches, suggestions and similar units.</summary>
    public ISearchService Searcher { get; }

    /// <summary>True when a schema or analyzer mismatch (or a damaged index) cleared the index at open.</summary>
    public bool WasRebuilt { get; }

    /// <summary>The acronym pairs in use (curated and learned).</summary>
    public IReadOnlyList<AcronymPair> Acronyms => _acronyms.Pairs;

    private SearchIndex(LuceneDirectory directory, SearchIndexOptions options)
    {
        _directory = directory;
        var decompounder = options.Lexicon is null ? Decompounder.Default : new Decompounder(options.Lexicon);
        var writerAnalyzers = new AnalyzerSet(decompounder);
        var (mode, rebuilt, learned) = Inspect(directory);
        WasRebuilt = rebuilt;
        _writer = OpenWriter(directory, writerAnalyzers, options, mode);
        if (mode == OpenMode.CREATE)
        {
            _writer.SetCommitData(IndexWriterService.CommitData(learned));
            _writer.Commit();
        }

        _acronyms = AcronymDictionary.WithLearned(learned.All);
        _manager = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
        _writerService = new IndexWriterService(_writer, new UnitDocumentMapper(new AnalyzerSet(decompounder), new AnalyzerSet(decompounder)), learned, () => _manager.MaybeRefreshBlocking());
        _writerService.AcronymsChanged += d => _acronyms = d;
        Searcher = new SearchService(_manager, new AnalyzerSet(decompounder), options.Ranking, () => _acronyms);
    }

    /// <summary>Opens the on-disk index in <paramref name="directory"/>, creating it (and the folder) when missing.</summary>
    public static SearchIndex OpenOrCreate(string directory, SearchIndexOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var info = System.IO.Directory.CreateDirectory(directory);
        return new SearchIndex(FSDirectory.Open(info), options ?? new SearchIndexOptions());
    }

    /// <summary>An index in memory (tests, evaluation).</summary>
    public static SearchIndex InMemory(SearchIndexOptions? options = null) =>
        new(new RAMDirectory(), options ?? new SearchIndexOptions());

    private static (OpenMode Mode, bool Rebuilt, LearnedAcronyms Learned) Inspect(LuceneDirectory directory)
    {
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                return (OpenMode.CREATE, false, LearnedAcronyms.None);
            }

            var infos = new SegmentInfos();
            infos.Read(directory);
            var data = infos.UserData;
            var current = data.TryGetValue(IndexSchema.SchemaKey, out var schema) && schema == IndexSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)
                && data.TryGetValue(IndexSchema.AnalyzerKey, out var analyzer) && analyzer == NorPreMAnalyzer.Name;
            return current ? (OpenMode.APPEND, false, IndexWriterService.LearnedFrom(data)) : (OpenMode.CREATE, true, LearnedAcronyms.None);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            // Unreadable: the index is derived data, so it is cleared and rebuilt from the corpus.
            ClearIndexFiles(directory);
            return (OpenMode.CREATE, true, LearnedAcronyms.None);
        }
    }

    /// <summary>Deletes Lucene's files (segments*, _*, write.lock) and nothing else from the index folder.</summary>
    private static void ClearIndexFiles(LuceneDirectory directory)
    {
        foreach (var name in directory.ListAll())
        {
            if (name.StartsWith("segments", StringComparison.Ordinal) || name.StartsWith('_') || name == "write.lock")
            {
                directory.DeleteFile(name);
            }
        }
    }

    private static IndexWriter OpenWriter(LuceneDirectory directory, AnalyzerSet analyzers, SearchIndexOptions options, OpenMode mode)
    {
        IndexWriterConfig Config(OpenMode m) => new(LuceneVersion.LUCENE_48, analyzers.PerField)
        {
            OpenMode = m,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = options.RamBufferMb,
        };

        try
        {
            return new IndexWriter(directory, Config(mode));
        }
        catch (Exception e) when (e is IOException or CorruptIndexException)
        {
            ClearIndexFiles(directory);
            return new IndexWriter(directory, Config(OpenMode.CREATE));
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _manager.Dispose();
        // Only an explicit Commit (the end of an ingest run) makes units durable. Disposing Lucene's writer would
        // commit whatever a run stopped half-way had added, and the next start would take that index as complete.
        _writer.Rollback();
        _directory.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}

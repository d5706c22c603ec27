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
    /// <summary>
    /// Compound segment files (one file per segment). Off: every flushed or merged segment would be copied once more
    /// into its compound file (BENCHMARKS.md, writer settings).
    /// </summary>
    public bool CompoundFiles { get; init; }
    /// <summary>
    /// The time one search may spend collecting matches before it answers with those found so far, flagged as partial
    /// (<see cref="Querying.QueryBudget"/>). 300 ms is far above an ordinary query and below the point where a costly
    /// one ties up the server.
    /// </summary>
    public TimeSpan QueryTimeBudget { get; init; } = TimeSpan.FromMilliseconds(300);
    /// <summary>
    /// How often an index opened to search only (<see cref="SearchIndex.OpenReader"/>) looks for a newer commit by
    /// itself; null: never, only on <see cref="SearchIndexReader.Refresh"/> (a host that publishes other data with each
    /// commit, as the web app does, decides when its searches see it).
    /// </summary>
    public TimeSpan? CheckForCommitsEvery { get; init; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// The NorPreM search index opened for writing: one Lucene index with a single <see cref="IIndexWriterService"/> (write
/// side) and a <see cref="ISearchService"/> over the writer's near-real-time searchers, so queries run while ingest
/// writes. The commit user data records the schema version and analyzer name; when they differ from this build's
/// (or the files are unreadable) the writer's open clears the index and <see cref="WasRebuilt"/> tells the host to
/// re-ingest. Readers that do not write open the index with <see cref="OpenReader"/>, which never clears anything.
/// Similarity is BM25 (Robertson &amp; Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009).
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherSource _source;
    private readonly IndexWriterService _writerService;
    private AcronymDictionary _acronyms;
    private volatile bool _acronymsStale;
    private readonly object _acronymGate = new();
    private bool _disposed;

    /// <summary>The single writer.</summary>
    public IIndexWriterService Writer => _writerService;

    /// <summary>Searches, suggestions and similar units.</summary>
    public ISearchService Searcher { get; }

    /// <summary>True when a schema or analyzer mismatch (or a damaged index) cleared the index at open.</summary>
    public bool WasRebuilt { get; }

    /// <summary>The acronym pairs in use (curated and learned).</summary>
    public IReadOnlyList<AcronymPair> Acronyms => CurrentAcronyms().Pairs;

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
        _source = new SearcherSource(new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory()));
        _writerService = new IndexWriterService(_writer, new UnitDocumentMapper(new OnePassAnalysis(decompounder)), learned, () =>
        {
            _source.Refresh();
            Committed?.Invoke();
        });
        _writerService.AcronymsChanged += () => _acronymsStale = true;
        Searcher = new SearchService(_source, new AnalyzerSet(decompounder), options.Ranking, CurrentAcronyms) { TimeBudget = options.QueryTimeBudget };
    }

    /// <summary>The acronym dictionary, rebuilt from the writer's pairs the first time it is needed after a change.</summary>
    private AcronymDictionary CurrentAcronyms()
    {
        if (!_acronymsStale)
        {
            return _acronyms;
        }

        lock (_acronymGate)
        {
            if (_acronymsStale)
            {
                _acronymsStale = false;
                _acronyms = AcronymDictionary.WithLearned(_writerService.AllLearned());
            }

            return _acronyms;
        }
    }

    /// <summary>
    /// Raised after each commit of the writer, when its units are durable: a <see cref="SearchIndexReader"/> opened on the
    /// same folder in this process refreshes on it (<see cref="SearchIndexReader.Refresh"/>).
    /// </summary>
    public event Action? Committed;

    /// <summary>
    /// Opens the index in <paramref name="directory"/> to search it only: no writer, no write lock, nothing cleared or
    /// rebuilt, so a search can never damage an index and runs beside another process's ingest. The reader sees that
    /// ingest's commits (it looks for a newer commit at most once a second, or at once on <see cref="SearchIndexReader.Refresh"/>).
    /// Throws <see cref="IndexOpenException"/> when the folder holds no index, an index of another schema version or
    /// analyzer (to be rebuilt by ingest, which alone may clear it), or unreadable files; the files are left as they are.
    /// </summary>
    public static SearchIndexReader OpenReader(string directory, SearchIndexOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new IndexOpenException(IndexOpenFailure.Missing, directory, null);
        }

        return SearchIndexReader.Open(FSDirectory.Open(directory), directory, options ?? new SearchIndexOptions());
    }

    /// <summary>
    /// Opens the on-disk index in <paramref name="directory"/> for writing (ingest), creating it (and the folder) when
    /// missing. This writer's open is the only place an index of another schema version, or a damaged one, is cleared
    /// (<see cref="WasRebuilt"/>). Searches that do not ingest use <see cref="OpenReader"/>.
    /// </summary>
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
            return IsCurrentSchema(data) ? (OpenMode.APPEND, false, IndexWriterService.LearnedFrom(data)) : (OpenMode.CREATE, true, LearnedAcronyms.None);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            // Unreadable: the index is derived data, so it is cleared and rebuilt from the corpus.
            ClearIndexFiles(directory);
            return (OpenMode.CREATE, true, LearnedAcronyms.None);
        }
    }

    /// <summary>True when commit user data name this build's schema version and analyzer.</summary>
    internal static bool IsCurrentSchema(IDictionary<string, string> data) =>
        data.TryGetValue(IndexSchema.SchemaKey, out var schema) && schema == IndexSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)
        && data.TryGetValue(IndexSchema.AnalyzerKey, out var analyzer) && analyzer == NorPreMAnalyzer.Name;

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
            // Compound files save file handles at the price of copying every new segment once more; an index here
            // is one folder opened by one writer and a few readers (BENCHMARKS.md, issue 19: writer settings).
            UseCompoundFile = options.CompoundFiles,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = options.CompoundFiles ? 0.1 : 0.0 },
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
        _source.Dispose();
        // Only an explicit Commit (the end of an ingest run) makes units durable. Disposing Lucene's writer would
        // commit whatever a run stopped half-way had added, and the next start would take that index as complete.
        _writer.Rollback();
        _directory.Dispose();
    }

    internal sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using NorPreM.Search.Analysis;
using NorPreM.Search.Indexing;
using NorPreM.Core.Model;
using NorPreM.Search.Querying;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NorPreM.Search;

/// <summary>
/// An index opened to search only (<see cref="SearchIndex.OpenReader"/>): searchers over the last commit, no writer,
/// no write lock, never cleared or rebuilt. The acronyms learned at ingest are read from each commit's user data, so a
/// refresh brings the new pairs with the new units.
/// </summary>
public sealed class SearchIndexReader : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly SearcherSource _source;
    private AcronymDictionary _acronyms;
    private bool _disposed;

    /// <summary>Searches, suggestions and similar units.</summary>
    public ISearchService Searcher { get; }

    /// <summary>The acronym pairs in use (curated and learned at ingest).</summary>
    public IReadOnlyList<AcronymPair> Acronyms => _acronyms.Pairs;

    private SearchIndexReader(LuceneDirectory directory, SearchIndexOptions options)
    {
        _directory = directory;
        _acronyms = AcronymDictionary.WithLearned([]);
        var decompounder = options.Lexicon is null ? Decompounder.Default : new Decompounder(options.Lexicon);
        // The factory reads the first commit's acronyms as the manager opens it.
        var manager = new SearcherManager(directory, new CommitSearcherFactory(this));
        _source = new SearcherSource(manager, checkEvery: options.CheckForCommitsEvery);
        Searcher = new SearchService(_source, new AnalyzerSet(decompounder), options.Ranking, () => _acronyms) { TimeBudget = options.QueryTimeBudget };
    }

    internal static SearchIndexReader Open(LuceneDirectory directory, string path, SearchIndexOptions options)
    {
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                throw new IndexOpenException(IndexOpenFailure.Missing, path, null);
            }

            var infos = new SegmentInfos();
            infos.Read(directory);
            if (!SearchIndex.IsCurrentSchema(infos.UserData))
            {
                throw new IndexOpenException(IndexOpenFailure.OtherSchema, path, infos.UserData.TryGetValue(IndexSchema.SchemaKey, out var schema) ? schema : null);
            }

            return new SearchIndexReader(directory, options);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            directory.Dispose();
            throw new IndexOpenException(IndexOpenFailure.Damaged, path, null, e);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Makes the latest commit visible now (the web calls it when its own ingest commits).</summary>
    public void Refresh() => _source.Refresh();

    private static AcronymDictionary AcronymsOf(DirectoryReader reader) =>
        AcronymDictionary.WithLearned(IndexWriterService.LearnedFrom(reader.IndexCommit.UserData).All);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _source.Dispose();
        _directory.Dispose();
    }

    /// <summary>BM25 searchers; each new commit's learned acronyms replace the previous ones.</summary>
    private sealed class CommitSearcherFactory(SearchIndexReader owner) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            if (reader is DirectoryReader directoryReader)
            {
                owner._acronyms = AcronymsOf(directoryReader);
            }

            return new IndexSearcher(reader) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
        }
    }
}

using Microsoft.Extensions.Options;
using NorPreM.Search;
using NorPreM.Core.Model;

namespace NorPreM.Web.Hosting;

/// <summary>
/// Registers the search index (one writer per process, in the configured folder), the reader the searches use, and the
/// ingest pipeline that fills the index.
/// </summary>
public static class PipelineRegistration
{
    public static IServiceCollection AddNorPreMPipeline(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var directory = Path.GetFullPath(sp.GetRequiredService<IOptions<WebOptions>>().Value.IndexPath);
            var index = SearchIndex.OpenOrCreate(directory);
            if (index.WasRebuilt)
            {
                sp.GetRequiredService<ILogger<SearchIndex>>().LogWarning("Indeksen i {Index} hadde en annen versjon og bygges på nytt.", directory);
            }

            return index;
        });
        // Searches go through a reader of the same folder (no lock, never a rebuild), turned to a new commit by the
        // ingest host when it publishes the knowledge base of that commit (CorpusIngestService), not at the commit.
        services.AddSingleton(sp =>
        {
            _ = sp.GetRequiredService<SearchIndex>(); // the writer's open creates or upgrades the folder first
            // Never by itself: a commit becomes visible only when its knowledge base is published with it (ISearchRefresh).
            return SearchIndex.OpenReader(Path.GetFullPath(sp.GetRequiredService<IOptions<WebOptions>>().Value.IndexPath),
                new SearchIndexOptions { CheckForCommitsEvery = null });
        });
        services.AddSingleton<ISearchRefresh>(sp => new ReaderRefresh(sp.GetRequiredService<SearchIndexReader>()));
        services.AddSingleton<ISearchService>(sp => sp.GetRequiredService<SearchIndexReader>().Searcher);
        services.AddSingleton<ICorpusIngestion, PipelineIngestion>();
        return services;
    }
}

/// <summary>Refreshes the web app's reader of the index folder.</summary>
internal sealed class ReaderRefresh(SearchIndexReader reader) : ISearchRefresh
{
    public void Refresh() => reader.Refresh();
}

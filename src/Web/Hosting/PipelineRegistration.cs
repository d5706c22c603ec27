using Microsoft.Extensions.Options;
using NorPreM.Search;
using NorPreM.Core.Model;

namespace NorPreM.Web.Hosting;

/// <summary>Registers the search index (one per process, in the configured folder) and the ingest pipeline that fills it.</summary>
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
        services.AddSingleton<ISearchService>(sp => sp.GetRequiredService<SearchIndex>().Searcher);
        services.AddSingleton<ICorpusIngestion, PipelineIngestion>();
        return services;
    }
}

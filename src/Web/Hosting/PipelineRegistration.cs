namespace NorPreM.Web.Hosting;

/// <summary>Registers the ingest pipeline and the search index the app runs on.</summary>
public static class PipelineRegistration
{
    public static IServiceCollection AddNorPreMPipeline(this IServiceCollection services)
    {
        services.AddSingleton<ICorpusIngestion, PipelineIngestion>();
        return services;
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NorPreM.Ingest.Pipeline;
using NorPreM.Search;
using NorPreM.Core.Model;
using NorPreM.Web.Hosting;

namespace NorPreM.Web.Tests.Fixtures;

/// <summary>
/// The web app on the test knowledge base, indexed into a real in-memory <see cref="SearchIndex"/> with the
/// pipeline's own unit builder, the real corpus folder (for PDFs) and a throw-away index folder.
/// </summary>
public class NorPreMAppFactory : WebApplicationFactory<Program>
{
    private readonly string indexDirectory = Path.Combine(Path.GetTempPath(), "norprem-web-tests-" + Guid.NewGuid().ToString("N"));

    public KnowledgeBase Knowledge { get; }

    /// <summary>The topics the app is given (null: as if none were ever computed).</summary>
    public virtual TopicSet? Topics => TestTopics.Create();

    public SearchIndex Index { get; } = SearchIndex.InMemory();

    public RecordingSearchService SearchService { get; }

    public NorPreMAppFactory()
        : this(TestKnowledge.Create())
    {
    }

    /// <summary>The app on another knowledge base than <see cref="TestKnowledge.Create"/>.</summary>
    protected NorPreMAppFactory(KnowledgeBase knowledge)
    {
        Knowledge = knowledge;
        Index.Writer.SetLearnedAcronyms(NorPreM.Core.Privacy.PublicKnowledge.Of(Knowledge).Organisations.Where(o => o.Acronym is not null).Select(o => (o.Acronym!, o.Name)).ToList());
        foreach (var (documentId, units) in IndexUnitBuilder.Build(Knowledge))
        {
            Index.Writer.ReplaceDocument(documentId, units);
        }

        Index.Writer.Commit();
        SearchService = new RecordingSearchService(Index.Searcher);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("NorPreM:CorpusPath", RepoPaths.Corpus);
        builder.UseSetting("NorPreM:IndexPath", indexDirectory);
        builder.UseSetting("NorPreM:IngestOnStart", "false");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<ICorpusIngestion>();
            services.AddSingleton<ICorpusIngestion>(new FixedIngestion(Knowledge, Topics));
            services.RemoveAll<SearchIndex>();
            services.RemoveAll<ISearchService>();
            services.RemoveAll<ISearchRefresh>();
            services.AddSingleton<ISearchService>(SearchService);
        });
    }

    /// <summary>Waits until the background service has published the knowledge base.</summary>
    public void WaitUntilReady()
    {
        var state = Services.GetRequiredService<NorPreM.Web.Knowledge.KnowledgeState>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (state.Current.IsEmpty && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Index.Dispose();
        }

        if (disposing && Directory.Exists(indexDirectory))
        {
            Directory.Delete(indexDirectory, recursive: true);
        }
    }

    private sealed class FixedIngestion(KnowledgeBase knowledge, TopicSet? topics) : ICorpusIngestion
    {
        public KnowledgeBase? LoadExisting() => knowledge;

        public TopicSet? LoadTopics() => topics;

        public IngestOutcome Run(Action<IngestProgress> progress, CancellationToken cancellationToken) => new(knowledge, [], false) { Topics = topics };
    }
}

/// <summary>Paths inside the repository checkout.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NorPreM.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Finner ikke NorPreM.sln over " + AppContext.BaseDirectory);
    }
}

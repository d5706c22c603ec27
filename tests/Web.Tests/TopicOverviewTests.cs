using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NorPreM.Search;
using NorPreM.Core.Knowledge;
using NorPreM.Web.Hosting;
using NorPreM.Web.Knowledge;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

/// <summary>Missing, damaged and empty topics degrade to a Norwegian message; they never fail the app.</summary>
public sealed class TopicOverviewTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("norprem-web-topics-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void DamagedTopicsFileBesideTheIndexIsLoggedAndShownAsNotAvailable()
    {
        File.WriteAllText(Path.Combine(_folder, TopicStore.FileName), "{ \"formatVersion\": 1, \"topics\": [ { \"number\": 1,");
        var logger = new ListLogger();
        using var index = SearchIndex.OpenOrCreate(_folder);
        var options = Options.Create(new WebOptions { IndexPath = _folder, CorpusPath = RepoPaths.Corpus });
        var ingestion = new PipelineIngestion(index, new CorpusFiles(options, new Environment()), options, logger);

        var topics = ingestion.LoadTopics();
        var overview = TopicOverview.From(topics, new KnowledgeSnapshot(TestKnowledge.Create()), new IngestStatus(IngestPhase.Ready, ""));

        Assert.Null(topics);
        Assert.Contains(logger.Messages, m => m.Contains("Emnefilen") && m.Contains("kan ikke leses"));
        Assert.False(overview.Available);
        Assert.StartsWith("Emnene er ikke tilgjengelige", overview.Message);
    }

    [Fact]
    public void TopicsAreSaidToComeWhenIndexingIsStillRunning()
    {
        var overview = TopicOverview.From(null, KnowledgeSnapshot.Empty, new IngestStatus(IngestPhase.Running, "Indekserer"));

        Assert.Equal("Emnene beregnes når indekseringen er ferdig.", overview.Message);
    }

    [Fact]
    public void TopicsWithoutThemesToCompareWithSaySo()
    {
        var overview = TopicOverview.From(TestTopics.Create() with { ThemesAvailable = false }, KnowledgeSnapshot.Empty, new IngestStatus(IngestPhase.Ready, ""));

        Assert.True(overview.Available);
        Assert.Contains("temamodellen mangler", overview.Message);
        // Without the case in the knowledge base, the page is still linked, the case is not.
        Assert.Null(overview.Topics[0].Pages[0].CaseUrl);
        Assert.Equal($"/dokumenter/{TestKnowledge.BundleId}?side=27", overview.Topics[0].Pages[0].Url);
    }

    private sealed class ListLogger : ILogger<PipelineIngestion>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "NorPreM.Web";
        public string ContentRootPath { get; set; } = RepoPaths.Root;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}

using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NorPreM.Search;
using NorPreM.Web;
using NorPreM.Web.Hosting;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

public sealed class PipelineIngestionTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("norprem-web-ingest-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public void TwoIdenticalPdfsGiveANorwegianWarningInsteadOfAFailedIndexing()
    {
        const string bundle = "ho21-mote-2022-03-saksdokumenter.pdf";
        var corpus = Directory.CreateDirectory(Path.Combine(work, "corpus")).FullName;
        File.Copy(Path.Combine(RepoPaths.Corpus, bundle), Path.Combine(corpus, bundle));
        File.SetLastWriteTimeUtc(Path.Combine(corpus, bundle), DateTime.UtcNow.AddDays(-1));
        File.Copy(Path.Combine(RepoPaths.Corpus, bundle), Path.Combine(corpus, "kopi.pdf"));
        var indexDirectory = Path.Combine(work, "index");
        var options = Options.Create(new WebOptions { CorpusPath = corpus, IndexPath = indexDirectory });
        using var index = SearchIndex.OpenOrCreate(indexDirectory);
        var ingestion = new PipelineIngestion(index, new CorpusFiles(options, new HostingEnvironment { ContentRootPath = work }), options,
            NullLogger<PipelineIngestion>.Instance);

        var outcome = ingestion.Run(_ => { }, CancellationToken.None);

        Assert.Contains($"kopi.pdf har samme innhold som {bundle}; hoppet over", outcome.Warnings);
        Assert.Equal(bundle, Assert.Single(outcome.Knowledge.Documents).FileName);
    }
}

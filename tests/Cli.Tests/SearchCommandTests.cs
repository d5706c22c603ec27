using Lucene.Net.Analysis.Standard;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NorPreM.Cli;
using NorPreM.Search;
using NorPreM.Core.Model;

namespace NorPreM.Cli.Tests;

public sealed class SearchCommandTests : IDisposable
{
    private readonly string _index = Path.Combine(Path.GetTempPath(), "norprem-search-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_index))
        {
            System.IO.Directory.Delete(_index, recursive: true);
        }
    }

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, new CliContext(TextReader.Null, output, error));
        return (code, output.ToString(), error.ToString());
    }

    private void Build()
    {
        using var index = SearchIndex.OpenOrCreate(_index);
        index.Writer.ReplaceDocument("ref22", [new IndexUnit
        {
            Id = "ref22:p5", Kind = UnitKind.Page, DocumentId = "ref22", FileName = "referat.pdf", DocumentTitle = "Referat",
            Title = "Orienteringer", Text = "Sak 16/2/22 Orienteringer. Rådets deltagelse på Arendalsuka.", Pages = [5],
        }]);
        index.Writer.Commit();
    }

    [Fact]
    public void SearchesAnIndexWithoutTakingTheWriteLock()
    {
        Build();
        var (code, output, _) = Run("search", "Arendalsuka", "--index", _index);
        Assert.Equal(0, code);
        Assert.Contains("1 treff for «Arendalsuka»", output);
        Assert.False(File.Exists(Path.Combine(_index, "write.lock")));
    }

    [Fact]
    public void SaysAnIndexOfAnotherSchemaVersionMustBeRebuiltAndLeavesItIntact()
    {
        Build();
        using (var dir = FSDirectory.Open(_index))
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)) { OpenMode = OpenMode.APPEND }))
        {
            var infos = new SegmentInfos();
            infos.Read(dir);
            writer.SetCommitData(new Dictionary<string, string>(infos.UserData) { ["norprem.schema"] = "1" });
            writer.Commit();
        }

        var before = System.IO.Directory.GetFiles(_index).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))).ToList();
        var (code, _, error) = Run("search", "Arendalsuka", "--index", _index);

        Assert.Equal(1, code);
        Assert.Contains("annen versjon av programmet (skjemaversjon 1", error);
        Assert.Contains("kjør «ingest»", error);
        var after = System.IO.Directory.GetFiles(_index).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))).ToList();
        Assert.Equal(before, after);
    }
}

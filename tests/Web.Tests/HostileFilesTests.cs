using System.Diagnostics;
using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Pipeline;
using NorPreM.Web.Hosting;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

/// <summary>
/// The hostile corpus of issue 20: a decompression bomb (committed, made by scripts/make-hostile-fixtures.py), a FIFO
/// named .pdf and a link leading out of the corpus (both made here). Ingest through the web host's isolated extractor
/// skips each by name with a clear reason, indexes the rest, and this process never holds the bomb's gigabyte.
/// </summary>
public sealed class HostileFilesTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("norprem-hostile-").FullName;
    private readonly string index = Path.Combine(Path.GetTempPath(), "norprem-hostile-index-" + Guid.NewGuid().ToString("N"));
    private readonly string outside = Path.Combine(Path.GetTempPath(), "norprem-outside-" + Guid.NewGuid().ToString("N") + ".pdf");

    private static string Fixture(params string[] parts) => Path.Combine([RepoPaths.Root, "tests", .. parts]);

    public HostileFilesTests()
    {
        File.Copy(Fixture("Ingest.Tests", "Pipeline", "Fixtures", "arkiv", "ho21-mote-4-2024-referat.pdf"), Path.Combine(corpus, "ho21-mote-4-2024-referat.pdf"));
        File.Copy(Fixture("Web.Tests", "Fixtures", "hostile", "bomb.pdf"), Path.Combine(corpus, "bomb.pdf"));
        File.Copy(Fixture("Ingest.Tests", "Pipeline", "Fixtures", "arkiv", "ho21-mote-1-2025-referat.pdf"), outside);
        File.CreateSymbolicLink(Path.Combine(corpus, "lenke-ut.pdf"), outside);
        using var mkfifo = Process.Start("mkfifo", Path.Combine(corpus, "ror.pdf"));
        mkfifo.WaitForExit();
    }

    [Fact]
    public async Task EachHostileFileIsSkippedByNameWithAClearReasonWhileTheRestIsIndexed()
    {
        var extractor = PipelineIngestion.Extractor(new WebOptions { ExtractSeconds = 60, ExtractMemoryMegabytes = 256 });
        var before = Process.GetCurrentProcess().PeakWorkingSet64;

        var run = Task.Run(() => CorpusIndexing.Run(corpus, index, force: false, progress: null, log: _ => { }, extractor: extractor));
        var report = await run.WaitAsync(TimeSpan.FromSeconds(120));

        var reasons = report.Failures.ToDictionary(f => f.FileName, f => f.Reason);
        Assert.Contains("for mye minne", reasons["bomb.pdf"]);
        Assert.Contains("FIFO", reasons["ror.pdf"]);
        Assert.Contains("ut av korpusmappen", reasons["lenke-ut.pdf"]);
        Assert.Equal(["ho21-mote-4-2024-referat.pdf"], report.Knowledge.Documents.Select(d => d.FileName));
        Assert.Contains("Stjørdal", report.Knowledge.Documents[0].Pages[0].Text);
        // The bomb's 1.2 GB were never decompressed here.
        Assert.True(Process.GetCurrentProcess().PeakWorkingSet64 - before < 600L * 1024 * 1024);
    }

    [Fact]
    public void TheWorkerGivesTheSamePagesAsExtractionInProcess()
    {
        var bytes = File.ReadAllBytes(Path.Combine(corpus, "ho21-mote-4-2024-referat.pdf"));
        var isolated = PipelineIngestion.Extractor(new WebOptions())!.Extract(bytes, "a.pdf");
        var local = new PdfPigTextExtractor().Extract(bytes, "a.pdf");

        Assert.Equal(local.Pages.Select(p => string.Join("\n", p.Blocks.SelectMany(b => b.Lines).Select(l => l.Text))),
            isolated.Pages.Select(p => string.Join("\n", p.Blocks.SelectMany(b => b.Lines).Select(l => l.Text))));
        Assert.Equal(local.DocumentId, isolated.DocumentId);
    }

    public void Dispose()
    {
        Directory.Delete(corpus, recursive: true);
        File.Delete(outside);
        if (Directory.Exists(index))
        {
            Directory.Delete(index, recursive: true);
        }
    }
}

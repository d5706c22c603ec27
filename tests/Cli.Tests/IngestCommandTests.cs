using NorPreM.Cli;
using NorPreM.Cli.Commands;
using NorPreM.Ingest.Tests.TestSupport;

namespace NorPreM.Cli.Tests;

/// <summary>`norprem ingest` on a corpus with an unreadable file whose name carries a line break.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "norprem-ingest-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Fact]
    public void SkippedFilesGiveANonZeroExitAndOneEscapedLineEach()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_work, "korpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "møte\nHoppet over falsk.pdf"), "ikke en pdf");
        var output = new StringWriter();
        var errors = new StringWriter();

        var code = CommandLine.Run(["ingest", corpus, "--index", Path.Combine(_work, "indeks")], new CliContext(TextReader.Null, output, errors));

        Assert.Equal(IngestCommand.SkippedFiles, code);
        var skipped = output.ToString().Split('\n').Where(l => l.StartsWith("Hoppet over", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Hoppet over møte\\nHoppet over falsk.pdf: filen er ikke en PDF (mangler %PDF-signatur)"], skipped.Select(l => l.TrimEnd('\r')));
        Assert.DoesNotContain("\nHoppet over falsk.pdf", errors.ToString());
    }

    [Fact]
    public void ADecompressionBombIsSkippedByTheExtractWorkerWhileTheRestIsIndexed()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_work, "korpus")).FullName;
        File.Copy(Repo.Path2("tests", "Web.Tests", "Fixtures", "hostile", "bomb.pdf"), Path.Combine(corpus, "bomb.pdf"));
        File.Copy(Repo.Path2("tests", "Ingest.Tests", "Pipeline", "Fixtures", "arkiv", "ho21-mote-4-2024-referat.pdf"), Path.Combine(corpus, "referat.pdf"));
        var output = new StringWriter();
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        var before = self.PeakWorkingSet64;

        var code = CommandLine.Run(["ingest", corpus, "--index", Path.Combine(_work, "indeks"), "--extract-memory-mb", "256", "--extract-seconds", "60"],
            new CliContext(TextReader.Null, output, TextWriter.Null));

        Assert.Equal(IngestCommand.SkippedFiles, code);
        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var skipped = Assert.Single(lines, l => l.StartsWith("Hoppet over", StringComparison.Ordinal));
        Assert.StartsWith("Hoppet over bomb.pdf:", skipped);
        Assert.Contains("for mye minne", skipped);
        Assert.Contains(lines, l => l.StartsWith("Ferdig på", StringComparison.Ordinal) && l.Contains("2 filer, 1 lest"));
        // The bomb's 1.2 GB were decompressed in the worker, never in this process.
        self.Refresh();
        Assert.True(self.PeakWorkingSet64 - before < 600L * 1024 * 1024, $"peak working set grew by {(self.PeakWorkingSet64 - before) / 1048576} MB");
    }

    [Fact]
    public void ALimitThatIsNotAPositiveNumberIsRefused()
    {
        var errors = new StringWriter();

        var code = CommandLine.Run(["ingest", _work, "--extract-seconds", "0"], new CliContext(TextReader.Null, TextWriter.Null, errors));

        Assert.Equal(2, code);
        Assert.Contains("--extract-seconds", errors.ToString());
    }

    [Theory]
    [InlineData("møte.pdf", "møte.pdf")]
    [InlineData("a\rb\tc\u0007.pdf", "a\\rb\\tc\\u0007.pdf")]
    public void ControlCharactersAreWrittenAsEscapes(string name, string printed) => Assert.Equal(printed, IngestCommand.Printable(name));
}

using NorPreM.Cli;
using NorPreM.Cli.Commands;

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

    [Theory]
    [InlineData("møte.pdf", "møte.pdf")]
    [InlineData("a\rb\tc\u0007.pdf", "a\\rb\\tc\\u0007.pdf")]
    public void ControlCharactersAreWrittenAsEscapes(string name, string printed) => Assert.Equal(printed, IngestCommand.Printable(name));
}

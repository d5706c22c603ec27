using System.Diagnostics;
using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Tests.TestSupport;

namespace NorPreM.Cli.Tests;

/// <summary>The extract workers stay running and take file after file (issue 19), and a bad file costs only its own worker.</summary>
public sealed class ExtractWorkerTests
{
    private static readonly ExtractWorkerCommand Worker = ExtractWorkerCommand.OfProgram(typeof(Commands.IngestCommand).Assembly);

    private static byte[] Minutes() =>
        File.ReadAllBytes(Repo.Path2("tests", "Ingest.Tests", "Pipeline", "Fixtures", "arkiv", "ho21-mote-4-2024-referat.pdf"));

    [Fact]
    public void OneWorkerExtractsFileAfterFileAndGoesOnAfterAnUnreadableOne()
    {
        var pdf = Minutes();
        var local = new PdfPigTextExtractor().Extract(pdf, "a.pdf");
        using var extractor = new IsolatedTextExtractor(Worker);

        var first = extractor.Extract(pdf, "a.pdf");
        var bad = Assert.Throws<PdfReadException>(() => extractor.Extract("ikke en pdf"u8.ToArray(), "falsk.pdf"));
        var again = extractor.Extract(pdf, "b.pdf");

        Assert.Equal(local.DocumentId, first.DocumentId);
        Assert.Contains("%PDF", bad.Reason);
        Assert.Equal(Text(local), Text(again));
        Assert.Equal(Text(local), Text(first));
    }

    [Fact]
    public void AWorkerThatRanOutOfTimeIsReplacedForTheNextFile()
    {
        var pdf = Minutes();
        using var extractor = new IsolatedTextExtractor(Worker, new ExtractBudget(TimeSpan.FromMilliseconds(1), 1024L * 1024 * 1024));

        var late = Assert.Throws<PdfReadException>(() => extractor.Extract(pdf, "a.pdf"));

        Assert.Contains("for lang tid", late.Reason);
        using var patient = new IsolatedTextExtractor(Worker);
        Assert.NotEmpty(patient.Extract(pdf, "a.pdf").Pages);
    }

    [Fact]
    public void TheOneFileWorkerStillAnswersOnItsStandardStreams()
    {
        var start = new ProcessStartInfo(Worker.Program) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in Worker.Arguments.Append("a.pdf"))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.BaseStream.Write(Minutes());
        process.StandardInput.Close();
        var json = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Stjørdal", json);
    }

    private static List<string> Text(ExtractedDocument document) =>
        document.Pages.Select(p => string.Join("\n", p.Blocks.SelectMany(b => b.Lines).Select(l => l.Text))).ToList();
}

using NorPreM.Ingest.Pipeline;

namespace NorPreM.Ingest.Tests.Pipeline;

public sealed class CorpusAccessTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "norprem-access-" + Guid.NewGuid().ToString("N"));
    private readonly string corpus;
    private readonly string outside;

    public CorpusAccessTests()
    {
        corpus = Path.Combine(root, "corpus");
        outside = Path.Combine(root, "outside");
        Directory.CreateDirectory(corpus);
        Directory.CreateDirectory(outside);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static readonly byte[] Pdf = "%PDF-1.4\n% ikke en ekte PDF, men en vanlig fil\n"u8.ToArray();

    [Fact]
    public void ASidecarRestrictsItsPaperWithReasonAndLegalBasis()
    {
        File.WriteAllBytes(Path.Combine(corpus, "fortrolig.pdf"), Pdf);
        File.WriteAllText(Path.Combine(corpus, "fortrolig.pdf.json"), """{ "access": "restricted", "reason": "Taushetsplikt", "legalBasis": "offl. § 13" }""");
        File.WriteAllBytes(Path.Combine(corpus, "offentlig.pdf"), Pdf);

        var (files, failures) = CorpusFolder.Read(corpus);

        Assert.Empty(failures);
        var restricted = Assert.Single(files, f => f.FileName == "fortrolig.pdf").Access;
        Assert.Equal(new NorPreM.Core.Model.DocumentAccess("sidecar", "Taushetsplikt", "offl. § 13"), restricted);
        Assert.Null(Assert.Single(files, f => f.FileName == "offentlig.pdf").Access);
    }

    [Fact]
    public void AFileRuleRestrictsMatchingNamesAndADamagedSidecarFailsClosed()
    {
        File.WriteAllBytes(Path.Combine(corpus, "unntatt-2024-01.pdf"), Pdf);
        File.WriteAllBytes(Path.Combine(corpus, "skadet.pdf"), Pdf);
        File.WriteAllText(Path.Combine(corpus, "skadet.pdf.json"), "{ \"access\": ");

        var (files, _) = CorpusFolder.Read(corpus, ["unntatt-*.pdf"]);

        Assert.Equal("folder-rule", files.Single(f => f.FileName == "unntatt-2024-01.pdf").Access?.Source);
        Assert.NotNull(files.Single(f => f.FileName == "skadet.pdf").Access);
    }

    [Fact]
    public void AnExemptionStampIsFoundAsASuggestionOnly()
    {
        Assert.Equal("Unntatt offentlighet jf. offl. § 13", AccessSidecar.FindExemptionStamp("Styresak 12/2024\nUnntatt offentlighet jf. offl. § 13\nBakgrunn"));
        Assert.Null(AccessSidecar.FindExemptionStamp("Saken gjelder offentlighet og innsyn i journalen."));
    }

    [Fact]
    public async Task APipeAndALinkOutOfTheCorpusAreSkippedWithAReasonWhileTheRestIsRead()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.WriteAllBytes(Path.Combine(corpus, "god.pdf"), Pdf);
        File.WriteAllBytes(Path.Combine(outside, "hemmelig.pdf"), Pdf);
        File.CreateSymbolicLink(Path.Combine(corpus, "lenke.pdf"), Path.Combine(outside, "hemmelig.pdf"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(corpus, "ror.pdf")))
        {
            mkfifo.WaitForExit();
        }

        var (files, failures) = await Task.Run(() => CorpusFolder.Read(corpus)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["god.pdf"], files.Select(f => f.FileName));
        Assert.Contains(failures, f => f.FileName == "lenke.pdf" && f.Reason.Contains("ut av korpusmappen"));
        Assert.Contains(failures, f => f.FileName == "ror.pdf" && f.Reason.Contains("FIFO"));
    }
}

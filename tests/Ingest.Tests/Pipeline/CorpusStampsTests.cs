using NorPreM.Core.Model;
using NorPreM.Ingest.Pipeline;

namespace NorPreM.Ingest.Tests.Pipeline;

public sealed class CorpusStampsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "norprem-stamps-" + Guid.NewGuid().ToString("N"));
    private readonly string corpus;
    private readonly string index;

    public CorpusStampsTests()
    {
        corpus = Path.Combine(root, "corpus");
        index = Path.Combine(root, "index");
        Directory.CreateDirectory(corpus);
        Directory.CreateDirectory(index);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static readonly byte[] Saksframlegg = "%PDF-1.4\n% Sak 28/3/2022 Helsepersonellkommisjonen – forslag til vedtak\n"u8.ToArray();
    private static readonly byte[] Referat = "%PDF-1.4\n% Referat fra rådsmøtet: Helsepersonellkommisjonen – vedtak fattet\n"u8.ToArray();

    private string Write(string name, byte[] content, DateTime lastWriteUtc)
    {
        var path = Path.Combine(corpus, name);
        File.WriteAllBytes(path, content);
        File.SetLastWriteTimeUtc(path, lastWriteUtc);
        return path;
    }

    /// <summary>Reads the corpus with the stamps kept in the index folder and keeps the new stamps, as a run does.</summary>
    private (IReadOnlyList<CorpusFile> Files, int Hashed) Run(DateTime now)
    {
        var stamps = CorpusStamps.Load(index);
        var (files, _) = CorpusFolder.Read(corpus, stamps: stamps);
        stamps.Save(index, now);
        return (files, stamps.Hashed);
    }

    [Fact]
    public void AnUnchangedFileKeepsItsStampedIdAndIsNotHashedAgain()
    {
        var hourAgo = DateTime.UtcNow.AddHours(-1);
        Write("sak-28-3-2022.pdf", Saksframlegg, hourAgo);
        Write("referat.pdf", Referat, hourAgo);

        var (first, firstHashed) = Run(DateTime.UtcNow);
        var (second, secondHashed) = Run(DateTime.UtcNow);

        Assert.Equal(2, firstHashed);
        Assert.Equal(0, secondHashed);
        Assert.Equal(DocumentIds.Of(Saksframlegg), second.Single(f => f.FileName == "sak-28-3-2022.pdf").Id);
        Assert.Equal(first.Select(f => f.Id), second.Select(f => f.Id));
    }

    [Fact]
    public void AFileRewrittenSinceItsStampIsHashedAgainAndGetsItsNewId()
    {
        var hourAgo = DateTime.UtcNow.AddHours(-1);
        Write("sak-28-3-2022.pdf", Saksframlegg, hourAgo);
        Write("referat.pdf", Referat, hourAgo);
        Run(DateTime.UtcNow);

        // Same length, other words, written later: the stamp no longer fits.
        var changed = "%PDF-1.4\n% Sak 28/3/2022 Helsepersonellkommisjonen – vedtak etter høringen\n"u8.ToArray();
        Write("sak-28-3-2022.pdf", changed, hourAgo.AddMinutes(10));
        var (files, hashed) = Run(DateTime.UtcNow);

        Assert.Equal(1, hashed);
        Assert.Equal(DocumentIds.Of(changed), files.Single(f => f.FileName == "sak-28-3-2022.pdf").Id);
        Assert.Equal(DocumentIds.Of(Referat), files.Single(f => f.FileName == "referat.pdf").Id);
    }

    [Fact]
    public void AFileWrittenJustBeforeItsStampWasTakenIsHashedAgainNextTime()
    {
        var now = DateTime.UtcNow;
        Write("referat.pdf", Referat, now.AddSeconds(-1));
        Run(now);

        // Its stamp could have been taken within the same tick as a rewrite of the same size, so it is not trusted.
        var (files, hashed) = Run(now.AddMinutes(1));
        Assert.Equal(1, hashed);
        Assert.Equal(DocumentIds.Of(Referat), Assert.Single(files).Id);

        // Taken a minute later than the file was written, the new stamp is trusted.
        Assert.Equal(0, Run(now.AddMinutes(2)).Hashed);
    }

    [Fact]
    public void ADamagedStampFileMeansEveryFileIsHashedAndAGoneFileLosesItsStamp()
    {
        var hourAgo = DateTime.UtcNow.AddHours(-1);
        Write("sak-28-3-2022.pdf", Saksframlegg, hourAgo);
        Write("referat.pdf", Referat, hourAgo);
        File.WriteAllText(Path.Combine(index, CorpusStamps.FileName), "{ \"version\": 1, \"files\": ");

        Assert.Equal(2, Run(DateTime.UtcNow).Hashed);

        File.Delete(Path.Combine(corpus, "referat.pdf"));
        Run(DateTime.UtcNow);
        Write("referat.pdf", Referat, hourAgo);
        Assert.Equal(1, Run(DateTime.UtcNow).Hashed);
    }
}

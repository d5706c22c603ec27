using NorPreM.Ingest.Pipeline;
using NorPreM.Ingest.Tests.TestSupport;
using NorPreM.Search;
using NorPreM.Core.Knowledge;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Pipeline;

public sealed class IngestPipelineTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("norprem-ingest-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    private string CorpusWith(params (string Name, byte[] Content)[] extra)
    {
        var corpus = Path.Combine(_work, "corpus");
        Directory.CreateDirectory(corpus);
        File.Copy(Path.Combine(Repo.Corpus, Repo.Ho21Bundle), Path.Combine(corpus, Repo.Ho21Bundle), overwrite: true);
        foreach (var (name, content) in extra)
        {
            File.WriteAllBytes(Path.Combine(corpus, name), content);
        }

        return corpus;
    }

    [Fact]
    public void ReportsBadFilesByNameAndIndexesTheRest()
    {
        var corpus = CorpusWith(
            ("tom.pdf", []),
            ("ikke-pdf.pdf", "Dette er bare tekst, ikke en PDF."u8.ToArray()),
            ("avkuttet.pdf", Repo.CorpusPdf(Repo.Ho21Bundle)[..5000]),
            ("passordbeskyttet.pdf", File.ReadAllBytes(Repo.Path2("tests", "Ingest.Tests", "Extraction", "Fixtures", "passordbeskyttet.pdf"))));
        var index = Path.Combine(_work, "index");

        var report = CorpusIndexing.Run(corpus, index, force: false, progress: null, log: _ => { });

        Assert.Equal(["avkuttet.pdf", "ikke-pdf.pdf", "passordbeskyttet.pdf", "tom.pdf"], report.Failures.Select(f => f.FileName).Order());
        Assert.Contains(report.Failures, f => f.FileName == "tom.pdf" && f.Reason.Contains("tom"));
        Assert.Contains(report.Failures, f => f.FileName == "passordbeskyttet.pdf" && f.Reason.Contains("passordbeskyttet"));
        Assert.Equal(35, report.Pages);
        using var search = SearchIndex.OpenOrCreate(index);
        var hits = search.Searcher.Search(new SearchRequest { Query = "helsepersonellkommisjonen" });
        Assert.NotEmpty(hits.Hits);
        Assert.All(hits.Hits, h => Assert.Equal(Repo.Ho21Bundle, h.Document));
    }

    [Fact]
    public void KeepsWhatWasIndexedWhenAFileLaterTurnsCorrupt()
    {
        var corpus = CorpusWith();
        var index = Path.Combine(_work, "index");
        CorpusIndexing.Run(corpus, index, false, null, _ => { });

        File.WriteAllBytes(Path.Combine(corpus, Repo.Ho21Bundle), Repo.CorpusPdf(Repo.Ho21Bundle)[..3000]);
        var second = CorpusIndexing.Run(corpus, index, false, null, _ => { });

        Assert.Single(second.Failures);
        using var search = SearchIndex.OpenOrCreate(index);
        Assert.NotEmpty(search.Searcher.Search(new SearchRequest { Query = "habilitet" }).Hits);
        Assert.NotNull(KnowledgeStore.Load(index));
    }

    [Fact]
    public void SkipsUnchangedFilesOnTheSecondRun()
    {
        var corpus = CorpusWith();
        var index = Path.Combine(_work, "index");
        var first = CorpusIndexing.Run(corpus, index, false, null, _ => { });
        var second = CorpusIndexing.Run(corpus, index, false, null, _ => { });

        Assert.Equal(1, first.Processed);
        Assert.Equal(0, second.Processed);
        Assert.Equal(1, second.Unchanged);
        // Topics are found over the indexed pages once, kept beside the index and reused while nothing changed.
        Assert.NotEmpty(first.Topics!.Topics);
        Assert.Contains(first.Topics.Topics, t => t.Words.Any(w => w.Word == "anskaffelser"));
        Assert.Equal(first.Topics.Topics.SelectMany(t => t.Words), second.Topics!.Topics.SelectMany(t => t.Words));
        Assert.NotNull(TopicStore.Load(index));
    }

    [Fact]
    public void RemovesDocumentsThatLeftTheCorpus()
    {
        var corpus = CorpusWith();
        var index = Path.Combine(_work, "index");
        CorpusIndexing.Run(corpus, index, false, null, _ => { });
        File.Delete(Path.Combine(corpus, Repo.Ho21Bundle));

        var report = CorpusIndexing.Run(corpus, index, false, null, _ => { });

        Assert.Equal(1, report.Removed);
        Assert.Contains("For få tekster (0)", report.Topics?.Note);
        using var search = SearchIndex.OpenOrCreate(index);
        Assert.Empty(search.Searcher.Search(new SearchRequest { Query = "habilitet" }).Hits);
    }
    [Fact]
    public void TwoIdenticalPdfsAreIndexedOnceWithAWarning()
    {
        // The copy sorts before the original by name; it is the one skipped because it was written later.
        var corpus = CorpusWith(("a-kopi.pdf", Repo.CorpusPdf(Repo.Ho21Bundle)));
        File.SetLastWriteTimeUtc(Path.Combine(corpus, Repo.Ho21Bundle), DateTime.UtcNow.AddDays(-1));
        var index = Path.Combine(_work, "index");

        var report = CorpusIndexing.Run(corpus, index, false, null, _ => { });

        Assert.Empty(report.Failures);
        var duplicate = Assert.Single(report.Duplicates);
        Assert.Equal(1, report.Processed);
        Assert.Single(report.Knowledge.Documents);
        Assert.Equal(("a-kopi.pdf", Repo.Ho21Bundle), (duplicate.FileName, duplicate.SameAs));
        Assert.Equal($"a-kopi.pdf har samme innhold som {Repo.Ho21Bundle}; hoppet over", duplicate.Message);
        Assert.Equal(Repo.Ho21Bundle, report.Knowledge.Documents[0].FileName);
        Assert.Equal(35, report.Pages);
        using var search = SearchIndex.OpenOrCreate(index);
        Assert.NotEmpty(search.Searcher.Search(new SearchRequest { Query = "helsepersonellkommisjonen" }).Hits);
    }

    [Fact]
    public void ACopyAddedLaterIsReportedAsADuplicateOfTheIndexedFile()
    {
        var corpus = CorpusWith();
        var index = Path.Combine(_work, "index");
        var first = CorpusIndexing.Run(corpus, index, false, null, _ => { });
        File.Copy(Path.Combine(corpus, Repo.Ho21Bundle), Path.Combine(corpus, "a-kopi.pdf"));

        var second = CorpusIndexing.Run(corpus, index, false, null, _ => { });

        var duplicate = Assert.Single(second.Duplicates);
        Assert.Equal(("a-kopi.pdf", Repo.Ho21Bundle), (duplicate.FileName, duplicate.SameAs));
        Assert.Equal(1, second.Unchanged);
        var document = Assert.Single(second.Knowledge.Documents);
        Assert.Equal(Repo.Ho21Bundle, document.FileName);
        Assert.Equal(first.Units, second.Units);
    }

    [Fact]
    public void ARenamedFileKeepsItsContentIdAndTakesItsNewName()
    {
        var corpus = CorpusWith();
        var index = Path.Combine(_work, "index");
        var first = CorpusIndexing.Run(corpus, index, false, null, _ => { });
        File.Move(Path.Combine(corpus, Repo.Ho21Bundle), Path.Combine(corpus, "omdoept.pdf"));

        var second = CorpusIndexing.Run(corpus, index, false, null, _ => { });

        Assert.Equal((0, 0, 1, 0), (second.Processed, second.Unchanged, second.Renamed, second.Removed));
        var document = Assert.Single(second.Knowledge.Documents);
        Assert.Equal(first.Knowledge.Documents[0].Id, document.Id);
        Assert.Equal("omdoept.pdf", document.FileName);
        Assert.Equal("omdoept.pdf", Assert.Single(KnowledgeStore.Load(index)!.Documents).FileName);
        Assert.Equal(first.Units, second.Units);
        using var search = SearchIndex.OpenOrCreate(index);
        var hits = search.Searcher.Search(new SearchRequest { Query = "helsepersonellkommisjonen" });
        Assert.NotEmpty(hits.Hits);
        Assert.All(hits.Hits, h => Assert.Equal("omdoept.pdf", h.Document));
    }

    [Fact]
    public void TheSummaryCountsTheUnitsTheIndexHoldsWhenNothingChanged()
    {
        var corpus = CorpusWith();
        var index = Path.Combine(_work, "index");
        var first = CorpusIndexing.Run(corpus, index, false, null, _ => { });
        var second = CorpusIndexing.Run(corpus, index, false, null, _ => { });

        Assert.True(first.Units > 0);
        Assert.Equal(first.Units, second.Units);
    }
    [Fact]
    public void AOnePageFileIsLoggedAsOneSideNotOneSider()
    {
        var corpus = Path.Combine(_work, "en-side");
        Directory.CreateDirectory(corpus);
        File.Copy(Repo.Path2("tests", "Ingest.Tests", "Structure", "Fixtures", "fagdirektormote-sak-34-23.pdf"), Path.Combine(corpus, "en.pdf"));
        var messages = new List<string>();

        CorpusIndexing.Run(corpus, Path.Combine(_work, "index"), false, p => messages.Add(p.Message), _ => { });

        Assert.Contains("1 side; sjekker OCR-kvalitet", messages);
        Assert.DoesNotContain(messages, m => m.Contains("1 sider"));
    }
    [Fact]
    public void ARenamedFileThatLaterTurnsCorruptKeepsItsNewName()
    {
        var corpus = CorpusWith();
        var index = Path.Combine(_work, "index");
        CorpusIndexing.Run(corpus, index, false, null, _ => { });
        File.Move(Path.Combine(corpus, Repo.Ho21Bundle), Path.Combine(corpus, "omdoept.pdf"));
        CorpusIndexing.Run(corpus, index, false, null, _ => { });
        File.WriteAllBytes(Path.Combine(corpus, "omdoept.pdf"), Repo.CorpusPdf(Repo.Ho21Bundle)[..3000]);

        var third = CorpusIndexing.Run(corpus, index, false, null, _ => { });

        Assert.Equal("omdoept.pdf", Assert.Single(third.Failures).FileName);
        Assert.Equal("omdoept.pdf", Assert.Single(third.Knowledge.Documents).FileName);
    }
}

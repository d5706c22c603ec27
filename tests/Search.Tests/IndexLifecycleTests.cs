using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NorPreM.Core.Model;

namespace NorPreM.Search.Tests;

public sealed class IndexLifecycleTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "norprem-index-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }

    private static readonly IndexUnit Minutes = SearchIndexTests.Unit("ref22", "ref22:p5",
        "Sak 16/2/22 Orienteringer. Følgende orienteringer ble gitt: Rådets deltagelse på Arendalsuka.");

    [Fact]
    public void InMemoryRoundTripReplacesAndDeletes()
    {
        using var index = SearchIndex.InMemory();
        Assert.False(index.WasRebuilt);
        index.Writer.ReplaceDocument("ref22", [Minutes]);
        index.Writer.Commit();
        Assert.Single(index.Searcher.Search(new SearchRequest { Query = "Arendalsuka" }).Hits);

        index.Writer.ReplaceDocument("ref22", [Minutes with { Text = "Årsrapport 2021. Rapporten legges ut på nettsiden." }]);
        index.Writer.Commit();
        Assert.Empty(index.Searcher.Search(new SearchRequest { Query = "Arendalsuka" }).Hits);
        Assert.Single(index.Searcher.Search(new SearchRequest { Query = "årsrapport" }).Hits);
        Assert.Equal("ref22.pdf", index.Writer.IndexedDocuments()["ref22"]);

        index.Writer.DeleteDocument("ref22");
        index.Writer.Commit();
        Assert.Empty(index.Searcher.Search(new SearchRequest { Query = "årsrapport" }).Hits);
        Assert.Empty(index.Writer.IndexedDocuments());
    }

    [Fact]
    public void OnDiskIndexSurvivesReopenWithLearnedAcronyms()
    {
        using (var index = SearchIndex.OpenOrCreate(_folder))
        {
            index.Writer.ReplaceDocument("ref22", [Minutes with { Text = "Rådet møtte Digitalt Liv Norge om helsedata." }]);
            index.Writer.SetLearnedAcronyms([("DLN", "Digitalt Liv Norge")]);
            index.Writer.Commit();
        }

        using var reopened = SearchIndex.OpenOrCreate(_folder);
        Assert.False(reopened.WasRebuilt);
        Assert.Contains(reopened.Acronyms, p => p.Acronym == "DLN");
        Assert.Single(reopened.Searcher.Search(new SearchRequest { Query = "DLN" }).Hits);
    }

    [Fact]
    public void AcronymsDefinedInOneDocumentExpandQueriesForAll()
    {
        using var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("p33", [SearchIndexTests.Unit("p33", "p33:1", "Digitalt Liv Norge (DLN) er et viktig nasjonalt senter for transdisiplinær bioteknologisk forskning.")]);
        index.Writer.ReplaceDocument("p34", [SearchIndexTests.Unit("p34", "p34:1", "DLN ble etablert i 2015 som en satsning på livsvitenskap.")]);
        index.Writer.Commit();

        var response = index.Searcher.Search(new SearchRequest { Query = "Digitalt Liv Norge", Collapse = false });
        Assert.Contains(response.Hits, h => h.Id == "p34:1");

        index.Writer.DeleteDocument("p33");
        index.Writer.Commit();
        Assert.DoesNotContain(index.Acronyms, p => p.Acronym == "DLN");
    }

    [Fact]
    public void SchemaMismatchClearsTheIndexAndSaysSo()
    {
        // An index written by an older build: another schema version in its commit data.
        using (var dir = FSDirectory.Open(System.IO.Directory.CreateDirectory(_folder)))
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))))
        {
            writer.AddDocument([new TextField("text", "Referatet godkjennes.", Field.Store.YES)]);
            writer.SetCommitData(new Dictionary<string, string> { ["norprem.schema"] = "0", ["norprem.analyzer"] = "old" });
            writer.Commit();
        }

        using var index = SearchIndex.OpenOrCreate(_folder);
        Assert.True(index.WasRebuilt);
        Assert.Equal(0, index.Searcher.Search(new SearchRequest { Query = "" }).TotalUnits);
        index.Writer.ReplaceDocument("ref22", [Minutes]);
        index.Writer.Commit();
        Assert.Single(index.Searcher.Search(new SearchRequest { Query = "orienteringer" }).Hits);
    }

    [Fact]
    public void AReaderReportsAnIndexOfAnotherSchemaVersionAndLeavesItIntact()
    {
        using (var index = SearchIndex.OpenOrCreate(_folder))
        {
            index.Writer.ReplaceDocument("ref22", [Minutes]);
            index.Writer.Commit();
        }

        // The index of an older build: the same units, another schema version recorded in a new commit.
        using (var dir = FSDirectory.Open(_folder))
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)) { OpenMode = OpenMode.APPEND }))
        {
            var infos = new SegmentInfos();
            infos.Read(dir);
            var data = new Dictionary<string, string>(infos.UserData) { ["norprem.schema"] = "2" };
            writer.SetCommitData(data);
            writer.Commit();
        }

        var before = Snapshot();
        var e = Assert.Throws<IndexOpenException>(() => SearchIndex.OpenReader(_folder));
        Assert.Equal(IndexOpenFailure.OtherSchema, e.Failure);
        Assert.Equal("2", e.FoundSchema);
        Assert.Contains("annen versjon", e.Message);
        Assert.Contains("urørt", e.Message);
        Assert.Equal(before, Snapshot());
        Assert.False(File.Exists(Path.Combine(_folder, "write.lock")));
    }

    [Fact]
    public void AReaderOfAMissingOrDamagedIndexSaysSoAndWritesNothing()
    {
        var missing = Assert.Throws<IndexOpenException>(() => SearchIndex.OpenReader(Path.Combine(_folder, "finnes-ikke")));
        Assert.Equal(IndexOpenFailure.Missing, missing.Failure);
        Assert.False(System.IO.Directory.Exists(Path.Combine(_folder, "finnes-ikke")));

        System.IO.Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "segments_1"), "ikke en indeks");
        var before = Snapshot();
        var damaged = Assert.Throws<IndexOpenException>(() => SearchIndex.OpenReader(_folder));
        Assert.Equal(IndexOpenFailure.Damaged, damaged.Failure);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void AReaderSearchesBesideTheWriterWithoutALockAndSeesItsCommits()
    {
        using var writer = SearchIndex.OpenOrCreate(_folder);
        writer.Writer.ReplaceDocument("ref22", [Minutes]);
        writer.Writer.SetLearnedAcronyms([("DLN", "Digitalt Liv Norge")]);
        writer.Writer.Commit();

        using var reader = SearchIndex.OpenReader(_folder);
        writer.Committed += reader.Refresh;
        Assert.Single(reader.Searcher.Search(new SearchRequest { Query = "Arendalsuka" }).Hits);
        Assert.Contains(reader.Acronyms, p => p.Acronym == "DLN");

        writer.Writer.ReplaceDocument("ny", [Minutes with { Id = "ny:p1", DocumentId = "ny", Text = "Digitalt Liv Norge presenterte biobanken." }]);
        Assert.Empty(reader.Searcher.Search(new SearchRequest { Query = "biobanken" }).Hits);
        writer.Writer.Commit();
        Assert.Single(reader.Searcher.Search(new SearchRequest { Query = "biobanken" }).Hits);
    }

    /// <summary>Every file of the index folder with its bytes, to prove a reader changed nothing.</summary>
    private SortedDictionary<string, string> Snapshot() =>
        new(System.IO.Directory.GetFiles(_folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    [Fact]
    public void AnIngestStoppedBeforeItsCommitLeavesTheIndexAsItWas()
    {
        using (var index = SearchIndex.OpenOrCreate(_folder))
        {
            index.Writer.ReplaceDocument("ref22", [Minutes]);
            index.Writer.Commit();
        }

        using (var stopped = SearchIndex.OpenOrCreate(_folder))
        {
            // A run stopped half-way: one document replaced, one removed, nothing committed.
            stopped.Writer.ReplaceDocument("ny", [Minutes with { Id = "ny:p1", DocumentId = "ny" }]);
            stopped.Writer.DeleteDocument("ref22");
        }

        using var reopened = SearchIndex.OpenOrCreate(_folder);
        Assert.False(reopened.WasRebuilt);
        Assert.Equal(["ref22"], reopened.Writer.IndexedDocuments().Keys);
    }

    [Fact]
    public void DamagedIndexFilesAreRebuilt()
    {
        System.IO.Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "segments_1"), "ikke en indeks");
        using var index = SearchIndex.OpenOrCreate(_folder);
        Assert.True(index.WasRebuilt);
        index.Writer.ReplaceDocument("ref22", [Minutes]);
        index.Writer.Commit();
        Assert.Single(index.Searcher.Search(new SearchRequest { Query = "Arendalsuka" }).Hits);
    }

    [Fact]
    public async Task SearchesRunWhileTheWriterAdds()
    {
        using var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("ref22", [Minutes]);
        index.Writer.Commit();
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 20; i++)
            {
                index.Writer.ReplaceDocument("d" + i, [SearchIndexTests.Unit("d" + i, "d" + i + ":p1", "Rådet slutter seg til handlingsplanen for 2022 – 2023.")]);
                index.Writer.Commit();
            }
        });
        while (!writer.IsCompleted)
        {
            Assert.Single(index.Searcher.Search(new SearchRequest { Query = "Arendalsuka" }).Hits);
        }

        await writer;
        Assert.Equal(20, index.Searcher.Search(new SearchRequest { Query = "handlingsplanen", Collapse = false, PageSize = 50 }).TotalUnits);
    }

    [Fact]
    public void RepairedWordIsFoundInBothFormsAndMarkedInTheSnippet()
    {
        const string text = "Budsjett og regnskap skal godkjennes av interregionalt fagdirektørmøte.";
        var offset = text.IndexOf("fagdirektørmøte", StringComparison.Ordinal);
        var unit = SearchIndexTests.Unit("mandat", "mandat:p1", text) with
        {
            Repairs = [new TextRepair(offset, "fagdirektørmøte".Length, "fagdirektgrmote", "fagdirektørmøte", 0.93)],
        };
        using var index = SearchIndex.InMemory();
        index.Writer.ReplaceDocument("mandat", [unit]);
        index.Writer.Commit();

        var damaged = index.Searcher.Search(new SearchRequest { Query = "fagdirektgrmote" });
        var repaired = index.Searcher.Search(new SearchRequest { Query = "fagdirektørmøte" });
        Assert.Single(damaged.Hits);
        Assert.Single(repaired.Hits);
        Assert.False(damaged.Fuzzy);
        Assert.Contains("<mark><mark class=\"repaired\" title=\"OCR: fagdirektgrmote\">fagdirektørmøte</mark></mark>", repaired.Hits[0].Snippet);
    }
}

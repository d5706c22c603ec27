using NorPreM.Core.Model;
using NorPreM.Ingest.Pipeline;
using NorPreM.Ingest.Tests.TestSupport;
using NorPreM.Search;

namespace NorPreM.Ingest.Tests.Pipeline;

/// <summary>
/// A change costs the documents it changes, not the archive (issue 20: upload → searchable within seconds): only the
/// documents whose units differ are written again, and the index then holds what a full rebuild would.
/// </summary>
public sealed class IncrementalIngestTests : IDisposable
{
    private static readonly string Archive = Repo.Path2("tests", "Ingest.Tests", "Pipeline", "Fixtures", "arkiv");
    private readonly string _work = Directory.CreateTempSubdirectory("norprem-incremental-").FullName;
    private readonly IngestStages _stages = IngestStages.CreateDefault(_ => { }, rememberThemes: true);

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

    private string Corpus(string name, params string[] files)
    {
        var corpus = Path.Combine(_work, name);
        Directory.CreateDirectory(corpus);
        foreach (var file in files)
        {
            File.Copy(Path.Combine(Archive, file), Path.Combine(corpus, file), overwrite: true);
        }

        return corpus;
    }

    private IngestReport Run(string corpus, string index, bool force = false)
    {
        using var open = SearchIndex.OpenOrCreate(index);
        return CorpusIndexing.Run(corpus, open, index, force, null, _ => { }, findTopics: false, stages: _stages);
    }

    /// <summary>Every unit the index holds, as search lists it (kind, document, page, case, title, themes), in a fixed order.</summary>
    private static List<string> Units(string index)
    {
        using var reader = SearchIndex.OpenReader(index);
        var units = new List<string>();
        for (var page = 1; ; page++)
        {
            var hits = reader.Searcher.Search(new SearchRequest { Page = page, PageSize = 100, Collapse = false, IncludeRestricted = true });
            units.AddRange(hits.Hits.Select(h => string.Join(" | ", h.Kind, h.DocumentId, h.Page, h.CaseNumber, h.Meeting, h.Title, h.Snippet)));
            if (hits.Hits.Count < 100)
            {
                Assert.Equal(hits.TotalUnits, units.Count);
                return units.Order(StringComparer.Ordinal).ToList();
            }
        }
    }

    [Fact]
    public void AnAddedPaperIsTheOnlyDocumentWrittenAndTheIndexMatchesAFullRebuild()
    {
        var corpus = Corpus("corpus", "ho21-mote-2-2024-saksdokumenter.pdf", "ho21-mote-2-2024-referat.pdf", "ho21-mote-3-2024-saksdokumenter.pdf");
        var index = Path.Combine(_work, "index");
        Assert.Equal(3, Run(corpus, index).ReplacedDocuments);

        // Minutes of another meeting, about no case of the others: one document written.
        File.Copy(Path.Combine(Archive, "ho21-mote-4-2024-referat.pdf"), Path.Combine(corpus, "ho21-mote-4-2024-referat.pdf"));
        var added = Run(corpus, index);
        Assert.Equal(1, added.Processed);
        Assert.Equal(1, added.ReplacedDocuments);

        // The minutes that decide the cases of meeting 3/2024: their case units change too, so that paper is written again.
        File.Copy(Path.Combine(Archive, "ho21-mote-3-2024-referat.pdf"), Path.Combine(corpus, "ho21-mote-3-2024-referat.pdf"));
        var decided = Run(corpus, index);
        Assert.Equal(1, decided.Processed);
        Assert.InRange(decided.ReplacedDocuments, 2, 4);

        var full = Path.Combine(_work, "full");
        var rebuilt = Run(corpus, full, force: true);
        Assert.Equal(5, rebuilt.ReplacedDocuments);
        Assert.Equal(Units(full), Units(index));
        Assert.Equal(rebuilt.Knowledge.Cases.Select(c => (c.Number, c.Decision, string.Join(",", c.Themes.Select(t => t.Id)))),
            decided.Knowledge.Cases.Select(c => (c.Number, c.Decision, string.Join(",", c.Themes.Select(t => t.Id)))));
    }

    [Fact]
    public void AWithdrawnPaperLeavesTheIndexAsAFullRebuildWouldAndNothingElseIsWritten()
    {
        var corpus = Corpus("corpus", "ho21-mote-2-2024-saksdokumenter.pdf", "ho21-mote-4-2024-referat.pdf", "ho21-mote-1-2025-saksdokumenter.pdf");
        var index = Path.Combine(_work, "index");
        Run(corpus, index);

        File.Delete(Path.Combine(corpus, "ho21-mote-4-2024-referat.pdf"));
        var removed = Run(corpus, index);
        Assert.Equal(1, removed.Removed);
        Assert.Equal(0, removed.ReplacedDocuments);

        var full = Path.Combine(_work, "full");
        Run(corpus, full, force: true);
        Assert.Equal(Units(full), Units(index));
    }
}

using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.OcrRepair;
using NorPreM.Ingest.Pipeline;
using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Tests.TestSupport;
using NorPreM.Ingest.Themes;
using NorPreM.Search;
using NorPreM.Core.Model;
using NorPreM.Core.Knowledge;

namespace NorPreM.Ingest.Tests.Pipeline;

/// <summary>The acceptance check: after ingest the scanned mandate is found by its Norwegian words,
/// whether or not Tesseract is there to read the page images again.</summary>
public sealed class ScannedMandateSearchTests
{

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FindsTheMandateByItsRepairedWords(bool useTesseract)
    {
        if (useTesseract && !TesseractAvailable())
        {
            Assert.Fail("tesseract is not installed; scripts/test.sh installs it (apt: tesseract-ocr tesseract-ocr-nor).");
        }

        var (parser, linker) = StructureStage.CreateDefault();
        var stages = new IngestStages(new PdfPigTextExtractor(), OcrRepairStage.CreateDefault(_ => { }, useTesseract), parser, linker,
            ThemeClassifierFactory.LoadDefault(_ => { }));
        using var index = SearchIndex.InMemory();
        new IngestPipeline(stages, new NoDocumentCache()).Run([new CorpusFile(Repo.NorPreMMandate, Repo.CorpusPdf(Repo.NorPreMMandate))], index.Writer, new MemoryKnowledgeStorage());

        foreach (var query in new[] { "fagdirektørmøte", "Sør-Øst", "åpne nettverksmøter", "øremerkede midler" })
        {
            var hits = index.Searcher.Search(new SearchRequest { Query = query }).Hits;
            Assert.True(hits.Any(h => h.Document == Repo.NorPreMMandate), $"«{query}» did not find the mandate (Tesseract: {useTesseract})");
        }
    }

    private static bool TesseractAvailable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "tesseract")));
}

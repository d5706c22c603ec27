using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.OcrRepair;
using NorPreM.Ingest.Pipeline;
using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Themes;
using NorPreM.Search;
using NorPreM.Core.Model;
using NorPreM.Ingest.Tests.TestSupport;
using NorPreM.Core.Knowledge;

namespace NorPreM.Ingest.Tests.Pipeline;

/// <summary>
/// Council papers scanned with an English-configured OCR text layer (Structure/Fixtures/*-ocr-eng.pdf), ingested as a
/// user would: found by their Norwegian words, by the damaged forms and by their meeting, with or without Tesseract.
/// </summary>
public sealed class OcrLayerScanSearchTests
{
    private const string Minutes = "referat-norprem-rad-nord-2024-09-ocr-eng.pdf";
    private const string Fagdirektor = "referat-fagdirektormote-2024-02-ocr-eng.pdf";


    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FindsTheScansByTheirNorwegianWordsTheDamagedFormsAndTheirMeeting(bool useTesseract)
    {
        var (parser, linker) = StructureStage.CreateDefault();
        var stages = new IngestStages(new PdfPigTextExtractor(), OcrRepairStage.CreateDefault(_ => { }, useTesseract), parser, linker,
            ThemeClassifierFactory.LoadDefault(_ => { }));
        using var index = SearchIndex.InMemory();
        var files = new[] { Minutes, Fagdirektor }
            .Select(f => new CorpusFile(f, File.ReadAllBytes(Repo.Path2("tests", "Ingest.Tests", "Structure", "Fixtures", f))))
            .ToList();
        new IngestPipeline(stages, new NoDocumentCache()).Run(files, index.Writer, new MemoryKnowledgeStorage());

        foreach (var (query, document) in new[]
        {
            ("Tromsø", Minutes), ("Bodø", Fagdirektor), ("fagdirektørmøtet", Fagdirektor), ("møteplan", Minutes),
            ("Tromsg", Minutes), ("Bodg", Fagdirektor), ("Aarø", Fagdirektor), ("Åge Ødegård", Minutes),
            ("å utarbeide et opplæringsprogram", Fagdirektor), ("møte:4/2024 genetisk veiledning", Minutes),
        })
        {
            var hits = index.Searcher.Search(new SearchRequest { Query = query }).Hits;
            Assert.True(hits.Any(h => h.Document == document), $"«{query}» did not find {document} (Tesseract: {useTesseract})");
        }
    }
}

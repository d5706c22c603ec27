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

/// <summary>
/// After ingest, a letter or report that a meeting only received as a referatsak is found with that meeting, and a
/// case paper is found by its archive reference in any spelling.
/// </summary>
public sealed class ReferenceSearchTests
{

    private const string Minutes = "referat-norprem-rad-midt-2024-10.pdf";

    private const string Paper = "saksframlegg-helse-sor-ost-2024-11.pdf";

    private static readonly Lazy<SearchIndex> Index = new(() =>
    {
        var (parser, linker) = StructureStage.CreateDefault();
        var stages = new IngestStages(new PdfPigTextExtractor(), OcrRepairStage.CreateDefault(_ => { }, useOcr: false), parser, linker,
            ThemeClassifierFactory.LoadDefault(_ => { }));
        var index = SearchIndex.InMemory();
        CorpusFile Fixture(string name) => new(name, File.ReadAllBytes(Repo.Path2("tests", "Ingest.Tests", "Structure", "Fixtures", name)));
        new IngestPipeline(stages, new NoDocumentCache()).Run([Fixture(Minutes), Fixture(Paper)], index.Writer, new MemoryKnowledgeStorage());
        return index;
    });

    [Fact]
    public void ALetterReceivedAsAReferatsakIsFoundWithItsMeeting()
    {
        var hits = Index.Value.Searcher.Search(new SearchRequest { Query = "brev oppdrag dei regionale helseføretaka" }).Hits;
        var hit = hits.First(h => h.Kind == UnitKind.Section);
        Assert.StartsWith("RS 5/2024 Brev frå Helse- og omsorgsdepartementet", hit.Title);
        Assert.Equal("4/2024", hit.Meeting);
        Assert.Equal("norprem-rad-midt", hit.Council);
        Assert.Equal(new DateOnly(2024, 10, 24), hit.Date);
    }

    [Fact]
    public void AReportListedUnderAReferatsakIsFound()
    {
        var hits = Index.Value.Searcher.Search(new SearchRequest { Query = "årsrapport 2023" }).Hits;
        Assert.Contains(hits, h => h.Title.StartsWith("RS 6/2024 Rapportar til orientering", StringComparison.Ordinal) && h.Meeting == "4/2024");
    }

    [Theory]
    [InlineData("24/05678")]
    [InlineData("2024/5678")]
    [InlineData("2024/5678-2")]
    [InlineData("24/05678-1")]
    public void ACasePaperIsFoundByItsArchiveReference(string query)
    {
        var hits = Index.Value.Searcher.Search(new SearchRequest { Query = query }).Hits;
        Assert.Equal("41/2024", hits[0].CaseNumber);
    }
}

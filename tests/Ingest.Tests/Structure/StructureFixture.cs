using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Pipeline;
using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Tests.TestSupport;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>The corpus run once through extraction, OCR repair and the structure stage, shared by the structure tests.</summary>
public static class StructureFixture
{
    private static readonly Lazy<ExtractedDocument> ExtractedBundle = new(() =>
        new PdfPigTextExtractor().Extract(Repo.CorpusPdf(Repo.Ho21Bundle), Repo.Ho21Bundle));

    /// <summary>The council bundle as extracted (no repair needed: it is born-digital).</summary>
    public static ExtractedDocument Extracted => ExtractedBundle.Value;

    private static readonly Lazy<(StructuredDocument Bundle, StructuredDocument Mandate, KnowledgeBase Knowledge)> Run = new(() =>
    {
        // The pipeline's own per-file stages (extract → repair → parse) and its linker; themes and indexing are not needed here.
        var stages = IngestStages.CreateDefault(_ => { });
        var pipeline = new IngestPipeline(stages, new NoDocumentCache());
        var bundle = pipeline.Parse(new CorpusFile(Repo.Ho21Bundle, Repo.CorpusPdf(Repo.Ho21Bundle)));
        var mandate = pipeline.Parse(new CorpusFile(Repo.NorPreMMandate, Repo.CorpusPdf(Repo.NorPreMMandate)));
        return (bundle, mandate, stages.Linker.Link([bundle, mandate]));
    });

    public static StructuredDocument Bundle => Run.Value.Bundle;

    public static StructuredDocument Mandate => Run.Value.Mandate;

    public static KnowledgeBase Knowledge => Run.Value.Knowledge;

    public static CaseRecord Case(string number) => Knowledge.Cases.Single(c => c.Number == number);

    /// <summary>A PDF of Structure/Fixtures (written for the tests and rendered with Chromium) through extraction and the structure stage.</summary>
    public static StructuredDocument ParseFixture(string file)
    {
        var (parser, _) = StructureStage.CreateDefault();
        return parser.Parse(new PdfPigTextExtractor().Extract(File.ReadAllBytes(Repo.Path2("tests", "Ingest.Tests", "Structure", "Fixtures", file)), file));
    }
}

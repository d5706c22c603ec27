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
        var (parser, linker) = StructureStage.CreateDefault();
        var repairer = IngestStages.CreateRepairer(_ => { });
        StructuredDocument Parse(string file)
        {
            var bytes = Repo.CorpusPdf(file);
            var extracted = file == Repo.Ho21Bundle ? ExtractedBundle.Value : new PdfPigTextExtractor().Extract(bytes, file);
            return parser.Parse(repairer.Repair(extracted, bytes));
        }

        var bundle = Parse(Repo.Ho21Bundle);
        var mandate = Parse(Repo.NorPreMMandate);
        return (bundle, mandate, linker.Link([bundle, mandate]));
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

using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.OcrRepair;
using NorPreM.Ingest.Tests.TestSupport;

namespace NorPreM.Ingest.Tests.OcrRepair;

/// <summary>The corpus PDFs, extracted once and shared by the OCR repair tests.</summary>
internal static class OcrTestData
{
    public static readonly Lazy<byte[]> MandatePdf = new(() => Repo.CorpusPdf(Repo.NorPreMMandate));

    public static readonly Lazy<byte[]> BundlePdf = new(() => Repo.CorpusPdf(Repo.Ho21Bundle));

    public static readonly Lazy<ExtractedDocument> Mandate = new(() =>
        new PdfPigTextExtractor().Extract(MandatePdf.Value, Repo.NorPreMMandate));

    public static readonly Lazy<ExtractedDocument> Bundle = new(() =>
        new PdfPigTextExtractor().Extract(BundlePdf.Value, Repo.Ho21Bundle));

    /// <summary>The mandate repaired by correction alone (no OCR engine).</summary>
    public static readonly Lazy<ExtractedDocument> MandateCorrected = new(() =>
        CorrectionOnly().Repair(Mandate.Value, MandatePdf.Value));

    /// <summary>The council bundle through the stage without OCR engine.</summary>
    public static readonly Lazy<ExtractedDocument> BundleCorrected = new(() =>
        CorrectionOnly().Repair(Bundle.Value, BundlePdf.Value));

    public static DamageScorer Scorer => new(NoisyChannelCorrector.Default);

    public static OcrRepairStage CorrectionOnly(List<string>? log = null) =>
        new(Scorer, NoisyChannelCorrector.Default, null, null, m => log?.Add(m));
}

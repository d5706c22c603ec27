using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.OcrRepair;
using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Themes;
using NorPreM.Ingest.Topics;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Pipeline;

/// <summary>
/// The one place that lists the ingest stages in order and builds their default implementations:
/// 1. <see cref="ITextExtractor"/> (PDF → pages of lines), 2. <see cref="IOcrRepairer"/> (damaged text layers),
/// 3. <see cref="IBundleParser"/> (parts, cases, minutes, mandates), 4. <see cref="IKnowledgeLinker"/> (threads across
/// documents), 5. <see cref="IThemeClassifier"/> (taxonomy themes), then indexing (<see cref="IndexUnitBuilder"/>),
/// and 6. <see cref="ITopicFinder"/> (unsupervised topics over the indexed pages, compared with the themes).
/// </summary>
public sealed record IngestStages(
    ITextExtractor Extractor,
    IOcrRepairer Repairer,
    IBundleParser Parser,
    IKnowledgeLinker Linker,
    IThemeClassifier Themes)
{
    /// <summary>The topics stage; LDA (<see cref="LdaTopicFinder"/>) unless a caller sets another.</summary>
    public ITopicFinder Topics { get; init; } = new LdaTopicFinder();

    /// <summary>The production stages. <paramref name="log"/> receives warnings (missing Tesseract, missing model).</summary>
    public static IngestStages CreateDefault(Action<string> log)
    {
        var (parser, linker) = StructureStage.CreateDefault();
        return new(new PdfPigTextExtractor(), CreateRepairer(log), parser, linker, ThemeClassifierFactory.LoadDefault(log))
        {
            Topics = new LdaTopicFinder(warn: log),
        };
    }

    /// <summary>The default OCR repair stage.</summary>
    public static IOcrRepairer CreateRepairer(Action<string> log) => OcrRepairStage.CreateDefault(log);
}

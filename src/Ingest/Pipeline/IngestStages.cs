using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.OcrRepair;
using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Themes;
using NorPreM.Ingest.Topics;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Pipeline;

/// <summary>
/// The stages of ingestion, in the order <see cref="IngestPipeline.Run"/> calls them, with their default
/// implementations: 1. <see cref="ITextExtractor"/> (PDF → pages of lines), 2. <see cref="IOcrRepairer"/> (damaged
/// text layers), 3. <see cref="IBundleParser"/> (parts, cases, minutes, mandates), 4. <see cref="IKnowledgeLinker"/>
/// (threads across documents), 5. <see cref="IThemeStage"/> (taxonomy themes on every record), then the projection to
/// index units (<see cref="IndexUnitBuilder"/>) and the index, and 6. <see cref="ITopicFinder"/> (unsupervised topics
/// over the indexed pages, compared with the themes).
/// </summary>
public sealed record IngestStages(
    ITextExtractor Extractor,
    IOcrRepairer Repairer,
    IBundleParser Parser,
    IKnowledgeLinker Linker,
    IThemeStage Themes)
{
    /// <summary>The stages with a theme classifier wrapped in the knowledge-base themes stage.</summary>
    public IngestStages(ITextExtractor extractor, IOcrRepairer repairer, IBundleParser parser, IKnowledgeLinker linker, IThemeClassifier classifier)
        : this(extractor, repairer, parser, linker, new KnowledgeThemeStage(classifier))
    {
    }

    /// <summary>The topics stage; LDA (<see cref="LdaTopicFinder"/>) unless a caller sets another.</summary>
    public ITopicFinder Topics { get; init; } = new LdaTopicFinder();

    /// <summary>
    /// The production stages. <paramref name="log"/> receives warnings (missing Tesseract, missing model). A host that
    /// ingests again and again with the same stages (the web app) sets <paramref name="rememberThemes"/>, so each run
    /// classifies only the texts that are new to it (<see cref="RememberingThemeClassifier"/>).
    /// </summary>
    public static IngestStages CreateDefault(Action<string> log, bool rememberThemes = false)
    {
        var (parser, linker) = StructureStage.CreateDefault();
        var classifier = ThemeClassifierFactory.LoadDefault(log);
        return new(new PdfPigTextExtractor(), CreateRepairer(log), parser, linker, rememberThemes ? new RememberingThemeClassifier(classifier) : classifier)
        {
            Topics = CreateTopicFinder(log),
        };
    }

    /// <summary>The default topics stage (also run on its own, after a host published a run made without topics).</summary>
    public static ITopicFinder CreateTopicFinder(Action<string> log) => new LdaTopicFinder(warn: log);

    /// <summary>The default OCR repair stage.</summary>
    public static IOcrRepairer CreateRepairer(Action<string> log) => OcrRepairStage.CreateDefault(log);
}

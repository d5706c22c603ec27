using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.OcrRepair;
using NorPreM.Ingest.Structure;
using NorPreM.Ingest.Themes;
using NorPreM.Search.Model;

namespace NorPreM.Ingest.Pipeline;

/// <summary>
/// The one place that lists the ingest stages in order and builds their default implementations:
/// 1. <see cref="ITextExtractor"/> (PDF → pages of lines), 2. <see cref="IOcrRepairer"/> (damaged text layers),
/// 3. <see cref="IBundleParser"/> (parts, cases, minutes, mandates), 4. <see cref="IKnowledgeLinker"/> (threads across
/// documents), 5. <see cref="IThemeClassifier"/> (taxonomy themes), then indexing (<see cref="IndexUnitBuilder"/>).
/// </summary>
public sealed record IngestStages(
    ITextExtractor Extractor,
    IOcrRepairer Repairer,
    IBundleParser Parser,
    IKnowledgeLinker Linker,
    IThemeClassifier Themes)
{
    /// <summary>The production stages. <paramref name="log"/> receives warnings (missing Tesseract, missing model).</summary>
    public static IngestStages CreateDefault(Action<string> log) => new(
        new PdfPigTextExtractor(),
        CreateRepairer(log),
        new PagesOnlyParser(),
        new MergingLinker(),
        new NoThemes());

    /// <summary>The default OCR repair stage.</summary>
    public static IOcrRepairer CreateRepairer(Action<string> log) => new PassThroughRepairer();

    // Interim stages until the OCR, structure and theme stages land.
    private sealed class PassThroughRepairer : IOcrRepairer
    {
        public ExtractedDocument Repair(ExtractedDocument document, ReadOnlyMemory<byte> pdf) => document;
    }

    private sealed class NoThemes : IThemeClassifier
    {
        public IReadOnlyList<ThemeScore> Classify(string text) => [];
    }

    private sealed class PagesOnlyParser : IBundleParser
    {
        public StructuredDocument Parse(ExtractedDocument document) => new(
            new DocumentRecord
            {
                Id = document.DocumentId,
                FileName = document.FileName,
                Title = document.Metadata.Title ?? Path.GetFileNameWithoutExtension(document.FileName),
                PageCount = document.Pages.Count,
                Pages = document.Pages.Select(p => new PageRecord { Number = p.Number, Text = p.Text }).ToList(),
                Outline = document.Outline,
            },
            [], [], [], [], []);
    }

    private sealed class MergingLinker : IKnowledgeLinker
    {
        public KnowledgeBase Link(IReadOnlyList<StructuredDocument> documents) => new()
        {
            Documents = documents.Select(d => d.Document).ToList(),
            Cases = documents.SelectMany(d => d.Cases).ToList(),
            Meetings = documents.SelectMany(d => d.Meetings).ToList(),
            Mandates = documents.SelectMany(d => d.Mandates).ToList(),
            People = documents.SelectMany(d => d.People).ToList(),
            Organisations = documents.SelectMany(d => d.Organisations).ToList(),
        };
    }
}

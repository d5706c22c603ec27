using NorPreM.Core.Model;

namespace NorPreM.Ingest.Themes;

/// <summary>Assigns taxonomy themes to a text, each with its score and the words that drove it.</summary>
public interface IThemeClassifier
{
    IReadOnlyList<ThemeScore> Classify(string text);

    /// <summary>Themes of many texts; a model classifier does them in one featurization pass.</summary>
    IReadOnlyList<IReadOnlyList<ThemeScore>> ClassifyMany(IReadOnlyList<string> texts) => texts.Select(Classify).ToList();

    /// <summary>
    /// Themes of many texts read in their context: <paramref name="contexts"/> gives each text a key (the document part,
    /// case or mandate it belongs to), and a classifier that uses document context reads a text with the others under
    /// its key. Without such a classifier, the same as <see cref="ClassifyMany"/>.
    /// </summary>
    IReadOnlyList<IReadOnlyList<ThemeScore>> ClassifyInContext(IReadOnlyList<string> texts, IReadOnlyList<string> contexts) => ClassifyMany(texts);

    /// <summary>The score of every theme for a text, before thresholds; empty when the classifier has no scores.</summary>
    IReadOnlyList<ThemeScore> Scores(string text) => [];

    /// <summary><see cref="Scores"/> of many texts; a model classifier does them in one featurization pass.</summary>
    IReadOnlyList<IReadOnlyList<ThemeScore>> ScoresMany(IReadOnlyList<string> texts) => texts.Select(Scores).ToList();
}

/// <summary>
/// Themes stage: sets taxonomy themes on every record of the knowledge base that gets its own (cases with their
/// attachments, pages, case and mandate sections, meetings, meeting items), so the index units only project them.
/// </summary>
public interface IThemeStage
{
    KnowledgeBase Classify(KnowledgeBase knowledge);
}

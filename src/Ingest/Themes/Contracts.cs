using NorPreM.Core.Model;

namespace NorPreM.Ingest.Themes;

/// <summary>Themes stage: assigns taxonomy themes to a text, each with its score and the words that drove it.</summary>
public interface IThemeClassifier
{
    IReadOnlyList<ThemeScore> Classify(string text);
}

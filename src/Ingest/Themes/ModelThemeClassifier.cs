using NorPreM.Search.Model;

namespace NorPreM.Ingest.Themes;

/// <summary>Assigns themes with a trained <see cref="ThemeModel"/>: every theme whose probability reaches its threshold.</summary>
public sealed class ModelThemeClassifier(ThemeModel model) : IThemeClassifier
{
    public ThemeModel Model { get; } = model;

    public IReadOnlyList<ThemeScore> Classify(string text) =>
        string.IsNullOrWhiteSpace(text) ? [] : Model.Assign(text);

    /// <summary>Batch form of <see cref="Classify"/>: one featurization pass for many texts (ingest, CLI).</summary>
    public IReadOnlyList<IReadOnlyList<ThemeScore>> ClassifyMany(IReadOnlyList<string> texts)
    {
        var nonEmpty = texts.Select((t, i) => (t, i)).Where(x => !string.IsNullOrWhiteSpace(x.t)).ToList();
        var result = texts.Select(_ => (IReadOnlyList<ThemeScore>)[]).ToArray();
        if (nonEmpty.Count == 0)
        {
            return result;
        }

        var assigned = Model.Assign(nonEmpty.Select(x => x.t).ToList());
        for (var k = 0; k < nonEmpty.Count; k++)
        {
            result[nonEmpty[k].i] = assigned[k];
        }

        return result;
    }
}

/// <summary>The classifier used when no usable model exists: assigns nothing, so ingestion goes on without themes.</summary>
public sealed class NoThemesClassifier(string reason) : IThemeClassifier
{
    /// <summary>Why there are no themes (Norwegian, for the warning shown to users).</summary>
    public string Reason { get; } = reason;

    public IReadOnlyList<ThemeScore> Classify(string text) => [];
}

/// <summary>Helpers for applying a classifier to structured units.</summary>
public static class ThemeClassifierExtensions
{
    /// <summary>
    /// Themes of a case together with its attachments. A case paper is often a short cover note ("the council is asked
    /// to endorse the attached input") while the attachment carries the substance, so classifying the cover note
    /// alone misses themes the case is really about (Sak 30/3/2022: the cover note is about the strategy process,
    /// the attached letter about personalised medicine, health data, priorities and law).
    /// </summary>
    public static IReadOnlyList<ThemeScore> ClassifyCase(this IThemeClassifier classifier, string caseText, IEnumerable<string> attachmentTexts) =>
        classifier.Classify(string.Join("\n\n", attachmentTexts.Prepend(caseText).Where(t => !string.IsNullOrWhiteSpace(t))));
}

using NorPreM.Core.Model;
using NorPreM.Core.Themes;

namespace NorPreM.Ingest.Themes;

/// <summary>
/// Assigns themes with a trained <see cref="ThemeModel"/>: every theme whose probability reaches its threshold, and for
/// a text that reaches none, its closest theme when the model's floor allows (council papers are always about
/// something in the taxonomy; <see cref="ThemeModel.AssignAtLeastOne"/>).
/// </summary>
public sealed class ModelThemeClassifier(ThemeModel model) : IThemeClassifier
{
    public ThemeModel Model { get; } = model;

    public IReadOnlyList<ThemeScore> Classify(string text) =>
        string.IsNullOrWhiteSpace(text) ? [] : Model.AssignAtLeastOne([text], Model.Manifest.AtLeastOneFloor)[0];

    /// <summary>Batch form of <see cref="Classify"/>: one featurization pass for many texts (ingest, CLI).</summary>
    public IReadOnlyList<IReadOnlyList<ThemeScore>> ClassifyMany(IReadOnlyList<string> texts) => ClassifyInContext(texts, null);

    /// <summary>
    /// Like <see cref="ClassifyMany"/>, each text read with the texts that share its context key when the model was
    /// trained with document context (<see cref="ThemeContext"/>); empty texts get no themes and are no context.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<ThemeScore>> ClassifyInContext(IReadOnlyList<string> texts, IReadOnlyList<string>? contexts)
    {
        var nonEmpty = texts.Select((t, i) => (t, i)).Where(x => !string.IsNullOrWhiteSpace(x.t)).ToList();
        var result = texts.Select(_ => (IReadOnlyList<ThemeScore>)[]).ToArray();
        if (nonEmpty.Count == 0)
        {
            return result;
        }

        var assigned = Model.AssignAtLeastOne(nonEmpty.Select(x => x.t).ToList(), Model.Manifest.AtLeastOneFloor,
            contexts: contexts is null ? null : nonEmpty.Select(x => contexts[x.i]).ToList());
        for (var k = 0; k < nonEmpty.Count; k++)
        {
            result[nonEmpty[k].i] = assigned[k];
        }

        return result;
    }

    /// <summary>The model's probability of every theme for <paramref name="text"/>, without thresholds or evidence.</summary>
    public IReadOnlyList<ThemeScore> Scores(string text) =>
        string.IsNullOrWhiteSpace(text) ? [] : Model.ScoreAll([text], evidenceTerms: 0)[0];
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
    /// <summary>Share of an attachment's passages that must carry a theme before the case gets it from them.</summary>
    public const double AttachmentShare = 0.2;

    /// <summary>
    /// Themes of a case together with its attachments. A case paper is often a short cover note ("the council is asked
    /// to endorse the attached input") while the attachment carries the substance, so classifying the cover note
    /// alone misses themes the case is really about (Sak 30/3/2022: the cover note is about the strategy process,
    /// the attached letter about personalised medicine and health data).
    /// The case paper is classified whole; the attachments are cut into passages of the size the model was trained on
    /// (<see cref="ThemePassages"/>), and a theme comes from them only when at least a fifth of the passages carry it
    /// (at least one). Classifying pages of attachments as one text would let every theme that one bullet of a
    /// broad action plan touches reach its threshold. A theme's score is the best of the case paper's own score and the
    /// score of the weakest passage among those that make the fifth; its evidence comes from the best passage.
    /// A case whose title names an institution, programme or act of a theme (a glossary name such as "European Health
    /// Data Space", "Helsepersonellkommisjonen", "folkehelsemelding") gets that theme whatever the score: the labelling
    /// guidelines give a case paper the theme of its title, and a name in a title is never a passing mention.
    /// </summary>
    public static IReadOnlyList<ThemeScore> ClassifyCase(this IThemeClassifier classifier, string caseText, IEnumerable<string> attachmentTexts,
        string? title = null)
    {
        var themes = WithAttachments(classifier, caseText, attachmentTexts);
        if (string.IsNullOrWhiteSpace(title))
        {
            return themes;
        }

        var merged = themes.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var titleTerms = ThemeTerms.MatchAll(title);
        IReadOnlyList<ThemeScore>? caseScores = null;
        for (var t = 0; t < ThemeTaxonomy.Ids.Count; t++)
        {
            var id = ThemeTaxonomy.Ids[t];
            if (titleTerms[t].Names.Count > 0 && !merged.ContainsKey(id))
            {
                // The case paper's own probability for the theme (scored once, only when a title needs it).
                caseScores ??= classifier.Scores(caseText);
                var score = caseScores.FirstOrDefault(s => s.Id == id)?.Score ?? 1.0;
                merged[id] = new ThemeScore(id, score, titleTerms[t].Names);
            }
        }

        return BestFirst(merged.Values);
    }

    private static IReadOnlyList<ThemeScore> WithAttachments(IThemeClassifier classifier, string caseText, IEnumerable<string> attachmentTexts)
    {
        var own = string.IsNullOrWhiteSpace(caseText) ? [] : classifier.Classify(caseText);
        var passages = attachmentTexts.SelectMany(ThemePassages.Split).ToList();
        if (passages.Count == 0)
        {
            return own;
        }

        var perPassage = classifier.ClassifyMany(passages);
        var needed = Math.Max(1, (int)Math.Ceiling(AttachmentShare * passages.Count));
        var merged = own.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var group in perPassage.SelectMany(p => p).GroupBy(t => t.Id, StringComparer.Ordinal))
        {
            var ranked = group.OrderByDescending(t => t.Score).ToList();
            if (ranked.Count < needed)
            {
                continue;
            }

            var support = ranked[needed - 1].Score;
            if (!merged.TryGetValue(group.Key, out var existing) || existing.Score < support)
            {
                merged[group.Key] = ranked[0] with { Score = support };
            }
        }

        return BestFirst(merged.Values);
    }

    private static IReadOnlyList<ThemeScore> BestFirst(IEnumerable<ThemeScore> themes) =>
        themes.OrderByDescending(t => t.Score).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
}

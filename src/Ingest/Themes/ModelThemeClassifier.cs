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
    public IReadOnlyList<IReadOnlyList<ThemeScore>> ClassifyInContext(IReadOnlyList<string> texts, IReadOnlyList<string>? contexts) =>
        ThemeClassifierExtensions.ForNonEmpty(texts, nonEmpty => Model.AssignAtLeastOne(nonEmpty.Select(i => texts[i]).ToList(),
            Model.Manifest.AtLeastOneFloor, contexts: contexts is null ? null : nonEmpty.Select(i => contexts[i]).ToList()));

    /// <summary>The model's probability of every theme for <paramref name="text"/>, without thresholds or evidence.</summary>
    public IReadOnlyList<ThemeScore> Scores(string text) =>
        string.IsNullOrWhiteSpace(text) ? [] : Model.ScoreAll([text], evidenceTerms: 0)[0];

    /// <summary>Batch form of <see cref="Scores"/>: one featurization pass for all non-empty texts.</summary>
    public IReadOnlyList<IReadOnlyList<ThemeScore>> ScoresMany(IReadOnlyList<string> texts) =>
        ThemeClassifierExtensions.ForNonEmpty(texts, nonEmpty => Model.ScoreAll(nonEmpty.Select(i => texts[i]).ToList(), evidenceTerms: 0));
}

/// <summary>The classifier used when no usable model exists: assigns nothing, so ingestion goes on without themes.</summary>
public sealed class NoThemesClassifier(string reason) : IThemeClassifier
{
    /// <summary>Why there are no themes (Norwegian, for the warning shown to users).</summary>
    public string Reason { get; } = reason;

    public IReadOnlyList<ThemeScore> Classify(string text) => [];
}

/// <summary>What a case is classified on: the case paper's text, the texts of its attachments (pages) and its title.</summary>
public sealed record CaseTexts(string Text, IReadOnlyList<string> Attachments, string? Title = null);

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
        string? title = null) =>
        classifier.ClassifyCases([new CaseTexts(caseText, attachmentTexts.ToList(), title)])[0];

    /// <summary>
    /// <see cref="ClassifyCase"/> for many cases at once, with the same answer for each: the case papers in one batch,
    /// every attachment passage of every case in one batch and the scores a title needs in one batch, since the model
    /// featurizes many texts in one pass several times faster than one call per text (each text's themes depend on
    /// that text alone).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ThemeScore>> ClassifyCases(this IThemeClassifier classifier, IReadOnlyList<CaseTexts> cases)
    {
        var caseTexts = cases.Select(c => c.Text).ToList();
        var own = ForNonEmpty(caseTexts, withText => classifier.ClassifyMany(withText.Select(i => caseTexts[i]).ToList()));

        var passages = cases.Select(c => c.Attachments.SelectMany(ThemePassages.Split).ToList()).ToList();
        var allPassages = passages.SelectMany(p => p).ToList();
        var passageThemes = allPassages.Count == 0 ? [] : classifier.ClassifyMany(allPassages);
        var merged = new Dictionary<string, ThemeScore>[cases.Count];
        var at = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            merged[i] = passages[i].Count == 0 && string.IsNullOrWhiteSpace(cases[i].Title)
                ? []
                : WithAttachments(own[i], Enumerable.Range(at, passages[i].Count).Select(k => passageThemes[k]).ToList());
            at += passages[i].Count;
        }

        // Themes a title names that the texts did not give: the case paper's own probability for each, scored only
        // for the cases whose title needs it.
        var titleNames = cases.Select((c, i) => string.IsNullOrWhiteSpace(c.Title)
                ? []
                : ThemeTerms.MatchAll(c.Title).Select((m, t) => (Id: ThemeTaxonomy.Ids[t], m.Names))
                    .Where(x => x.Names.Count > 0 && !merged[i].ContainsKey(x.Id)).ToList())
            .ToList();
        var needScores = Enumerable.Range(0, cases.Count).Where(i => titleNames[i].Count > 0).ToList();
        var scores = needScores.Count == 0 ? [] : classifier.ScoresMany(needScores.Select(i => cases[i].Text).ToList());
        for (var k = 0; k < needScores.Count; k++)
        {
            var i = needScores[k];
            foreach (var (id, names) in titleNames[i])
            {
                var score = scores[k].FirstOrDefault(s => s.Id == id)?.Score ?? 1.0;
                merged[i][id] = new ThemeScore(id, score, names);
            }
        }

        // A case with neither attachments nor a title keeps its paper's themes as the classifier gave them.
        return merged.Select((m, i) => passages[i].Count == 0 && string.IsNullOrWhiteSpace(cases[i].Title) ? own[i] : BestFirst(m.Values)).ToList();
    }

    /// <summary>
    /// The case paper's own themes joined with those of its attachment passages: a theme comes from the passages when
    /// at least <see cref="AttachmentShare"/> of them carry it, scored by the weakest of those that make the share.
    /// </summary>
    private static Dictionary<string, ThemeScore> WithAttachments(IReadOnlyList<ThemeScore> own, IReadOnlyList<IReadOnlyList<ThemeScore>> perPassage)
    {
        var merged = own.ToDictionary(t => t.Id, StringComparer.Ordinal);
        if (perPassage.Count == 0)
        {
            return merged;
        }

        var needed = Math.Max(1, (int)Math.Ceiling(AttachmentShare * perPassage.Count));
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

        return merged;
    }

    /// <summary>
    /// Themes for each of <paramref name="texts"/>: <paramref name="batch"/> gets the indices of the texts that are not
    /// blank and answers for them in that order; a blank text has no themes.
    /// </summary>
    internal static IReadOnlyList<ThemeScore>[] ForNonEmpty(IReadOnlyList<string> texts,
        Func<IReadOnlyList<int>, IReadOnlyList<IReadOnlyList<ThemeScore>>> batch)
    {
        var result = new IReadOnlyList<ThemeScore>[texts.Count];
        Array.Fill(result, []);
        var nonEmpty = Enumerable.Range(0, texts.Count).Where(i => !string.IsNullOrWhiteSpace(texts[i])).ToList();
        if (nonEmpty.Count == 0)
        {
            return result;
        }

        var answered = batch(nonEmpty);
        for (var k = 0; k < nonEmpty.Count; k++)
        {
            result[nonEmpty[k]] = answered[k];
        }

        return result;
    }

    private static IReadOnlyList<ThemeScore> BestFirst(IEnumerable<ThemeScore> themes) =>
        themes.OrderByDescending(t => t.Score).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
}

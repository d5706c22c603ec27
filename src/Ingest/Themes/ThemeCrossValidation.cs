using Microsoft.ML;
using NorPreM.Core.Themes;

namespace NorPreM.Ingest.Themes;

/// <summary>
/// The scores of one outer fold of a cross-validation: the passages trained on and tested, the inner out-of-fold
/// probabilities of the training part (from which thresholds and priors are chosen) and the outer fold's
/// probabilities from the model trained on the whole training part. Plain model probabilities, before the glossary
/// evidence and thresholds, so every decision setting can be judged again without retraining.
/// </summary>
/// <param name="Train">Indices of the training passages.</param>
/// <param name="Test">Indices of the tested passages.</param>
/// <param name="Inner">Out-of-fold probability of every theme (taxonomy order) per training passage (null where an inner fold was empty).</param>
/// <param name="Outer">Probability of every theme per tested passage.</param>
public sealed record FoldScores(int[] Train, int[] Test, double[][] Inner, double[][] Outer);

/// <summary>
/// Cross-validation split into its two costly and cheap halves: <see cref="Scores"/> trains the classifiers of every
/// outer and inner fold (minutes to an hour), <see cref="Decide"/> turns the scores into themes with the decision
/// settings (glossary priors, thresholds, at-least-one floor, document context) chosen on the inner scores only
/// (seconds). The two together give the same assignments as training the whole procedure per fold, so the
/// evaluation can cache the scores and compare decision settings on the same folds.
/// </summary>
public static class ThemeCrossValidation
{
    /// <summary>Scores of every outer fold: leave-one-source-out, or section folds by hash (random k-fold).</summary>
    public static IReadOnlyList<FoldScores> Scores(IReadOnlyList<LabelledPassage> data, ThemeTrainingOptions options, Action<string>? log,
        IReadOnlyList<LabelledPassage>? trainingOnly, bool leaveOneSourceOut)
    {
        trainingOnly = options.TaxonomySeeds ? [.. trainingOnly ?? [], .. ThemeTrainer.TaxonomySeedExamples()] : trainingOnly ?? [];
        var ml = new MLContext(seed: options.Seed);
        var (folds, count) = leaveOneSourceOut ? ThemeTrainer.SourceFolds(data, int.MaxValue) : ThemeTrainer.SectionFolds(data, options);
        var result = new List<FoldScores>();
        for (var fold = 0; fold < count; fold++)
        {
            var (train, test) = ThemeTrainer.Split(folds, fold);
            if (test.Count == 0)
            {
                continue;
            }

            log?.Invoke(leaveOneSourceOut ? $"Ytre fold {fold + 1}/{count}: uten {data[test[0]].SourceKey} …" : $"Ytre fold {fold + 1}/{count} …");
            var trainPart = train.Select(i => data[i]).ToList();
            var inner = ThemeTrainer.OutOfFoldProbabilities(ml, trainPart, options, trainingOnly);
            var outer = ThemeTrainer.ScoreFold(ml, trainPart, trainingOnly, test.Select(i => data[i].Text).ToList(), options);
            result.Add(new FoldScores([.. train], [.. test], inner, outer));
        }

        return result;
    }

    /// <summary>
    /// Themes of every passage from cached fold scores: per fold, the glossary priors, thresholds and floor are chosen
    /// on the inner scores of the training part (as <see cref="ThemeTrainer.Train"/> does) and applied to the outer
    /// scores, with document context mixed in first when <see cref="ThemeTrainingOptions.ContextWeight"/> is set.
    /// </summary>
    public static IReadOnlyList<IReadOnlySet<string>> Decide(IReadOnlyList<LabelledPassage> data, IReadOnlyList<FoldScores> folds, ThemeTrainingOptions options)
    {
        var result = new IReadOnlySet<string>[data.Count];
        foreach (var fold in folds)
        {
            var trainPart = fold.Train.Select(i => data[i]).ToList();
            var decision = ThemeTrainer.ChooseDecision(trainPart, fold.Inner, options);
            var testPart = fold.Test.Select(i => data[i]).ToList();
            var outer = WithContext(testPart, fold.Outer, decision.ContextWeight);
            for (var k = 0; k < testPart.Count; k++)
            {
                // Rounded as the model rounds its scores.
                var scores = decision.Combine(outer[k], ThemeTrainer.Hits(testPart[k].Text)).Select(s => Math.Round(s, 4)).ToArray();
                result[fold.Test[k]] = ThemeTrainer.AssignScores(scores, decision.Thresholds, testPart[k].IsCouncilText ? decision.Floor : 0, decision.MaxThemes);
            }
        }

        for (var i = 0; i < result.Length; i++)
        {
            result[i] ??= new HashSet<string>(StringComparer.Ordinal);
        }

        return result;
    }

    /// <summary>Document context over labelled passages: the group (<see cref="LabelledPassage.GroupKey"/>) is the context.</summary>
    public static double[][] WithContext(IReadOnlyList<LabelledPassage> passages, double[][] scores, double weight) =>
        ThemeContext.Mix(scores, passages.Select(p => p.GroupKey).ToList(), weight);
}

/// <summary>
/// Document context for theme scores: a passage is read with the passages around it (a page of a cost report is
/// about costs even where it only lists figures). Each text's probabilities are mixed with the mean probabilities of
/// the texts that share its context key: p' = (1 − α)·p + α·mean. A text alone under its key keeps its scores.
/// A linear interpolation of the passage's posterior with its document's mean posterior, one weight α for all themes,
/// chosen by the leave-one-source-out figure (eval/themes/RESULTS.md).
/// </summary>
public static class ThemeContext
{
    /// <summary>The mixed scores (rows without scores, as out-of-fold rows of an empty fold, stay null); the input itself when the weight is 0.</summary>
    public static double[][] Mix(double[][] scores, IReadOnlyList<string> contexts, double weight)
    {
        if (weight <= 0)
        {
            return scores;
        }

        var result = new double[scores.Length][];
        foreach (var group in Enumerable.Range(0, scores.Length).Where(i => (double[]?)scores[i] is not null).GroupBy(i => contexts[i], StringComparer.Ordinal))
        {
            var members = group.ToList();
            var width = scores[members[0]].Length;
            var mean = Enumerable.Range(0, width).Select(t => members.Average(i => scores[i][t])).ToArray();
            foreach (var i in members)
            {
                result[i] = scores[i].Select((x, t) => (1 - weight) * x + weight * mean[t]).ToArray();
            }
        }

        return result;
    }
}

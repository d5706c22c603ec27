using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NorPreM.Core.Model;
using NorPreM.Core.Themes;

namespace NorPreM.Ingest.Themes;

/// <summary>Training settings. The defaults are the ones the shipped model was trained with.</summary>
public sealed record ThemeTrainingOptions
{
    /// <summary>Folds for threshold selection (and for the cross-validated evaluation).</summary>
    public int Folds { get; init; } = 5;
    /// <summary>Seed of the MLContext, so training is repeatable.</summary>
    public int Seed { get; init; } = 20220603;
    public float L2Regularization { get; init; } = 0.1f;
    public float L1Regularization { get; init; } = 0.001f;
    /// <summary>Positives are weighted by negatives/positives, capped here, so rare themes are not ignored.</summary>
    public float MaxPositiveWeight { get; init; } = 20f;
    /// <summary>Length of the character n-grams (0 = none).</summary>
    public int CharNgramLength { get; init; } = 5;
    /// <summary>Longest word n-gram (1 = words only, 2 = words and bigrams).</summary>
    public int WordNgramLength { get; init; } = 2;
    /// <summary>Split compounds with the lexicon and add their parts as words (see ThemeFeaturizer.Decompound).</summary>
    public bool Decompound { get; init; }
    /// <summary>
    /// Add the stems of words and of compound parts as words (ThemeFeaturizer.Lemmatize), so inflections and compounds
    /// a new source writes meet the vocabulary of the training sources.
    /// </summary>
    public bool Lemmas { get; init; }
    /// <summary>
    /// Add each theme's own taxonomy description ("covers", ThemeTaxonomy) as a training-only example of that theme:
    /// a documented prior that names the theme's core vocabulary even where the labelled data have few positives.
    /// </summary>
    public bool TaxonomySeeds { get; init; } = true;
    /// <summary>β of the F-measure maximised when choosing thresholds (1 = F1; above 1 favours recall).</summary>
    public double ThresholdBeta { get; init; } = 1.0;
    /// <summary>Pseudo-count k that shrinks a theme's threshold toward the pooled one (0 = no shrinkage).</summary>
    public double ThresholdPrior { get; init; } = 10;
    /// <summary>
    /// Combine the model's probability with taxonomy-term evidence (<see cref="ThemeTerms"/>), with the prior weight
    /// chosen by cross-validation on the training data (0 when the terms do not help).
    /// </summary>
    public bool TermEvidence { get; init; } = true;
    /// <summary>Example weight of the training-only passages (authored examples, taxonomy seeds) relative to the labelled corpus passages.</summary>
    public float TrainingOnlyWeight { get; init; } = 1f;
    /// <summary>Scale of the per-theme glossary features (ThemeFeaturizer.AppendGlossary); 0 = none. 0.05 was chosen
    /// by cross-validated macro-F1 on the training split from 0, 0.03, 0.05, 0.07, 0.1, 0.15, 0.3 and 1 (eval/themes/RESULTS.md).</summary>
    public float GlossaryFeatureScale { get; init; } = 0.05f;
    /// <summary>
    /// Mixed into the group hash that assigns folds ("" = the standard split). `evaluate-themes --repeats n` uses n
    /// different salts, so a setting is judged by the mean over several fold splits rather than by one split's luck.
    /// </summary>
    public string FoldSalt { get; init; } = "";
    /// <summary>
    /// Council text that reaches no threshold gets its closest theme when the score is at least this share of that
    /// theme's threshold (<see cref="ThemeModel.AssignAtLeastOne"/>; stored in the manifest, applied by
    /// <see cref="ModelThemeClassifier"/>); the evaluation applies it to council passages only. 0 = off. 0.5 was chosen
    /// by repeated cross-validation on the training split from 0, 0.25 and 0.5 (eval/themes/RESULTS.md, session 6).
    /// </summary>
    public double AtLeastOneFloor { get; init; } = 0.5;

    /// <summary>
    /// Choose the at-least-one floor inside training (from <see cref="AtLeastOneFloors"/>, by out-of-fold macro-F1 with
    /// the rule applied to council text), so the rule is on only where held-out folds show it helps. When false,
    /// <see cref="AtLeastOneFloor"/> is used as given (`--at-least-one x`).
    /// </summary>
    public bool ChooseAtLeastOneFloor { get; init; } = true;

    /// <summary>The floors tried when <see cref="ChooseAtLeastOneFloor"/> is set (0 = the rule off).</summary>
    public IReadOnlyList<double> AtLeastOneFloors { get; init; } = [0, 0.25, 0.5];

    /// <summary>
    /// Group the folds that choose thresholds and priors by source (<see cref="LabelledPassage.SourceKey"/>): the
    /// out-of-fold scores then come from models that never saw the passage's document or body, as in use. When false
    /// (or when the data have fewer than two sources), folds are drawn from document sections by hash.
    /// </summary>
    public bool GroupBySource { get; init; } = true;

    /// <summary>
    /// Weight α of document context in the decision: a passage's score of each theme becomes
    /// (1 − α)·own + α·(mean over the passages of its group), so a passage of a cost report leans toward costs
    /// (<see cref="ThemeCrossValidation.WithContext"/>); thresholds are chosen on scores mixed the same way, and the
    /// model stores α for ingest, which reads a page with its document part (<see cref="ThemeContext"/>). 0 = off.
    /// 0.3 was chosen by the leave-one-source-out macro-F1 from 0, 0.2, 0.3, 0.35, 0.4, 0.45 and 0.5 (eval/themes/RESULTS.md, session 8).
    /// </summary>
    public double ContextWeight { get; init; } = 0.3;

    /// <summary>
    /// Choose the document-context weight inside training from <see cref="ContextWeights"/> (by the out-of-fold
    /// macro-F1 of the whole decision on source-grouped folds), instead of using <see cref="ContextWeight"/> as given;
    /// the evaluation then chooses it per outer fold on that fold's training sources only (nested).
    /// </summary>
    public bool ChooseContextWeight { get; init; }

    /// <summary>The context weights tried when <see cref="ChooseContextWeight"/> is set.</summary>
    public IReadOnlyList<double> ContextWeights { get; init; } = [0, 0.2, 0.3, 0.4, 0.5];

    /// <summary>
    /// The per-theme learner on the shared features. Only the logistic regression can be shipped (the model file and the
    /// evidence words read its linear weights); the others are measured by `evaluate-themes --learner` (eval/themes/RESULTS.md).
    /// Left out of the score cache's key when it is the default, so caches of earlier runs stay valid.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public ThemeLearner Learner { get; init; }

    /// <summary>
    /// Weight every source equally in training: a passage's weight is (mean passages per source) / (passages of its
    /// source), so the largest sources (the HelseOmsorg21 PDF, NorQuAD) do not set the vocabulary every theme is learnt
    /// from. Training-only examples keep their weight. Off in the shipped model unless the grouped figure says otherwise.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool BalanceSources { get; init; }

    /// <summary>LDA topics fitted on the training texts, whose proportions are appended to the features (0 = none).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public int LdaTopics { get; init; }

    /// <summary>
    /// A precision-oriented decision (0 = off): after the thresholds are chosen for F1, all of them are raised by a
    /// common factor and the themes per text capped, the pair with the best out-of-fold macro-F1 among those whose
    /// out-of-fold spurious share is at most this target (the lowest spurious share when none is) — chosen on the
    /// training folds only, like every other decision setting.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double SpuriousTarget { get; init; }

    /// <summary>
    /// Choose an evidence gate per theme (<see cref="ThemeTrainer.ChooseEvidenceGates"/>) from
    /// <see cref="EvidenceGateFactors"/> on the out-of-fold scores. A decision setting: not part of the score cache's key.
    /// On in the shipped model: leaving one of 25 sources out it gave 0.730 macro-F1 with 23.2 % spurious themes against
    /// 0.724 with 27.1 % without it (eval/themes/RESULTS.md, session 12).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool EvidenceGate { get; init; } = true;

    /// <summary>The gate factors tried when <see cref="EvidenceGate"/> is set (1 = no gate; 5 in effect requires the glossary).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<double> EvidenceGateFactors { get; init; } = [1, 1.25, 1.5, 2, 3, 5];

    /// <summary>Scale of the appended topic proportions (beside L2-normalised n-grams).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public float LdaScale { get; init; }
}

/// <summary>The per-theme binary learner (Microsoft.ML trainers).</summary>
public enum ThemeLearner
{
    /// <summary>L-BFGS logistic regression with Platt calibration: the shipped learner.</summary>
    LogisticRegression,
    /// <summary>Averaged perceptron (Freund &amp; Schapire 1999), Platt-calibrated on its training scores.</summary>
    AveragedPerceptron,
    /// <summary>Gradient-boosted trees (LightGBM, Ke et al. 2017), Platt-calibrated by Microsoft.ML.</summary>
    LightGbm,
}

/// <summary>The decision settings chosen on out-of-fold probabilities (<see cref="ThemeTrainer.ChooseDecision"/>).</summary>
/// <param name="ContextWeight">Document-context weight α.</param>
/// <param name="TermPrior">Noisy-OR weight of a glossary field term.</param>
/// <param name="NamePrior">Noisy-OR weight of a glossary name.</param>
/// <param name="Thresholds">Per-theme thresholds.</param>
/// <param name="Floor">At-least-one floor (0 = off).</param>
/// <param name="MaxThemes">At most this many themes per text, those furthest above their thresholds (0 = no cap).</param>
/// <param name="EvidenceGates">Per theme, the factor a score without glossary evidence is divided by (null or 1 = no gate; see
/// <see cref="ThemeTrainer.ChooseEvidenceGates"/>).</param>
public sealed record ThemeDecision(double ContextWeight, double TermPrior, double NamePrior, IReadOnlyDictionary<string, double> Thresholds, double Floor,
    int MaxThemes = 0, IReadOnlyDictionary<string, double>? EvidenceGates = null)
{
    /// <summary>The evidence gate of a theme (1 = none).</summary>
    public double Gate(string themeId) => EvidenceGates is not null && EvidenceGates.TryGetValue(themeId, out var g) ? g : 1;

    /// <summary>The decision's score of every theme (taxonomy order): probability, glossary noisy-OR and evidence gate.</summary>
    public double[] Combine(double[] probabilities, TermHits[] hits) => ThemeTaxonomy.Ids.Select((id, t) =>
        ThemeTerms.Combine(probabilities[t], TermPrior + NamePrior > 0 || EvidenceGates is not null ? hits[t] : default, TermPrior, NamePrior, Gate(id))).ToArray();
}

/// <summary>
/// Trains the theme model: one calibrated binary logistic regression (L-BFGS, Microsoft.ML) per theme on the
/// shared features ("binary relevance", the standard multi-label reduction, Tsoumakas &amp; Katakis 2007), with
/// each theme's threshold chosen to maximise F1 on out-of-fold probabilities from group k-fold cross-validation
/// of the training data (passages of the same document section stay in one fold).
/// </summary>
public static class ThemeTrainer
{
    private sealed class FeatureRow
    {
        public VBuffer<float> Features { get; set; }
        public bool Label { get; set; }
        public float Weight { get; set; }
    }

    /// <summary>
    /// Trains on all of <paramref name="data"/> plus <paramref name="trainingOnly"/>; thresholds come from k-fold
    /// cross-validation on <paramref name="data"/>. Training-only passages (short examples written for training,
    /// eval/themes/authored.jsonl) are in every training fold and never scored, so they cannot flatter the thresholds.
    /// </summary>
    public static ThemeModel Train(IReadOnlyList<LabelledPassage> data, ThemeTrainingOptions? options = null, Action<string>? log = null,
        IReadOnlyList<LabelledPassage>? trainingOnly = null)
    {
        options ??= new ThemeTrainingOptions();
        trainingOnly = WithSeeds(trainingOnly ?? [], options);
        Validate(data, options);
        var ml = new MLContext(seed: options.Seed);
        log?.Invoke($"Velger terskler med {options.Folds}-delt kryssvalidering …");
        var d = ChooseDecision(data, OutOfFoldProbabilities(ml, data, options, trainingOnly), options);
        log?.Invoke($"Dokumentkontekst {d.ContextWeight:0.00}, vekt for taksonomitermer: {d.TermPrior:0.00}, for navn og forkortelser: {d.NamePrior:0.00}, minst-ett-gulv {d.Floor:0.00}. Trener sluttmodellen på alle treningsdata …");
        if (d.EvidenceGates is { } gates)
        {
            log?.Invoke("Bevisporter (deler skåren uten ordlistebelegg): " + string.Join(", ", gates.Where(g => g.Value > 1).Select(g => $"{g.Key} {g.Value:0.##}")));
        }

        return Fit(ml, data, trainingOnly, options with { AtLeastOneFloor = d.Floor, ContextWeight = d.ContextWeight }, d.Thresholds, d.TermPrior, d.NamePrior, d.MaxThemes,
            d.EvidenceGates);
    }

    /// <summary>
    /// Every decision setting, chosen on out-of-fold probabilities of the training data only: the document-context
    /// weight (from <see cref="ThemeTrainingOptions.ContextWeights"/> when <see cref="ThemeTrainingOptions.ChooseContextWeight"/>
    /// is set, by the out-of-fold macro-F1 of the whole decision, ties to the smaller weight; otherwise the given one),
    /// the glossary weights with the thresholds, and the at-least-one floor.
    /// Used by <see cref="Train"/> and, per outer fold, by the cross-validation, so a nested evaluation chooses exactly
    /// as training does.
    /// </summary>
    public static ThemeDecision ChooseDecision(IReadOnlyList<LabelledPassage> data, double[][] oof, ThemeTrainingOptions options)
    {
        var weights = options.ChooseContextWeight ? options.ContextWeights.Order().ToList() : [options.ContextWeight];
        (ThemeDecision Decision, double F1) best = (null!, double.MinValue);
        var found = data.Select(d => Hits(d.Text)).ToArray();
        foreach (var alpha in weights)
        {
            var mixed = ThemeCrossValidation.WithContext(data, oof, alpha);
            var (termPrior, namePrior, thresholds) = ChooseTermPrior(data, mixed, options);
            IReadOnlyDictionary<string, double>? gates = null;
            if (options.EvidenceGate)
            {
                (gates, thresholds) = ChooseEvidenceGates(data, mixed, found, termPrior, namePrior, options);
            }

            var floor = ChooseFloor(data, mixed, termPrior, namePrior, thresholds, options, gates);
            var decision = Precise(data, mixed, new ThemeDecision(alpha, termPrior, namePrior, thresholds, floor, 0, gates), options);
            if (weights.Count == 1)
            {
                return decision;
            }

            var rows = Enumerable.Range(0, data.Count).Where(i => mixed[i] is not null).ToList();
            var predicted = rows.Select(i => (IReadOnlySet<string>)AssignScores(decision.Combine(mixed[i], found[i]),
                decision.Thresholds, data[i].IsCouncilText ? floor : 0, decision.MaxThemes)).ToList();
            var f1 = ThemeEvaluation.Compute(rows.Select(i => data[i]).ToList(), predicted).MacroF1;
            if (f1 > best.F1 + 1e-9)
            {
                best = (decision, f1);
            }
        }

        return best.Decision;
    }

    /// <summary>The threshold factors tried by the precision-oriented decision.</summary>
    private static readonly double[] ThresholdFactors = [1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.75, 2.0];

    /// <summary>The caps on themes per text tried by the precision-oriented decision (0 = none).</summary>
    private static readonly int[] ThemeCaps = [0, 3, 2, 1];

    /// <summary>
    /// <see cref="ThemeTrainingOptions.SpuriousTarget"/>: the threshold factor and cap with the best out-of-fold macro-F1
    /// among those meeting the spurious target (else the lowest spurious share), ties to the smaller change.
    /// </summary>
    private static ThemeDecision Precise(IReadOnlyList<LabelledPassage> data, double[][] mixed, ThemeDecision decision, ThemeTrainingOptions options)
    {
        if (options.SpuriousTarget <= 0)
        {
            return decision;
        }

        var rows = Enumerable.Range(0, data.Count).Where(i => mixed[i] is not null).ToList();
        var gold = rows.Select(i => data[i]).ToList();
        var combined = rows.Select(i => decision.Combine(mixed[i], Hits(data[i].Text))).ToList();
        (ThemeDecision Decision, double F1, double Spurious, bool Meets) best = (decision, double.MinValue, double.MaxValue, false);
        foreach (var factor in ThresholdFactors)
        {
            var thresholds = decision.Thresholds.ToDictionary(t => t.Key, t => Math.Min(0.95, Math.Round(t.Value * factor, 2)), StringComparer.Ordinal);
            foreach (var cap in ThemeCaps)
            {
                var predicted = combined.Select((p, k) => (IReadOnlySet<string>)AssignScores(p, thresholds, gold[k].IsCouncilText ? decision.Floor : 0, cap)).ToList();
                var e = ThemeEvaluation.Compute(gold, predicted);
                var meets = e.SpuriousRate <= options.SpuriousTarget;
                var better = meets
                    ? !best.Meets || e.MacroF1 > best.F1 + 1e-9
                    : !best.Meets && e.SpuriousRate < best.Spurious - 1e-9;
                if (better)
                {
                    best = (decision with { Thresholds = thresholds, MaxThemes = cap }, e.MacroF1, e.SpuriousRate, meets);
                }
            }
        }

        return best.Decision;
    }

    /// <summary>The glossary hits of every theme (taxonomy order) in a text.</summary>
    public static TermHits[] Hits(string text) => ThemeTaxonomy.Ids.Select(id => ThemeTerms.Hits(id, text)).ToArray();

    /// <summary>
    /// Cross-validated predictions for every passage: for each outer fold a model is trained on the other folds
    /// (thresholds from an inner cross-validation on those folds only) and applied to the fold. The result is an
    /// honest estimate of the whole training procedure, used by `evaluate-themes`.
    /// </summary>
    /// <param name="leaveOneSourceOut">Outer folds are the sources (<see cref="LabelledPassage.SourceKey"/>), one each:
    /// leave-one-source-out, the estimate for papers of a source the model has never seen. Otherwise the outer folds
    /// are drawn from document sections by hash (random k-fold).</param>
    public static IReadOnlyList<IReadOnlySet<string>> CrossValidatedAssignments(
        IReadOnlyList<LabelledPassage> data, ThemeTrainingOptions? options = null, Action<string>? log = null,
        IReadOnlyList<LabelledPassage>? trainingOnly = null, bool leaveOneSourceOut = false)
    {
        options ??= new ThemeTrainingOptions();
        Validate(data, options, allowOtherLearners: true);
        return ThemeCrossValidation.Decide(data, ThemeCrossValidation.Scores(data, options, log, trainingOnly, leaveOneSourceOut), options);
    }

    /// <summary>
    /// The themes the model assigns to labelled passages; with a floor, council passages (from a PDF) get at least one
    /// (<see cref="ThemeModel.AssignAtLeastOne"/>), other passages only what passes the thresholds.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ThemeScore>> AssignFor(ThemeModel model, IReadOnlyList<LabelledPassage> passages, double atLeastOneFloor)
    {
        var result = new IReadOnlyList<ThemeScore>[passages.Count];
        foreach (var group in Enumerable.Range(0, passages.Count).GroupBy(i => passages[i].IsCouncilText))
        {
            var indices = group.ToList();
            var assigned = model.AssignAtLeastOne(indices.Select(i => passages[i].Text).ToList(), group.Key ? atLeastOneFloor : 0, evidenceTerms: 0);
            for (var k = 0; k < indices.Count; k++)
            {
                result[indices[k]] = assigned[k];
            }
        }

        return result;
    }

    /// <summary>
    /// Per theme, an evidence gate: a score without any glossary evidence for the theme in the text (no field term,
    /// no name) is divided by a factor g, so the theme then needs g × its threshold. A model that has seen a few
    /// sources learns their form as well as their subject ("digitalt på Teams", a header "Organisering"); requiring
    /// either the theme's own vocabulary or a clearly higher score is a second check that the theme is really there.
    /// For every g of <see cref="ThemeTrainingOptions.EvidenceGateFactors"/> the thresholds are chosen on the gated
    /// out-of-fold scores as in <see cref="ChooseThresholds"/>; each theme keeps the g (and its threshold) with its best
    /// out-of-fold F1, ties to the smaller g, so a theme whose glossary does not cover how it is written keeps g = 1.
    /// </summary>
    public static (IReadOnlyDictionary<string, double> Gates, IReadOnlyDictionary<string, double> Thresholds) ChooseEvidenceGates(
        IReadOnlyList<LabelledPassage> data, double[][] probabilities, TermHits[][] found, double termPrior, double namePrior, ThemeTrainingOptions options)
    {
        var ids = ThemeTaxonomy.Ids;
        var gates = new Dictionary<string, double>(StringComparer.Ordinal);
        var thresholds = new Dictionary<string, double>(StringComparer.Ordinal);
        var best = new double[ids.Count];
        Array.Fill(best, double.MinValue);
        foreach (var gate in options.EvidenceGateFactors.Where(g => g >= 1).Prepend(1).Distinct().Order())
        {
            var gated = probabilities.Select((p, i) => p?.Select((x, t) => ThemeTerms.Combine(x, found[i][t], termPrior, namePrior, gate)).ToArray()).ToArray();
            var chosen = ChooseThresholds(data, gated!, options.ThresholdBeta, options.ThresholdPrior);
            for (var t = 0; t < ids.Count; t++)
            {
                int tp = 0, fp = 0, fn = 0;
                for (var i = 0; i < data.Count; i++)
                {
                    if (gated[i] is not { } row)
                    {
                        continue;
                    }

                    var predicted = row[t] >= chosen[ids[t]];
                    var gold = data[i].Themes.Contains(ids[t]);
                    if (predicted && gold) tp++;
                    else if (predicted) fp++;
                    else if (gold) fn++;
                }

                var f1 = tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
                if (f1 > best[t] + 1e-9)
                {
                    best[t] = f1;
                    gates[ids[t]] = gate;
                    thresholds[ids[t]] = chosen[ids[t]];
                }
            }
        }

        return (gates, thresholds);
    }

    /// <summary>
    /// The at-least-one floor with the best out-of-fold macro-F1 (the rule applied to council text only, as in use),
    /// ties to the smaller floor, so the rule is on only where held-out folds show it helps; the given floor when
    /// <see cref="ThemeTrainingOptions.ChooseAtLeastOneFloor"/> is off.
    /// </summary>
    public static double ChooseFloor(IReadOnlyList<LabelledPassage> data, double[][] probabilities, double termPrior, double namePrior,
        IReadOnlyDictionary<string, double> thresholds, ThemeTrainingOptions options, IReadOnlyDictionary<string, double>? gates = null)
    {
        if (!options.ChooseAtLeastOneFloor)
        {
            return options.AtLeastOneFloor;
        }

        var rows = Enumerable.Range(0, data.Count).Where(i => probabilities[i] is not null).ToList();
        var decision = new ThemeDecision(0, termPrior, namePrior, thresholds, 0, 0, gates);
        var combined = rows.Select(i => decision.Combine(probabilities[i], Hits(data[i].Text))).ToList();
        var gold = rows.Select(i => data[i]).ToList();
        var best = (Floor: 0.0, F1: double.MinValue);
        foreach (var floor in options.AtLeastOneFloors.Order())
        {
            var predicted = combined.Select((p, k) => (IReadOnlySet<string>)AssignScores(p, thresholds, gold[k].IsCouncilText ? floor : 0)).ToList();
            var f1 = ThemeEvaluation.Compute(gold, predicted).MacroF1;
            if (f1 > best.F1 + 1e-9)
            {
                best = (floor, f1);
            }
        }

        return best.Floor;
    }

    /// <summary>The thresholds and at-least-one rule of <see cref="ThemeModel.AssignAtLeastOne"/> over plain scores (taxonomy order).</summary>
    internal static HashSet<string> AssignScores(double[] scores, IReadOnlyDictionary<string, double> thresholds, double floor, int maxThemes = 0)
    {
        var ids = ThemeTaxonomy.Ids;
        var assigned = ids.Where((id, t) => scores[t] >= thresholds[id]).ToHashSet(StringComparer.Ordinal);
        if (maxThemes > 0 && assigned.Count > maxThemes)
        {
            assigned = Enumerable.Range(0, ids.Count).Where(t => assigned.Contains(ids[t]))
                .OrderByDescending(t => scores[t] / thresholds[ids[t]]).ThenBy(t => ids[t], StringComparer.Ordinal)
                .Take(maxThemes).Select(t => ids[t]).ToHashSet(StringComparer.Ordinal);
        }

        if (assigned.Count > 0 || floor <= 0)
        {
            return assigned;
        }

        var closest = Enumerable.Range(0, ids.Count).OrderByDescending(t => scores[t] / thresholds[ids[t]]).ThenBy(t => ids[t], StringComparer.Ordinal).First();
        if (scores[closest] >= floor * thresholds[ids[closest]])
        {
            assigned.Add(ids[closest]);
        }

        return assigned;
    }

    /// <summary>
    /// The weights of the taxonomy-term priors (<see cref="ThemeTerms.Combine"/>): w for field terms on the grid
    /// 0, 0.1 … 0.6 and w_name for names and acronyms on 0, 0.1 … 0.9, the pair giving the best macro-F1 on
    /// out-of-fold probabilities (thresholds chosen for each pair as in <see cref="ChooseThresholds"/>), ties going
    /// to the smaller weights, and the thresholds for it. Uses only the passages it is given (the training split).
    /// </summary>
    public static (double TermPrior, double NamePrior, IReadOnlyDictionary<string, double> Thresholds) ChooseTermPrior(
        IReadOnlyList<LabelledPassage> data, double[][] probabilities, ThemeTrainingOptions options)
    {
        var plain = ChooseThresholds(data, probabilities, options.ThresholdBeta, options.ThresholdPrior);
        if (!options.TermEvidence)
        {
            return (0, 0, plain);
        }

        var found = data.Select(d => ThemeTaxonomy.Ids.Select(id => ThemeTerms.Hits(id, d.Text)).ToArray()).ToArray();
        (double W, double N, IReadOnlyDictionary<string, double> T, double F1) best = (0, 0, plain, MacroF1(data, probabilities, plain));
        for (var wi = 0; wi <= 6; wi++)
        {
            for (var ni = 0; ni <= 9; ni++)
            {
                double w = wi / 10.0, n = ni / 10.0;
                if (wi + ni == 0)
                {
                    continue;
                }

                var combined = probabilities.Select((p, i) => p?.Select((x, t) => ThemeTerms.Combine(x, found[i][t], w, n)).ToArray()).ToArray();
                var thresholds = ChooseThresholds(data, combined!, options.ThresholdBeta, options.ThresholdPrior);
                var f1 = MacroF1(data, combined!, thresholds);
                if (f1 > best.F1 + 1e-9)
                {
                    best = (w, n, thresholds, f1);
                }
            }
        }

        return (best.W, best.N, best.T);
    }

    private static double MacroF1(IReadOnlyList<LabelledPassage> data, double[]?[] probabilities, IReadOnlyDictionary<string, double> thresholds)
    {
        var rows = Enumerable.Range(0, data.Count).Where(i => probabilities[i] is not null).ToList();
        var predicted = rows.Select(i => (IReadOnlySet<string>)ThemeTaxonomy.Ids
            .Where((id, t) => probabilities[i]![t] >= thresholds[id]).ToHashSet(StringComparer.Ordinal)).ToList();
        return ThemeEvaluation.Compute(rows.Select(i => data[i]).ToList(), predicted).MacroF1;
    }

    /// <summary>Out-of-fold probability of every theme (taxonomy order) for every passage.</summary>
    internal static double[][] OutOfFoldProbabilities(MLContext ml, IReadOnlyList<LabelledPassage> data, ThemeTrainingOptions options,
        IReadOnlyList<LabelledPassage> trainingOnly)
    {
        var result = new double[data.Count][];
        var (folds, count) = options.GroupBySource ? SourceFolds(data, options.Folds) : SectionFolds(data, options);
        if (count < 2)
        {
            (folds, count) = SectionFolds(data, options);
        }

        for (var fold = 0; fold < count; fold++)
        {
            var (train, test) = Split(folds, fold);
            if (test.Count == 0)
            {
                continue;
            }

            var scores = ScoreFold(ml, train.Select(i => data[i]).ToList(), trainingOnly, test.Select(i => data[i].Text).ToList(), options);
            for (var k = 0; k < test.Count; k++)
            {
                result[test[k]] = scores[k];
            }
        }

        return result;
    }

    /// <summary>
    /// Per theme, a probability threshold chosen on out-of-fold probabilities. F1 is computed on a grid of thresholds
    /// (0.05 … 0.95) and smoothed over neighbouring thresholds (±0.03), so one passage cannot pull the choice to an
    /// extreme; the theme's best threshold is then shrunk toward the threshold that maximises F1 pooled over all
    /// themes, in proportion to how few positives the theme has (t = (n·t_theme + k·t_all) / (n + k), k = 10), the
    /// usual empirical-Bayes remedy for estimates from small samples. Themes with no positives get the pooled one.
    /// </summary>
    public static IReadOnlyDictionary<string, double> ChooseThresholds(IReadOnlyList<LabelledPassage> data, double[][] probabilities,
        double beta = 1.0, double prior = 10)
    {
        var b2 = beta * beta;
        var grid = Enumerable.Range(5, 91).Select(step => step / 100.0).ToArray();
        var themes = ThemeTaxonomy.Ids.Count;
        var counts = new (int Tp, int Fp, int Fn)[themes, grid.Length];
        for (var t = 0; t < themes; t++)
        {
            var id = ThemeTaxonomy.Ids[t];
            for (var g = 0; g < grid.Length; g++)
            {
                int tp = 0, fp = 0, fn = 0;
                for (var i = 0; i < data.Count; i++)
                {
                    if (probabilities[i] is null)
                    {
                        continue;
                    }

                    var predicted = probabilities[i][t] >= grid[g];
                    var gold = data[i].Themes.Contains(id);
                    if (predicted && gold) tp++;
                    else if (predicted) fp++;
                    else if (gold) fn++;
                }

                counts[t, g] = (tp, fp, fn);
            }
        }

        double F1(int tp, int fp, int fn) => tp == 0 ? 0 : (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp);

        double[] Smooth(Func<int, double> f1) => grid.Select((_, g) =>
            Enumerable.Range(g - 3, 7).Where(k => k >= 0 && k < grid.Length).Average(k => f1(k))).ToArray();

        static int Best(double[] scores)
        {
            var best = 0;
            for (var g = 1; g < scores.Length; g++)
            {
                if (scores[g] > scores[best] + 1e-12)
                {
                    best = g;
                }
            }

            return best;
        }

        var pooled = Smooth(g =>
        {
            int tp = 0, fp = 0, fn = 0;
            for (var t = 0; t < themes; t++)
            {
                tp += counts[t, g].Tp;
                fp += counts[t, g].Fp;
                fn += counts[t, g].Fn;
            }

            return F1(tp, fp, fn);
        });
        var pooledThreshold = grid[Best(pooled)];

        var thresholds = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var t = 0; t < themes; t++)
        {
            var theme = t;
            var positives = data.Where((d, i) => probabilities[i] is not null && d.Themes.Contains(ThemeTaxonomy.Ids[theme])).Count();
            var own = grid[Best(Smooth(g => F1(counts[theme, g].Tp, counts[theme, g].Fp, counts[theme, g].Fn)))];
            var shrunk = positives == 0 ? pooledThreshold : (positives * own + prior * pooledThreshold) / (positives + prior);
            thresholds[ThemeTaxonomy.Ids[t]] = Math.Round(shrunk, 2);
        }

        return thresholds;
    }

    /// <summary>Fits featurizer and per-theme classifiers on <paramref name="labelled"/> and <paramref name="trainingOnly"/>.</summary>
    internal static ThemeModel Fit(MLContext ml, IReadOnlyList<LabelledPassage> labelled, IReadOnlyList<LabelledPassage> trainingOnly,
        ThemeTrainingOptions options, IReadOnlyDictionary<string, double>? thresholds, double termPrior = 0, double namePrior = 0, int maxThemes = 0,
        IReadOnlyDictionary<string, double>? evidenceGates = null)
    {
        IReadOnlyList<LabelledPassage> data = [.. labelled, .. trainingOnly];
        var exampleWeight = ExampleWeights(labelled, trainingOnly, options);
        var texts = data.Select(d => d.Text).ToList();
        var featurizer = ThemeFeaturizer.Fit(ml, texts, options.WordNgramLength, options.CharNgramLength, options.Decompound, options.Lemmas, options.LdaTopics);
        var inputSchema = ThemeFeaturizer.Load(ml, []).Schema;
        var features = ThemeFeaturizer.AppendGlossary(ThemeFeaturizer.Featurize(ml, featurizer, texts, options.Decompound, options.Lemmas, TopicScale(options)),
            texts.Select(ThemeTerms.MatchAll).ToList(), options.GlossaryFeatureScale);
        var definition = Definition(features);

        var models = new Dictionary<string, (ITransformer, DataViewSchema)>(StringComparer.Ordinal);
        var positives = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ThemeTaxonomy.Ids)
        {
            var labels = data.Select(d => d.Themes.Contains(id)).ToList();
            var pos = labels.Count(l => l);
            positives[id] = pos;
            var positiveWeight = pos == 0 ? 1f : Math.Clamp((float)(labels.Count - pos) / pos, 1f, options.MaxPositiveWeight);
            var rows = features.Select((f, i) => new FeatureRow { Features = f, Label = labels[i], Weight = exampleWeight[i] * (labels[i] ? positiveWeight : 1f) }).ToList();
            var view = ml.Data.LoadFromEnumerable(rows, definition);
            var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(FeatureRow.Label),
                FeatureColumnName = nameof(FeatureRow.Features),
                ExampleWeightColumnName = nameof(FeatureRow.Weight),
                L2Regularization = options.L2Regularization,
                L1Regularization = options.L1Regularization,
                NumberOfThreads = 1,
            });
            models[id] = (trainer.Fit(view), view.Schema);
        }

        var manifest = new ThemeModelManifest
        {
            FormatVersion = ThemeModel.CurrentFormatVersion,
            Taxonomy = ThemeTaxonomy.Ids,
            Thresholds = thresholds ?? ThemeTaxonomy.Ids.ToDictionary(id => id, _ => 0.5),
            TrainedOn = new ThemeTrainingInfo(data.Count, Fingerprint(data), positives, options.Folds, options.Seed),
            Featurizer = ThemeFeaturizer.Describe(options.WordNgramLength, options.CharNgramLength, options.Decompound, options.Lemmas),
            Trainer = $"LbfgsLogisticRegression(L2={options.L2Regularization}, L1={options.L1Regularization}, maxPositiveWeight={options.MaxPositiveWeight})"
                + $"; thresholds F-beta={options.ThresholdBeta}, shrinkage k={options.ThresholdPrior}" + (options.TaxonomySeeds ? "; taxonomy seeds" : ""),
            Decompound = options.Decompound,
            Lemmas = options.Lemmas,
            TermPrior = termPrior,
            NamePrior = namePrior,
            GlossaryFeatureScale = options.GlossaryFeatureScale,
            AtLeastOneFloor = options.AtLeastOneFloor,
            ContextWeight = options.ContextWeight,
            LdaTopics = options.LdaTopics,
            TopicScale = TopicScale(options),
            MaxThemes = maxThemes,
            EvidenceGates = evidenceGates?.Where(g => g.Value > 1).ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal),
        };
        return new ThemeModel(ml, featurizer, inputSchema, models, manifest);
    }

    /// <summary>
    /// Example weights of the labelled passages followed by the training-only ones: 1 (or, with
    /// <see cref="ThemeTrainingOptions.BalanceSources"/>, mean passages per source ÷ passages of the passage's source)
    /// and <see cref="ThemeTrainingOptions.TrainingOnlyWeight"/>.
    /// </summary>
    private static List<float> ExampleWeights(IReadOnlyList<LabelledPassage> labelled, IReadOnlyList<LabelledPassage> trainingOnly, ThemeTrainingOptions options)
    {
        var perSource = labelled.GroupBy(d => d.SourceKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var mean = perSource.Count == 0 ? 1f : (float)labelled.Count / perSource.Count;
        return [.. labelled.Select(d => options.BalanceSources ? mean / perSource[d.SourceKey] : 1f), .. trainingOnly.Select(_ => options.TrainingOnlyWeight)];
    }

    private static float TopicScale(ThemeTrainingOptions options) => options.LdaTopics > 0 ? options.LdaScale : 0;

    private static SchemaDefinition Definition(List<VBuffer<float>> features)
    {
        var definition = SchemaDefinition.Create(typeof(FeatureRow));
        definition[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features.Count > 0 ? features[0].Length : 0);
        return definition;
    }

    /// <summary>
    /// Probability of every theme (taxonomy order) for <paramref name="test"/> from classifiers trained on
    /// <paramref name="labelled"/> and <paramref name="trainingOnly"/> with <see cref="ThemeTrainingOptions.Learner"/>:
    /// the shipped model's scores for the logistic regression, otherwise the same features and example weights fed to
    /// the averaged perceptron or LightGBM (measured by the cross-validation; neither can be shipped).
    /// </summary>
    internal static double[][] ScoreFold(MLContext ml, IReadOnlyList<LabelledPassage> labelled, IReadOnlyList<LabelledPassage> trainingOnly,
        IReadOnlyList<string> test, ThemeTrainingOptions options)
    {
        if (options.Learner == ThemeLearner.LogisticRegression)
        {
            return Fit(ml, labelled, trainingOnly, options, thresholds: null).ScoreAll(test, evidenceTerms: 0)
                .Select(s => s.Select(x => x.Score).ToArray()).ToArray();
        }

        IReadOnlyList<LabelledPassage> data = [.. labelled, .. trainingOnly];
        var exampleWeight = ExampleWeights(labelled, trainingOnly, options);
        var texts = data.Select(d => d.Text).ToList();
        var featurizer = ThemeFeaturizer.Fit(ml, texts, options.WordNgramLength, options.CharNgramLength, options.Decompound, options.Lemmas, options.LdaTopics);
        List<VBuffer<float>> Features(IReadOnlyList<string> t) => ThemeFeaturizer.AppendGlossary(
            ThemeFeaturizer.Featurize(ml, featurizer, t, options.Decompound, options.Lemmas, TopicScale(options)), t.Select(ThemeTerms.MatchAll).ToList(), options.GlossaryFeatureScale);
        var features = Features(texts);
        var testFeatures = Features(test);
        if (options.Learner == ThemeLearner.LightGbm)
        {
            // Trees gain nothing from n-grams seen in a handful of passages and LightGBM's binning is slow over tens of
            // thousands of columns: keep the columns present in at least 5 training texts (and every glossary count).
            (features, testFeatures) = Frequent(features, testFeatures, minimumCount: 5);
        }

        var definition = Definition(features);
        var result = test.Select(_ => new double[ThemeTaxonomy.Ids.Count]).ToArray();
        for (var t = 0; t < ThemeTaxonomy.Ids.Count; t++)
        {
            var id = ThemeTaxonomy.Ids[t];
            var labels = data.Select(d => d.Themes.Contains(id)).ToList();
            var pos = labels.Count(l => l);
            var positiveWeight = pos == 0 ? 1f : Math.Clamp((float)(labels.Count - pos) / pos, 1f, options.MaxPositiveWeight);
            var view = ml.Data.LoadFromEnumerable(features.Select((f, i) => new FeatureRow
                { Features = f, Label = labels[i], Weight = exampleWeight[i] * (labels[i] ? positiveWeight : 1f) }).ToList(), definition);
            if (pos == 0 || pos == labels.Count)
            {
                // One class only: nothing to learn (LightGBM's trees would have no split), so the training rate it is.
                foreach (var scores in result)
                {
                    scores[t] = pos == 0 ? 0 : 1;
                }

                continue;
            }

            var testView = ml.Data.LoadFromEnumerable(testFeatures.Select(f => new FeatureRow { Features = f }).ToList(), definition);
            ITransformer model;
            if (options.Learner == ThemeLearner.LightGbm)
            {
                model = ml.BinaryClassification.Trainers.LightGbm(new Microsoft.ML.Trainers.LightGbm.LightGbmBinaryTrainer.Options
                {
                    LabelColumnName = nameof(FeatureRow.Label),
                    FeatureColumnName = nameof(FeatureRow.Features),
                    ExampleWeightColumnName = nameof(FeatureRow.Weight),
                    NumberOfIterations = 100,
                    MaximumBinCountPerFeature = 16,
                    LearningRate = 0.05,
                    NumberOfLeaves = 8,
                    MinimumExampleCountPerLeaf = 5,
                    NumberOfThreads = 1,
                    Seed = options.Seed,
                    Silent = true,
                    Verbose = false,
                    Booster = new Microsoft.ML.Trainers.LightGbm.GradientBooster.Options { L2Regularization = 1, FeatureFraction = 0.5 },
                }).Fit(view);
            }
            else
            {
                // The perceptron takes no example weights: the positives' weight is left to the thresholds.
                var perceptron = ml.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options
                {
                    LabelColumnName = nameof(FeatureRow.Label),
                    FeatureColumnName = nameof(FeatureRow.Features),
                    NumberOfIterations = 10,
                    L2Regularization = 0,
                }).Fit(view);
                var calibrator = ml.BinaryClassification.Calibrators.Platt(nameof(FeatureRow.Label)).Fit(perceptron.Transform(view));
                model = new TransformerChain<ITransformer>(perceptron, calibrator);
            }

            using var cursor = model.Transform(testView).GetRowCursor(model.Transform(testView).Schema.Where(c => c.Name == "Probability"));
            var column = cursor.Schema["Probability"];
            var getter = cursor.GetGetter<float>(column);
            var row = 0;
            var p = 0f;
            while (cursor.MoveNext())
            {
                getter(ref p);
                result[row++][t] = Math.Round(p, 4);
            }
        }

        return result;
    }

    /// <summary>The columns non-zero in at least <paramref name="minimumCount"/> training vectors (the last 13, the glossary counts, always), renumbered.</summary>
    private static (List<VBuffer<float>> Train, List<VBuffer<float>> Test) Frequent(List<VBuffer<float>> train, List<VBuffer<float>> test, int minimumCount)
    {
        var width = train.Count > 0 ? train[0].Length : 0;
        var counts = new int[width];
        foreach (var x in train)
        {
            foreach (var (slot, value) in Entries(x))
            {
                if (value != 0) counts[slot]++;
            }
        }

        var map = new int[width];
        var kept = 0;
        for (var slot = 0; slot < width; slot++)
        {
            map[slot] = counts[slot] >= minimumCount || slot >= width - ThemeTaxonomy.Ids.Count ? kept++ : -1;
        }

        List<VBuffer<float>> Project(List<VBuffer<float>> vectors) => vectors.Select(x =>
        {
            var entries = Entries(x).Where(e => e.Value != 0 && map[e.Slot] >= 0).Select(e => (Slot: map[e.Slot], e.Value)).ToList();
            return new VBuffer<float>(kept, entries.Count, entries.Select(e => e.Value).ToArray(), entries.Select(e => e.Slot).ToArray());
        }).ToList();

        return (Project(train), Project(test));
    }

    private static IEnumerable<(int Slot, float Value)> Entries(VBuffer<float> x)
    {
        var values = x.GetValues().ToArray();
        var indices = x.GetIndices().ToArray();
        for (var k = 0; k < values.Length; k++)
        {
            yield return (x.IsDense ? k : indices[k], values[k]);
        }
    }

    /// <summary>
    /// One training-only example per theme made of its label and its "covers" description from the taxonomy
    /// (eval/themes/GUIDELINES.md): a documented prior naming each theme's core vocabulary, which matters most for
    /// themes with few labelled positives.
    /// </summary>
    public static IReadOnlyList<LabelledPassage> TaxonomySeedExamples() =>
        ThemeTaxonomy.All.Select(t => new LabelledPassage("taxonomy:" + t.Id, $"{t.Label}. {t.Covers}.", [t.Id], "ThemeTaxonomy")).ToList();

    /// <summary>The training-only examples plus, when <see cref="ThemeTrainingOptions.TaxonomySeeds"/> is set, the taxonomy seeds.</summary>
    private static IReadOnlyList<LabelledPassage> WithSeeds(IReadOnlyList<LabelledPassage> trainingOnly, ThemeTrainingOptions options) =>
        options.TaxonomySeeds ? [.. trainingOnly, .. TaxonomySeedExamples()] : trainingOnly;

    /// <summary>The fold of a passage: a stable hash of its group key, so a section never straddles two folds.</summary>
    public static int FoldOf(string groupKey, int folds)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(groupKey));
        return (int)(BitConverter.ToUInt32(hash, 0) % (uint)folds);
    }

    /// <summary>Folds from document sections: a stable hash of the (salted) group key, k folds.</summary>
    internal static (int[] Folds, int Count) SectionFolds(IReadOnlyList<LabelledPassage> data, ThemeTrainingOptions options) =>
        (data.Select(d => FoldOf(options.FoldSalt + d.GroupKey, options.Folds)).ToArray(), options.Folds);

    /// <summary>
    /// Folds of whole sources. With at most <paramref name="maxFolds"/> sources, one fold per source (leave one source
    /// out); with more, the sources are dealt, largest first, to the fold with the fewest passages so far, so the folds
    /// are of similar size and no source straddles two. Deterministic: sources are ordered by size, then name.
    /// </summary>
    public static (int[] Folds, int Count) SourceFolds(IReadOnlyList<LabelledPassage> data, int maxFolds)
    {
        var sizes = data.GroupBy(d => d.SourceKey, StringComparer.Ordinal)
            .Select(g => (Source: g.Key, Size: g.Count()))
            .OrderByDescending(s => s.Size).ThenBy(s => s.Source, StringComparer.Ordinal).ToList();
        var count = Math.Min(sizes.Count, maxFolds);
        var load = new int[Math.Max(count, 1)];
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (source, size) in sizes)
        {
            var fold = foldOf.Count < count ? foldOf.Count : Array.IndexOf(load, load.Min());
            foldOf[source] = fold;
            load[fold] += size;
        }

        return (data.Select(d => foldOf[d.SourceKey]).ToArray(), count);
    }

    internal static (List<int> Train, List<int> Test) Split(int[] folds, int fold)
    {
        var train = new List<int>();
        var test = new List<int>();
        for (var i = 0; i < folds.Length; i++)
        {
            (folds[i] == fold ? test : train).Add(i);
        }

        return (train, test);
    }

    /// <summary>
    /// SHA-256 over the ids, texts and labels of the training data in order, as the model manifest records it
    /// (<see cref="ThemeTrainingInfo"/>), so anyone can check which data a model file was trained on.
    /// </summary>
    public static string Fingerprint(IReadOnlyList<LabelledPassage> data)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var d in data)
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{d.Id}\u0001{d.Text}\u0001{string.Join(',', d.Themes)}\n"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static void Validate(IReadOnlyList<LabelledPassage> data, ThemeTrainingOptions options, bool allowOtherLearners = false)
    {
        if (options.Folds < 2)
        {
            throw new ArgumentException("Minst to folder trengs for å velge terskler.", nameof(options));
        }

        if (options.Learner != ThemeLearner.LogisticRegression && !allowOtherLearners)
        {
            throw new ArgumentException("Bare logistisk regresjon kan lagres som temamodell; andre læringsmetoder måles med evaluate-themes.", nameof(options));
        }

        if (data.Count < options.Folds)
        {
            throw new ThemeDataException($"For få merkede passasjer ({data.Count}) til {options.Folds}-delt kryssvalidering.");
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NorPreM.Ingest.Themes;

namespace NorPreM.Cli.Commands;

/// <summary>
/// Measures the theme classifier twice on all labelled passages: leave-one-source-out (each source — a document, or
/// the documents of one body — scored by a model that never saw it; thresholds, priors and the at-least-one floor
/// chosen on folds of the other sources) and random k-fold over document sections (the figure earlier rounds
/// reported), side by side per theme, with the spurious-theme rate and bootstrap intervals that resample sources.
/// </summary>
public sealed class EvaluateThemesCommand : ICliCommand
{
    public string Name => "evaluate-themes";
    public string Usage => "evaluate-themes [--data eval/themes] [--folds 5] [--authored yes|no] [--quick] [--repeats n] [--explain] [--l2 x] [--l1 x] [--positive-weight x] [--seeds yes|no] [--decompound yes|no] [--beta x] [--threshold-prior x] [--char-ngrams n] [--word-ngrams n] [--glossary-features x] [--terms yes|no] [--at-least-one floor] [--group-thresholds source|section] [--lemmas yes|no] [--general-text parts|one] [--only random] [--context α|choose] [--score-cache mappe] [--learner lr|ap|lightgbm|lr+lightgbm …] [--balance-sources yes|no] [--lda-topics n] [--lda-scale x] [--spurious-target x] [--evidence-gate yes|no]";
    public string Summary => "Måler temaklassifiseringen per kilde (la én kilde ut) og ved tilfeldig kryssvalidering: F1 per tema, makro-F1, andel feil tema, bootstrap-intervaller.";

    public int Run(CliArguments args, CliContext context)
    {
        var directory = args.Option("data") ?? ThemeDataFiles.DefaultDirectory;
        var options = ThemeDataFiles.Options(args);
        var data = ThemeDataFiles.Labelled(directory, args, context.Error.WriteLine);
        var authored = ThemeDataFiles.TrainingOnly(directory, args);
        var sources = data.Select(d => d.SourceKey).Distinct(StringComparer.Ordinal).Count();
        context.Out.WriteLine($"Merkede passasjer: {data.Count} fra {sources} kilder, + {authored.Count} skrevne eksempler (bare til trening).");
        var watch = Stopwatch.StartNew();

        if (args.Option("only") == "random")
        {
            // The random k-fold alone (its figure beside a grouped run made earlier with the same settings).
            var alone = ThemeEvaluation.Compute(data, Assignments(data, options with { GroupBySource = false }, authored, leaveOneSourceOut: false, args, context));
            context.Out.WriteLine($"== Tilfeldig {options.Folds}-delt kryssvalidering, {data.Count} passasjer ==");
            context.Out.WriteLine(alone.ToTable());
            context.Out.WriteLine($"Makro-F1 tilfeldig kryssvalidering {alone.MacroF1:0.000}, feil tema {alone.SpuriousRate:P1} ({watch.Elapsed.TotalSeconds:0} s).");
            return 0;
        }

        var grouped = Assignments(data, options, authored, leaveOneSourceOut: true, args, context);
        var bySource = ThemeEvaluation.Compute(data, grouped);
        var bootstrap = ThemeEvaluation.BootstrapBySource(data, grouped);
        if (args.Flag("explain"))
        {
            PrintErrors(data, grouped, context.Out);
        }

        ThemeEvaluation? random = null;
        if (!args.Flag("quick"))
        {
            random = ThemeEvaluation.Compute(data, Assignments(data, options with { GroupBySource = false }, authored, leaveOneSourceOut: false, args, context));
        }

        context.Out.WriteLine($"== Per kilde (la én av {sources} kilder ut) og tilfeldig {options.Folds}-delt kryssvalidering, {data.Count} passasjer ==");
        context.Out.WriteLine(SideBySide(data, bySource, bootstrap, random));
        context.Out.WriteLine();
        context.Out.WriteLine("Per kilde (modellen har ikke sett kilden):");
        context.Out.WriteLine(PerSource(data, grouped));
        context.Out.WriteLine();

        var repeats = args.IntOption("repeats", 1);
        if (repeats > 1 && random is not null)
        {
            var macros = new List<double> { random.MacroF1 };
            for (var r = 1; r < repeats; r++)
            {
                var salted = options with { FoldSalt = $"repeat{r}:", GroupBySource = false };
                macros.Add(ThemeEvaluation.Compute(data, ThemeTrainer.CrossValidatedAssignments(data, salted, context.Error.WriteLine, authored)).MacroF1);
            }

            var mean = macros.Average();
            var sd = Math.Sqrt(macros.Sum(m => (m - mean) * (m - mean)) / (macros.Count - 1));
            context.Out.WriteLine($"Gjentatt tilfeldig kryssvalidering ({repeats} folddelinger): makro-F1 snitt {mean:0.000}, sd {sd:0.000} "
                + $"({string.Join(", ", macros.Select(m => m.ToString("0.000", CultureInfo.InvariantCulture)))}).");
            context.Out.WriteLine();
        }

        context.Out.WriteLine($"Makro-F1 per kilde {bySource.MacroF1:0.000} ({bootstrap.MacroF1.Low:0.000}–{bootstrap.MacroF1.High:0.000}), "
            + $"feil tema {bySource.SpuriousRate:P1} ({bootstrap.SpuriousRate.Low:P1}–{bootstrap.SpuriousRate.High:P1})"
            + (random is null ? "" : $"; tilfeldig kryssvalidering {random.MacroF1:0.000}, feil tema {random.SpuriousRate:P1}")
            + $" ({watch.Elapsed.TotalSeconds:0} s).");
        return 0;
    }

    /// <summary>
    /// Cross-validated themes of every passage. With `--score-cache folder`, the fold scores (the costly half: every
    /// classifier of every outer and inner fold) are kept in a file named by the data and the settings that shape the
    /// scores, so a later run that changes only decision settings (--beta, --threshold-prior, --terms, --at-least-one,
    /// --context) decides again from the same scores in seconds.
    /// </summary>
    private static IReadOnlyList<IReadOnlySet<string>> Assignments(IReadOnlyList<LabelledPassage> data, ThemeTrainingOptions options,
        IReadOnlyList<LabelledPassage> authored, bool leaveOneSourceOut, CliArguments args, CliContext context)
    {
        var learners = ThemeDataFiles.Learners(args);
        if (learners.Count > 1)
        {
            // An ensemble: the mean of the learners' probabilities, fold by fold (the folds are the same for every learner).
            var each = learners.Select(l => FoldScoresOf(data, options with { Learner = l }, authored, leaveOneSourceOut, args, context)).ToList();
            var mean = each[0].Select((fold, f) => fold with
            {
                Inner = Average(each.Select(e => e[f].Inner).ToList()),
                Outer = Average(each.Select(e => e[f].Outer).ToList()),
            }).ToList();
            return ThemeCrossValidation.Decide(data, mean, options);
        }

        if (args.Option("score-cache") is null)
        {
            return ThemeTrainer.CrossValidatedAssignments(data, options, context.Error.WriteLine, authored, leaveOneSourceOut);
        }

        return ThemeCrossValidation.Decide(data, FoldScoresOf(data, options, authored, leaveOneSourceOut, args, context), options);
    }

    private static double[][] Average(IReadOnlyList<double[][]> scores) => scores[0].Select((row, i) =>
        row is null ? null! : row.Select((_, t) => Math.Round(scores.Average(s => s[i][t]), 4)).ToArray()).ToArray();

    /// <summary>The fold scores of the cross-validation, from the score cache when one is given and holds them.</summary>
    private static IReadOnlyList<FoldScores> FoldScoresOf(IReadOnlyList<LabelledPassage> data, ThemeTrainingOptions options,
        IReadOnlyList<LabelledPassage> authored, bool leaveOneSourceOut, CliArguments args, CliContext context)
    {
        if (args.Option("score-cache") is not { } folder)
        {
            return ThemeCrossValidation.Scores(data, options, context.Error.WriteLine, authored, leaveOneSourceOut);
        }

        // Decision settings do not change the scores, so they are left out of the key.
        var shaping = options with
        {
            ThresholdBeta = 1, ThresholdPrior = 10, TermEvidence = true, AtLeastOneFloor = 0.5, ChooseAtLeastOneFloor = true, ContextWeight = 0, ChooseContextWeight = false,
        };
        // The glossary shapes the scores too (its counts are features), so its terms are part of the key.
        var glossary = string.Join('\n', NorPreM.Core.Themes.ThemeTaxonomy.All.Select(t => t.Id + ":" + string.Join('|', ThemeTerms.TermsOf(t))));
        var key = ThemeTrainer.Fingerprint([.. data, .. authored]) + JsonSerializer.Serialize(shaping) + glossary + (leaveOneSourceOut ? "loso" : "random");
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        var path = Path.Combine(folder, $"{(leaveOneSourceOut ? "per-kilde" : "tilfeldig")}-{name}.json");
        IReadOnlyList<FoldScores>? scores = null;
        if (File.Exists(path))
        {
            try
            {
                scores = JsonSerializer.Deserialize<List<FoldScores>>(File.ReadAllText(path));
                context.Error.WriteLine($"Bruker lagrede foldskårer fra {path}.");
            }
            catch (JsonException e)
            {
                context.Error.WriteLine($"Lagrede foldskårer i {path} kan ikke leses ({e.Message}); regner dem ut på nytt.");
            }
        }

        if (scores is null)
        {
            context.Error.WriteLine($"Regner ut foldskårer til {path} …");
            scores = ThemeCrossValidation.Scores(data, options, context.Error.WriteLine, authored, leaveOneSourceOut);
            Directory.CreateDirectory(folder);
            var temp = path + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(scores));
            File.Move(temp, path, overwrite: true);
        }

        return scores;
    }

    /// <summary>Per theme: support, sources with a positive, grouped precision/recall/F1 with its interval and spurious share, random F1.</summary>
    private static string SideBySide(IReadOnlyList<LabelledPassage> data, ThemeEvaluation grouped, SourceBootstrap bootstrap, ThemeEvaluation? random)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine($"{"tema",-26} {"antall",6} {"kilder",6} | {"per kilde: presisjon",20} {"treff",6} {"F1",6} {"95 %-intervall",14} {"feil tema",9} | {"tilfeldig F1",12}");
        foreach (var m in grouped.PerTheme)
        {
            var withPositives = data.Where(d => d.Themes.Contains(m.Id)).Select(d => d.SourceKey).Distinct(StringComparer.Ordinal).Count();
            var (low, high) = bootstrap.ThemeF1[m.Id];
            var spurious = m.TruePositives + m.FalsePositives == 0 ? 0 : (double)m.FalsePositives / (m.TruePositives + m.FalsePositives);
            var r = random?.PerTheme.First(x => x.Id == m.Id);
            sb.AppendLine($"{m.Id,-26} {m.Support,6} {withPositives,6} | {m.Precision,20:0.000} {m.Recall,6:0.000} {m.F1,6:0.000} {$"{low:0.00}–{high:0.00}",14} {spurious,9:P0} | {(r is null ? "" : r.F1.ToString("0.000", CultureInfo.InvariantCulture)),12}");
        }

        sb.AppendLine($"{"makro",-26} {"",6} {"",6} | {grouped.MacroPrecision,20:0.000} {grouped.MacroRecall,6:0.000} {grouped.MacroF1,6:0.000} {$"{bootstrap.MacroF1.Low:0.00}–{bootstrap.MacroF1.High:0.00}",14} {grouped.SpuriousRate,9:P0} | {(random is null ? "" : random.MacroF1.ToString("0.000", CultureInfo.InvariantCulture)),12}");
        sb.Append($"mikro-F1 per kilde {grouped.MicroF1:0.000}" + (random is null ? "" : $", tilfeldig {random.MicroF1:0.000}; feil tema tilfeldig {random.SpuriousRate:P1}"));
        return sb.ToString();
    }

    /// <summary>Per source: passages, gold and assigned themes, micro-F1 and spurious share, from the leave-one-source-out run.</summary>
    private static string PerSource(IReadOnlyList<LabelledPassage> data, IReadOnlyList<IReadOnlySet<string>> predicted)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine($"{"kilde",-52} {"pass.",5} {"fasit",5} {"tildelt",7} {"mikro-F1",8} {"feil tema",9}");
        foreach (var group in Enumerable.Range(0, data.Count).GroupBy(i => data[i].SourceKey, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rows = group.ToList();
            var e = ThemeEvaluation.Compute(rows.Select(i => data[i]).ToList(), rows.Select(i => predicted[i]).ToList());
            var name = group.Key.Length > 52 ? "…" + group.Key[^51..] : group.Key;
            sb.AppendLine($"{name,-52} {rows.Count,5} {rows.Sum(i => data[i].Themes.Count),5} {rows.Sum(i => predicted[i].Count),7} {e.MicroF1,8:0.000} {e.SpuriousRate,9:P0}");
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>Lists the passages where prediction and gold differ: missed themes (-) and extra themes (+).</summary>
    private static void PrintErrors(IReadOnlyList<LabelledPassage> gold, IReadOnlyList<IReadOnlySet<string>> predicted, TextWriter output)
    {
        for (var i = 0; i < gold.Count; i++)
        {
            var missed = gold[i].Themes.Where(t => !predicted[i].Contains(t)).ToList();
            var extra = predicted[i].Where(t => !gold[i].Themes.Contains(t)).Order(StringComparer.Ordinal).ToList();
            if (missed.Count + extra.Count == 0)
            {
                continue;
            }

            var text = gold[i].Text.Length > 140 ? gold[i].Text[..140] + "…" : gold[i].Text;
            output.WriteLine($"{gold[i].Id}: {string.Join(' ', missed.Select(t => "-" + t).Concat(extra.Select(t => "+" + t)))} | {text}");
        }
    }
}

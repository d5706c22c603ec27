using System.Diagnostics;
using NorPreM.Ingest.Themes;

namespace NorPreM.Cli.Commands;

/// <summary>
/// Reports per-theme precision, recall and F1 and macro-F1 twice: by k-fold cross-validation on the training split
/// (thresholds chosen inside each fold, so the estimate is honest) and on the held-out split with a model trained
/// exactly as `train` does.
/// </summary>
public sealed class EvaluateThemesCommand : ICliCommand
{
    public string Name => "evaluate-themes";
    public string Usage => "evaluate-themes [--data eval/themes] [--folds 5] [--authored yes|no] [--quick] [--repeats n] [--explain] [--l2 x] [--l1 x] [--positive-weight x] [--seeds yes|no] [--decompound yes|no] [--beta x] [--threshold-prior x] [--char-ngrams n] [--word-ngrams n] [--terms yes|no] [--at-least-one floor]";
    public string Summary => "Måler temaklassifiseringen: presisjon, treff og F1 per tema og makro-F1, ved kryssvalidering og på holdt-ut-data.";

    public int Run(CliArguments args, CliContext context)
    {
        var directory = args.Option("data") ?? ThemeDataFiles.DefaultDirectory;
        var options = ThemeDataFiles.Options(args);
        var train = ThemeDataFiles.Read(directory, "train.jsonl");
        var heldout = ThemeDataFiles.Read(directory, "heldout.jsonl");
        var authored = ThemeDataFiles.TrainingOnly(directory, args);
        context.Out.WriteLine($"Treningsdata: {train.Count} passasjer + {authored.Count} skrevne eksempler (bare til trening); holdt ut: {heldout.Count}.");
        var watch = Stopwatch.StartNew();

        var cvAssigned = ThemeTrainer.CrossValidatedAssignments(train, options, context.Error.WriteLine, authored);
        var cv = ThemeEvaluation.Compute(train, cvAssigned);
        if (args.Flag("explain"))
        {
            PrintErrors(train, cvAssigned, context.Out);
        }

        context.Out.WriteLine($"== {options.Folds}-delt kryssvalidering på treningsdata ({train.Count} passasjer) ==");
        context.Out.WriteLine(cv.ToTable());
        context.Out.WriteLine();
        var repeats = args.IntOption("repeats", 1);
        if (repeats > 1)
        {
            var macros = new List<double> { cv.MacroF1 };
            for (var r = 1; r < repeats; r++)
            {
                var salted = options with { FoldSalt = $"repeat{r}:" };
                macros.Add(ThemeEvaluation.Compute(train, ThemeTrainer.CrossValidatedAssignments(train, salted, context.Error.WriteLine, authored)).MacroF1);
            }

            var mean = macros.Average();
            var sd = Math.Sqrt(macros.Sum(m => (m - mean) * (m - mean)) / (macros.Count - 1));
            context.Out.WriteLine($"Gjentatt kryssvalidering ({repeats} ulike folddelinger): makro-F1 snitt {mean:0.000}, sd {sd:0.000} "
                + $"({string.Join(", ", macros.Select(m => m.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)))}).");
            context.Out.WriteLine();
        }

        if (args.Flag("quick"))
        {
            context.Out.WriteLine($"Makro-F1: kryssvalidering {cv.MacroF1:0.000} ({watch.Elapsed.TotalSeconds:0} s).");
            return 0;
        }

        var model = ThemeTrainer.Train(train, options, context.Error.WriteLine, authored);
        var predicted = ThemeTrainer.AssignFor(model, heldout, options.AtLeastOneFloor)
            .Select(s => (IReadOnlySet<string>)s.Select(x => x.Id).ToHashSet(StringComparer.Ordinal))
            .ToList();
        var held = ThemeEvaluation.Compute(heldout, predicted);
        if (args.Flag("explain"))
        {
            PrintErrors(heldout, predicted, context.Out);
        }

        context.Out.WriteLine($"== Holdt-ut-data ({heldout.Count} passasjer), modell trent på alle treningsdata ==");
        context.Out.WriteLine(held.ToTable());
        var (low, high) = ThemeEvaluation.BootstrapMacroF1(heldout, predicted);
        context.Out.WriteLine($"95 % bootstrap-intervall for makro-F1 (1000 trekk av passasjene): {low:0.000}–{high:0.000}");
        context.Out.WriteLine();
        context.Out.WriteLine($"Makro-F1: kryssvalidering {cv.MacroF1:0.000}, holdt ut {held.MacroF1:0.000} ({watch.Elapsed.TotalSeconds:0} s).");
        return 0;
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

using System.Diagnostics;
using NorPreM.Ingest.Themes;

namespace NorPreM.Ingest.Cli.Commands;

/// <summary>
/// Reports per-theme precision, recall and F1 and macro-F1 twice: by k-fold cross-validation on the training split
/// (thresholds chosen inside each fold, so the estimate is honest) and on the held-out split with a model trained
/// exactly as `train` does.
/// </summary>
public sealed class EvaluateThemesCommand : ICliCommand
{
    public string Name => "evaluate-themes";
    public string Usage => "evaluate-themes [--data eval/themes] [--folds 5]";
    public string Summary => "Måler temaklassifiseringen: presisjon, treff og F1 per tema og makro-F1, ved kryssvalidering og på holdt-ut-data.";

    public int Run(CliArguments args, CliContext context)
    {
        var directory = args.Option("data") ?? ThemeDataFiles.DefaultDirectory;
        var options = new ThemeTrainingOptions { Folds = args.IntOption("folds", 5) };
        var train = ThemeDataFiles.Read(directory, "train.jsonl");
        var heldout = ThemeDataFiles.Read(directory, "heldout.jsonl");
        var watch = Stopwatch.StartNew();

        var cv = ThemeEvaluation.Compute(train, ThemeTrainer.CrossValidatedAssignments(train, options, context.Error.WriteLine));
        context.Out.WriteLine($"== {options.Folds}-delt kryssvalidering på treningsdata ({train.Count} passasjer) ==");
        context.Out.WriteLine(cv.ToTable());
        context.Out.WriteLine();

        var model = ThemeTrainer.Train(train, options, context.Error.WriteLine);
        var predicted = model.Assign(heldout.Select(p => p.Text).ToList(), evidenceTerms: 0)
            .Select(s => (IReadOnlySet<string>)s.Select(x => x.Id).ToHashSet(StringComparer.Ordinal))
            .ToList();
        var held = ThemeEvaluation.Compute(heldout, predicted);
        context.Out.WriteLine($"== Holdt-ut-data ({heldout.Count} passasjer), modell trent på alle treningsdata ==");
        context.Out.WriteLine(held.ToTable());
        context.Out.WriteLine();
        context.Out.WriteLine($"Makro-F1: kryssvalidering {cv.MacroF1:0.000}, holdt ut {held.MacroF1:0.000} ({watch.Elapsed.TotalSeconds:0} s).");
        return 0;
    }
}

using System.Diagnostics;
using NorPreM.Ingest.Themes;
using NorPreM.Core.Themes;

namespace NorPreM.Cli.Commands;

/// <summary>Trains the theme model on all labelled passages (thresholds chosen on folds of whole sources) and writes the model file.</summary>
public sealed class TrainCommand : ICliCommand
{
    public string Name => "train";
    public string Usage => "train [--data eval/themes] [--out src/Ingest/Resources/Themes/themes.model] [--folds 5] [--authored yes|no] [--seeds yes|no] [--positive-weight x] (alle innstillinger: se evaluate-themes)";
    public string Summary => "Trener temamodellen (Microsoft.ML) på de merkede treningsdataene og skriver modellfilen.";

    public int Run(CliArguments args, CliContext context)
    {
        var directory = args.Option("data") ?? ThemeDataFiles.DefaultDirectory;
        var output = args.Option("out") ?? ThemeDataFiles.DefaultModel;
        var options = ThemeDataFiles.Options(args);
        if (ThemeDataFiles.Learners(args) is not [ThemeLearner.LogisticRegression])
        {
            throw new CliUsageException("Bare logistisk regresjon (--learner lr) kan lagres som temamodell; de andre måles med evaluate-themes.");
        }

        var train = ThemeDataFiles.Labelled(directory, args, context.Error.WriteLine);
        var authored = ThemeDataFiles.TrainingOnly(directory, args);
        context.Out.WriteLine($"Trener på {train.Count} merkede passasjer fra {train.Select(p => p.SourceKey).Distinct(StringComparer.Ordinal).Count()} kilder i {directory} og {authored.Count} skrevne eksempler.");
        var watch = Stopwatch.StartNew();
        ThemeModel model;
        try
        {
            model = ThemeTrainer.Train(train, options, context.Error.WriteLine, authored);
        }
        catch (ThemeDataException e)
        {
            context.Error.WriteLine(e.Message);
            return 1;
        }

        model.SaveToFile(output);
        context.Out.WriteLine($"Modellen er skrevet til {output} ({new FileInfo(output).Length / 1024} KiB, {watch.Elapsed.TotalSeconds:0.0} s).");
        context.Out.WriteLine("Terskler valgt ved kryssvalidering:");
        foreach (var id in ThemeTaxonomy.Ids)
        {
            context.Out.WriteLine($"  {id,-27} {model.Threshold(id):0.00}  ({model.Manifest.TrainedOn.Positives[id]} positive)");
        }

        return 0;
    }
}

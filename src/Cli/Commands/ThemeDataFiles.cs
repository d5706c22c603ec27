using NorPreM.Ingest.Themes;

namespace NorPreM.Cli.Commands;

/// <summary>Locates and reads the labelled theme data (train.jsonl, heldout.jsonl) for the theme commands.</summary>
internal static class ThemeDataFiles
{
    public const string DefaultDirectory = "eval/themes";
    public const string DefaultModel = "src/Ingest/Resources/Themes/themes.model";

    /// <summary>Training options from the command line (defaults are the shipped model's).</summary>
    public static ThemeTrainingOptions Options(CliArguments args)
    {
        var defaults = new ThemeTrainingOptions();
        return new ThemeTrainingOptions
        {
            Folds = args.IntOption("folds", defaults.Folds),
            L2Regularization = Float(args, "l2", defaults.L2Regularization),
            L1Regularization = Float(args, "l1", defaults.L1Regularization),
            MaxPositiveWeight = Float(args, "positive-weight", defaults.MaxPositiveWeight),
            CharNgramLength = args.IntOption("char-ngrams", defaults.CharNgramLength),
            WordNgramLength = Math.Max(1, args.IntOption("word-ngrams", defaults.WordNgramLength)),
            Decompound = YesNo(args, "decompound", defaults.Decompound),
            TaxonomySeeds = YesNo(args, "seeds", defaults.TaxonomySeeds),
            ThresholdBeta = Float(args, "beta", (float)defaults.ThresholdBeta),
            ThresholdPrior = Float(args, "threshold-prior", (float)defaults.ThresholdPrior),
            TermEvidence = YesNo(args, "terms", defaults.TermEvidence),
            TrainingOnlyWeight = Float(args, "authored-weight", defaults.TrainingOnlyWeight),
            GlossaryFeatureScale = Float(args, "glossary-features", defaults.GlossaryFeatureScale),
            AtLeastOneFloor = Float(args, "at-least-one", (float)defaults.AtLeastOneFloor),
        };
    }

    private static bool YesNo(CliArguments args, string name, bool fallback) => args.Option(name) switch
    {
        null => fallback,
        "yes" => true,
        "no" => false,
        _ => throw new CliUsageException($"--{name} må være yes eller no."),
    };

    private static float Float(CliArguments args, string name, float fallback) =>
        args.Option(name) is not { } v ? fallback
        : float.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var f) && f >= 0 ? f
        : throw new CliUsageException($"--{name} må være et ikke-negativt tall.");

    /// <summary>The training-only examples (authored.jsonl), or none when the file is absent or --authored no is given.</summary>
    public static IReadOnlyList<LabelledPassage> TrainingOnly(string directory, CliArguments args) =>
        args.Option("authored") == "no" || !File.Exists(Path.Combine(directory, "authored.jsonl"))
            ? []
            : Read(directory, "authored.jsonl");

    public static IReadOnlyList<LabelledPassage> Read(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            throw new CliUsageException($"Fant ikke {path}. Angi mappen med merkede data med --data.");
        }

        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        try
        {
            return ThemeDataset.Read(reader, path);
        }
        catch (ThemeDataException e)
        {
            throw new CliUsageException(e.Message);
        }
    }
}

using NorPreM.Ingest.Themes;

namespace NorPreM.Cli.Commands;

/// <summary>Locates and reads the labelled theme data (train.jsonl, heldout.jsonl, sources.jsonl) for the theme commands; NorQuAD passages are resolved from ../shared at run time.</summary>
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
            Lemmas = YesNo(args, "lemmas", defaults.Lemmas),
            TaxonomySeeds = YesNo(args, "seeds", defaults.TaxonomySeeds),
            ThresholdBeta = Float(args, "beta", (float)defaults.ThresholdBeta),
            ThresholdPrior = Float(args, "threshold-prior", (float)defaults.ThresholdPrior),
            TermEvidence = YesNo(args, "terms", defaults.TermEvidence),
            TrainingOnlyWeight = Float(args, "authored-weight", defaults.TrainingOnlyWeight),
            GlossaryFeatureScale = Float(args, "glossary-features", defaults.GlossaryFeatureScale),
            AtLeastOneFloor = Float(args, "at-least-one", (float)defaults.AtLeastOneFloor),
            ChooseAtLeastOneFloor = args.Option("at-least-one") is null && defaults.ChooseAtLeastOneFloor,
            ContextWeight = args.Option("context") is "choose" ? defaults.ContextWeight : Float(args, "context", (float)defaults.ContextWeight),
            ChooseContextWeight = args.Option("context") is null ? defaults.ChooseContextWeight : args.Option("context") == "choose",
            Learner = Learners(args) is [var single] ? single : defaults.Learner,
            BalanceSources = YesNo(args, "balance-sources", defaults.BalanceSources),
            SpuriousTarget = Float(args, "spurious-target", (float)defaults.SpuriousTarget),
            EvidenceGate = YesNo(args, "evidence-gate", defaults.EvidenceGate),
            LdaTopics = args.IntOption("lda-topics", defaults.LdaTopics),
            LdaScale = Float(args, "lda-scale", args.Option("lda-topics") is null ? defaults.LdaScale : 0.3f),
            GroupBySource = args.Option("group-thresholds") switch
            {
                null => defaults.GroupBySource,
                "source" => true,
                "section" => false,
                _ => throw new CliUsageException("--group-thresholds må være source eller section."),
            },
        };
    }

    /// <summary>
    /// Every labelled passage the model learns from and is measured on: train.jsonl and heldout.jsonl (the corpus PDFs
    /// and NorQuAD) and sources.jsonl (passages of other sources: the project's fixtures in other councils' forms and
    /// papers written in the forms of boards, municipal committees and administrations). Each passage carries its source.
    /// </summary>
    public static IReadOnlyList<LabelledPassage> Labelled(string directory, CliArguments args, Action<string> warn)
    {
        var all = new List<LabelledPassage>();
        all.AddRange(Read(directory, "train.jsonl"));
        all.AddRange(Read(directory, "heldout.jsonl"));
        if (File.Exists(Path.Combine(directory, "sources.jsonl")))
        {
            all.AddRange(Read(directory, "sources.jsonl"));
        }

        if (args.Option("general-text") is { } general && general != "parts")
        {
            if (general != "one")
            {
                throw new CliUsageException("--general-text må være parts eller one.");
            }

            // All general text as one source: the grouped evaluation then also measures a model trained without any.
            all = all.Select(p => p.IsCouncilText ? p : p with { Origin = ThemeDataset.GeneralTextOrigin }).ToList();
        }

        var duplicate = all.GroupBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CliUsageException($"id «{duplicate.Key}» finnes i flere av de merkede filene.");
        }

        return all;
    }

    /// <summary>
    /// The learners of `--learner` (lr, ap, lightgbm; several joined by "+" are an ensemble whose probabilities are
    /// averaged, which `evaluate-themes` measures); the default learner when the option is absent.
    /// </summary>
    public static IReadOnlyList<ThemeLearner> Learners(CliArguments args) => args.Option("learner") is not { } value
        ? [new ThemeTrainingOptions().Learner]
        : value.Split('+').Select(v => v switch
        {
            "lr" => ThemeLearner.LogisticRegression,
            "ap" => ThemeLearner.AveragedPerceptron,
            "lightgbm" => ThemeLearner.LightGbm,
            _ => throw new CliUsageException("--learner må være lr, ap eller lightgbm, eller flere av dem med + (et gjennomsnitt)."),
        }).ToList();

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

    /// <summary>
    /// NorQuAD's passages, which the labelled files name by reference ("ref":"norquad:v0000") and never copy: read once
    /// from ../shared/data/norquad beside the repository; without it, references stay unresolved and reading fails
    /// with a message saying so.
    /// </summary>
    private static readonly Lazy<PassageReferences> NorQuad = new(() =>
    {
        var file = SharedData.NorQuad() is { } folder ? Path.Combine(folder, "passages.jsonl") : null;
        if (file is null || !File.Exists(file))
        {
            return PassageReferences.None;
        }

        using var reader = new StreamReader(file, System.Text.Encoding.UTF8);
        return PassageReferences.ReadNorQuad(reader, file);
    });

    /// <summary>Reads one labelled file of <paramref name="directory"/>, resolving NorQuAD references.</summary>
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
            return ThemeDataset.Read(reader, path, NorQuad.Value);
        }
        catch (ThemeDataException e)
        {
            throw new CliUsageException(e.Message);
        }
    }
}
